// The fake provider's Twilio: takes POST /2010-04-01/Accounts/{sid}/Calls.json as Twilio does,
// then "calls": posts the Url webhook, follows the TwiML (<Gather>, <Play>, <Hangup/>), presses
// keys from the number's script, and posts status callbacks — all signed with
// X-Twilio-Signature like Twilio's.
import type { IncomingMessage, ServerResponse } from "node:http";
import { twilioSignature } from "../twilio.js";
import { basicAuth, type PostForm, postForm, randomHex, readBody } from "./http.js";
import { type CallScript, type FakeCall, MAX_TURNS } from "./script.js";

export interface TwilioAccount {
  accountSid: string;
  authToken: string;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
};
const unescapeXml = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

/** Handles a place-call request; returns the call to simulate, or null when refused. */
export async function twilioPlaceCall(
  req: IncomingMessage,
  res: ServerResponse,
  account: TwilioAccount,
  accountSid: string,
): Promise<{ call: FakeCall; form: URLSearchParams } | null> {
  const auth = basicAuth(req);
  if (
    !auth ||
    auth.user !== account.accountSid ||
    auth.password !== account.authToken ||
    accountSid !== account.accountSid
  ) {
    json(res, 401, { code: 20003, message: "Authenticate", status: 401 });
    return null;
  }
  const form = new URLSearchParams(await readBody(req));
  for (const name of ["To", "From", "Url"]) {
    if (!form.get(name)) {
      json(res, 400, { code: 21201, message: `No '${name}' number is specified`, status: 400 });
      return null;
    }
  }
  const sid = `CA${randomHex(16)}`;
  const call: FakeCall = {
    provider: "twilio",
    id: sid,
    from: form.get("From")!,
    to: form.get("To")!,
    posts: [],
    played: [],
  };
  json(res, 201, {
    sid,
    account_sid: account.accountSid,
    to: call.to,
    from: call.from,
    status: "queued",
  });
  return { call, form };
}

/**
 * Plays out a placed call against the server's webhooks: `form` is the place-call request's
 * form. The callbacks go over HTTP, or through `transport` (the demo hands them to the
 * server's webhook handling in process).
 */
export async function twilioRunCall(
  call: FakeCall,
  form: URLSearchParams,
  script: CallScript,
  account: TwilioAccount,
  transport: PostForm = postForm,
) {
  const statusUrl = form.get("StatusCallback");
  const detect = form.get("MachineDetection") === "Enable";
  const bad = script.kind === "answer" && script.badSignature;
  const twice = script.kind === "answer" && script.retry;
  let sequence = 0;
  const base = () => ({
    AccountSid: account.accountSid,
    ApiVersion: "2010-04-01",
    CallSid: call.id,
    Direction: "outbound-api",
    From: call.from,
    To: call.to,
  });
  const post = async (url: string, params: Record<string, string>) => {
    const body = new URLSearchParams(params);
    const signature = twilioSignature(
      bad ? `${account.authToken}-wrong` : account.authToken,
      url,
      body,
    );
    let result = await transport(url, body, { "x-twilio-signature": signature });
    call.posts.push({ url, status: result.status });
    if (twice) {
      result = await transport(url, body, { "x-twilio-signature": signature });
      call.posts.push({ url, status: result.status });
    }
    return result;
  };
  const status = async (CallStatus: string, extra: Record<string, string> = {}) => {
    if (!statusUrl) return;
    await post(statusUrl, {
      ...base(),
      CallStatus,
      CallbackSource: "call-progress-events",
      SequenceNumber: String(sequence++),
      Timestamp: new Date().toUTCString(),
      ...extra,
    });
  };

  await status("initiated");
  await status("ringing");
  if (script.kind === "busy" || script.kind === "no_answer") {
    call.outcome = script.kind;
    await status(script.kind === "busy" ? "busy" : "no-answer");
    return;
  }
  const answeredBy: Record<string, string> =
    script.kind === "machine"
      ? { AnsweredBy: "machine_start" }
      : detect
        ? { AnsweredBy: "human" }
        : {};
  let response = await post(form.get("Url")!, {
    ...base(),
    CallStatus: "in-progress",
    ...answeredBy,
  });
  let turn = 0;
  call.outcome = "completed";
  for (;;) {
    if (response.status < 200 || response.status > 299) {
      call.outcome = "rejected"; // Twilio says "an application error has occurred" and hangs up
      break;
    }
    for (const m of response.body.matchAll(/<Play>([^<]*)<\/Play>/g))
      call.played.push(unescapeXml(m[1]!));
    const gather = /<Gather\b[^>]*>/.exec(response.body)?.[0];
    if (!gather) break; // <Hangup/> or nothing more to do
    if (script.kind === "machine") break; // a machine would only record
    if (script.hangUpAt !== undefined && turn === script.hangUpAt) {
      call.outcome = "hung_up";
      break;
    }
    if (turn >= MAX_TURNS) {
      call.outcome = "too_long";
      break;
    }
    const press = script.keys[turn] ?? "timeout";
    turn++;
    const action = attr(gather, "action")!;
    const digits =
      press === "timeout"
        ? ""
        : attr(gather, "finishOnKey") === "#"
          ? press.replace(/#$/, "")
          : press;
    if (digits === "" && attr(gather, "actionOnEmptyResult") !== "true") break;
    response = await post(action, {
      ...base(),
      CallStatus: "in-progress",
      ...(digits ? { Digits: digits } : {}),
    });
  }
  if (script.kind === "machine") call.outcome = "machine";
  await status("completed", { CallDuration: String(turn * 10), ...answeredBy });
}
