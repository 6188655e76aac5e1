// A tiny "server side" for tests (and, next, the bench's reference): answers 46elks' and
// Twilio's webhooks with a flow through the adapters, keeping everything in memory. It does what
// the server's phone module must do: check the signature or token, apply each callback once
// (idempotency keys), store each answer at once, act on opt-outs and hang-ups.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Answer, Answers } from "@kuulo/survey";
import {
  type CallOutcome,
  elksAction,
  elksHangup,
  elksInput,
  elksWebhookUrl,
  verifyElksToken,
} from "../elks.js";
import type { PhoneFlow, Prompt } from "../flow.js";
import {
  type CallInput,
  type CallState,
  nextAction,
  type PhoneEvent,
  startCall,
  step,
} from "../machine.js";
import { callbackKey, type Provider } from "../secure.js";
import {
  answeredByMachine,
  TWIML_HANGUP,
  twilioInput,
  twilioStatus,
  twiml,
  verifyTwilioSignature,
} from "../twilio.js";
import { readBody } from "./http.js";

export interface SurveyServerOptions {
  flow: PhoneFlow;
  twilioAuthToken?: string;
  elksToken?: string;
}

export interface SurveyServer {
  url: string;
  /** Answers as stored, one row per answer, in the order given. */
  stored: { callId: string; number: string; question: string; value: Answer }[];
  answers(number: string): Answers;
  events: Map<string, PhoneEvent[]>;
  outcomes: Map<string, CallOutcome>;
  optedOut: Set<string>;
  /** Callbacks refused (bad signature or token) and callbacks seen again (retries). */
  refused: number;
  retries: number;
  close(): Promise<void>;
}

interface Call {
  number: string;
  state: CallState;
}

export async function startSurveyServer(options: SurveyServerOptions): Promise<SurveyServer> {
  const { flow } = options;
  const calls = new Map<string, Call>();
  const seen = new Set<string>();
  let url = "";
  const audio = (p: Prompt) => `${url}/audio/${p.lang}/${p.rate}/${p.id}.mp3`;
  const result: SurveyServer = {
    url: "",
    stored: [],
    answers: (number) =>
      Object.fromEntries(
        result.stored.filter((s) => s.number === number).map((s) => [s.question, s.value]),
      ),
    events: new Map(),
    outcomes: new Map(),
    optedOut: new Set(),
    refused: 0,
    retries: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const callFor = (callId: string, number: string) => {
    let call = calls.get(callId);
    if (!call) {
      call = { number, state: startCall() };
      calls.set(callId, call);
    }
    return call;
  };

  /** Applies an input once per idempotency key; a retry gets the current action again. */
  const apply = (
    provider: Provider,
    callId: string,
    call: Call,
    turn: string,
    input: CallInput,
  ) => {
    const key = callbackKey(provider, callId, turn);
    if (seen.has(key) || turn !== String(call.state.turn)) {
      result.retries++;
      return;
    }
    seen.add(key);
    const r = step(flow, call.state, input);
    call.state = r.state;
    if (r.answer) result.stored.push({ callId, number: call.number, ...r.answer });
    if (r.events.length > 0)
      result.events.set(callId, [...(result.events.get(callId) ?? []), ...r.events]);
    if (r.events.some((e) => e.type === "opt_out")) result.optedOut.add(call.number);
  };

  const finish = (provider: Provider, callId: string, outcome: CallOutcome) => {
    result.outcomes.set(callId, outcome);
    const call = calls.get(callId);
    if (call && call.state.status === "active")
      apply(provider, callId, call, String(call.state.turn), "hangup");
  };

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };

  async function twilio(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ) {
    const form = new URLSearchParams(await readBody(req));
    const signature = req.headers["x-twilio-signature"];
    const token = options.twilioAuthToken ?? "";
    if (
      !verifyTwilioSignature(
        token,
        `${url}${req.url}`,
        form,
        typeof signature === "string" ? signature : undefined,
      )
    ) {
      result.refused++;
      return send(res, 403, "text/plain", "bad signature");
    }
    const xml = (call: Call, callId: string) =>
      twiml(nextAction(flow, call.state), {
        audio,
        action: `${url}/twilio/gather?call=${callId}&turn=${call.state.turn}`,
      });
    if (path === "/twilio/start") {
      const callId = form.get("CallSid") ?? "";
      if (answeredByMachine(form.get("AnsweredBy"))) {
        result.outcomes.set(callId, "machine");
        return send(res, 200, "text/xml", TWIML_HANGUP);
      }
      return send(res, 200, "text/xml", xml(callFor(callId, form.get("To") ?? ""), callId));
    }
    if (path === "/twilio/gather") {
      const { callId, input } = twilioInput(form);
      const call = callFor(callId, form.get("To") ?? "");
      apply("twilio", callId, call, query.get("turn") ?? "", input);
      return send(res, 200, "text/xml", xml(call, callId));
    }
    if (path === "/twilio/status") {
      const status = twilioStatus(form);
      const key = callbackKey("twilio", status.callId, `status:${status.sequence}`);
      if (seen.has(key)) result.retries++;
      seen.add(key);
      if (status.outcome && !(result.outcomes.get(status.callId) === "machine"))
        finish("twilio", status.callId, status.outcome);
      return send(res, 204, "text/plain", "");
    }
    send(res, 404, "text/plain", "not found");
  }

  async function elks(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ) {
    const form = new URLSearchParams(await readBody(req));
    const token = options.elksToken ?? "";
    if (!verifyElksToken(req.url ?? "", token)) {
      result.refused++;
      return send(res, 403, "text/plain", "bad token");
    }
    const action = (call: Call) =>
      JSON.stringify(
        elksAction(nextAction(flow, call.state), {
          audio,
          next: elksWebhookUrl(`${url}/elks/next`, token, { turn: String(call.state.turn) }),
        }),
      );
    if (path === "/elks/start") {
      const callId = form.get("callid") ?? "";
      return send(res, 200, "application/json", action(callFor(callId, form.get("to") ?? "")));
    }
    if (path === "/elks/next") {
      const { callId, input } = elksInput(form);
      const call = callFor(callId, form.get("to") ?? "");
      apply("46elks", callId, call, query.get("turn") ?? "", input);
      return send(res, 200, "application/json", action(call));
    }
    if (path === "/elks/hangup") {
      const hangup = elksHangup(form);
      finish("46elks", hangup.callId, hangup.outcome);
      return send(res, 204, "text/plain", "");
    }
    send(res, 404, "text/plain", "not found");
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? "/", "http://server");
    const handle = parsed.pathname.startsWith("/twilio/")
      ? twilio
      : parsed.pathname.startsWith("/elks/")
        ? elks
        : null;
    if (!handle) return send(res, 404, "text/plain", "not found");
    handle(req, res, parsed.pathname, parsed.searchParams).catch(() =>
      send(res, 400, "text/plain", "bad request"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  result.url = url;
  return result;
}
