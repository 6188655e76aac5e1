// The fake provider's 46elks: takes POST /a1/calls as 46elks does, then "calls": loads
// voice_start (a URL posted to, or action JSON), follows the call actions (ivr, play, hangup)
// pressing keys from the number's script, and posts whenhangup at the end.
import type { IncomingMessage, ServerResponse } from "node:http";
import { basicAuth, postForm, randomHex, readBody } from "./http.js";
import { type CallScript, type FakeCall, MAX_TURNS } from "./script.js";

export interface ElksAccount {
  username: string;
  password: string;
}

type Action = Record<string, unknown>;

export async function elksPlaceCall(
  req: IncomingMessage,
  res: ServerResponse,
  account: ElksAccount,
): Promise<{ call: FakeCall; form: URLSearchParams } | null> {
  const auth = basicAuth(req);
  if (!auth || auth.user !== account.username || auth.password !== account.password) {
    res.writeHead(401, { "content-type": "text/plain" });
    res.end("Invalid credentials");
    return null;
  }
  const form = new URLSearchParams(await readBody(req));
  for (const name of ["from", "to", "voice_start"]) {
    if (!form.get(name)) {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(`Missing key ${name}`);
      return null;
    }
  }
  const id = `c${randomHex(16)}`;
  const call: FakeCall = {
    provider: "46elks",
    id,
    from: form.get("from")!,
    to: form.get("to")!,
    posts: [],
    played: [],
  };
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id,
      state: "ongoing",
      direction: "outgoing",
      from: call.from,
      to: call.to,
      created: new Date().toISOString(),
    }),
  );
  return { call, form };
}

/** A webhook URL as the script would have 46elks see it: a wrong token for "bad signature". */
const spoil = (url: string) => {
  const u = new URL(url);
  if (u.searchParams.has("token")) u.searchParams.set("token", "wrong-token");
  return u.toString();
};

export async function elksRunCall(call: FakeCall, form: URLSearchParams, script: CallScript) {
  const bad = script.kind === "answer" && script.badSignature;
  const twice = script.kind === "answer" && script.retry;
  const created = new Date().toISOString();
  const base = () => ({
    callid: call.id,
    direction: "outgoing",
    from: call.from,
    to: call.to,
    created,
  });
  const post = async (url: string, params: Record<string, string>) => {
    const target = bad ? spoil(url) : url;
    let result = await postForm(target, new URLSearchParams(params));
    call.posts.push({ url: target, status: result.status });
    if (twice) {
      result = await postForm(target, new URLSearchParams(params));
      call.posts.push({ url: target, status: result.status });
    }
    return result;
  };
  /** An action from a webhook's answer, or null when the server failed (46elks ends the call). */
  const load = async (url: string, params: Record<string, string>): Promise<Action | null> => {
    const result = await post(url, params);
    if (result.status < 200 || result.status > 204) return null;
    try {
      return JSON.parse(result.body) as Action;
    } catch {
      return null;
    }
  };
  const hangup = async (state: string, duration: number) => {
    const url = form.get("whenhangup");
    if (url)
      await post(url, { ...base(), state, duration: String(duration), start: created, cost: "0" });
  };

  if (script.kind === "busy" || script.kind === "no_answer") {
    call.outcome = script.kind;
    await hangup(script.kind === "busy" ? "busy" : "failed", 0);
    return;
  }
  const start = form.get("voice_start")!;
  let action = start.trim().startsWith("{")
    ? (JSON.parse(start) as Action)
    : await load(start, base());
  let turn = 0;
  call.outcome = !action ? "rejected" : script.kind === "machine" ? "machine" : "completed";
  while (action) {
    if (typeof action.ivr === "string") {
      call.played.push(action.ivr);
      if (script.kind === "answer" && script.hangUpAt !== undefined && turn === script.hangUpAt) {
        call.outcome = "hung_up";
        break;
      }
      if (turn >= MAX_TURNS) {
        call.outcome = "too_long";
        break;
      }
      const press = script.kind === "answer" ? (script.keys[turn] ?? "timeout") : "timeout";
      turn++;
      const result = press === "timeout" ? "failed" : press.replace(/#$/, "");
      if (typeof action.next !== "string") break;
      action = await load(action.next, { ...base(), result });
      if (!action) call.outcome = "rejected";
    } else if (typeof action.play === "string") {
      call.played.push(action.play);
      action = typeof action.next === "string" ? await load(action.next, base()) : null;
    } else {
      break; // hangup, or an action the fake does not know
    }
  }
  await hangup("success", turn * 10);
}
