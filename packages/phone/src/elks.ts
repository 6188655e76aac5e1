// 46elks (https://46elks.com/docs): placing a call, the call actions that play a flow's steps,
// and its callbacks read as neutral inputs. Prompts are audio URLs; webhooks carry a secret
// token in their URL (46elks signs nothing), checked in constant time.

import type { Prompt } from "./flow.js";
import type { CallInput, PhoneAction } from "./machine.js";
import { safeEqual } from "./secure.js";

export const ELKS_API = "https://api.46elks.com/a1";

export interface HttpRequest {
  url: string;
  method: "POST";
  headers: Record<string, string>;
  body: string;
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** POST /a1/calls, form-encoded, HTTP Basic with the API username and password. */
export function elksPlaceCall(options: {
  username: string;
  password: string;
  from: string;
  to: string;
  /** The webhook that returns the first action when the call is answered (or action JSON). */
  voiceStart: string;
  /** Where 46elks posts when the call ends, also when it never connected. */
  whenHangup: string;
  /** Seconds to ring before giving up (46elks' default is 60). */
  timeout?: number;
  api?: string;
}): HttpRequest {
  const form = new URLSearchParams({
    from: options.from,
    to: options.to,
    voice_start: options.voiceStart,
    whenhangup: options.whenHangup,
  });
  if (options.timeout !== undefined) form.set("timeout", String(options.timeout));
  return {
    url: `${options.api ?? ELKS_API}/calls`,
    method: "POST",
    headers: {
      authorization: basic(options.username, options.password),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: form.toString(),
  };
}

export type ElksAction =
  | { ivr: string; digits: number; timeout: number; repeat: number; next: string }
  | { play: string; next?: string }
  | { hangup: "reject" | "busy" };

/**
 * The call action for what the flow says to do now. `repeat` is 1: repeating once on silence
 * or a wrong key is the flow's own rule (`step`), so 46elks reports every input to `next`.
 */
export function elksAction(
  action: PhoneAction,
  urls: { audio: (prompt: Prompt) => string; next: string },
): ElksAction {
  if (action.kind === "end") {
    return action.prompt ? { play: urls.audio(action.prompt) } : { hangup: "reject" };
  }
  return {
    ivr: urls.audio(action.prompt),
    digits: action.maxDigits,
    timeout: Math.min(30, Math.max(1, action.timeoutSeconds)),
    repeat: 1,
    next: urls.next,
  };
}

const field = (form: URLSearchParams, name: string) => {
  const value = form.get(name);
  if (value === null || value === "") throw new Error(`46elks callback without ${name}`);
  return value;
};

/** The `next` callback of an ivr action: `result` holds the keys, or "failed" on silence. */
export function elksInput(form: URLSearchParams): { callId: string; input: CallInput } {
  const callId = field(form, "callid");
  const result = form.get("result") ?? "failed";
  const keys = result.replace(/#$/, "");
  return { callId, input: result === "failed" || keys === "" ? "timeout" : keys };
}

export type CallOutcome = "answered" | "busy" | "no_answer" | "failed" | "machine";

/** The whenhangup callback: `state` is success (it was answered), busy or failed. */
export function elksHangup(form: URLSearchParams): {
  callId: string;
  outcome: CallOutcome;
  durationSeconds: number;
} {
  const state = form.get("state");
  const outcome: CallOutcome =
    state === "success" ? "answered" : state === "busy" ? "busy" : "failed";
  return {
    callId: field(form, "callid"),
    outcome,
    durationSeconds: Number(form.get("duration") ?? 0) || 0,
  };
}

/** A webhook URL with the campaign's secret token and the call's turn in its query string. */
export function elksWebhookUrl(base: string, token: string, params: Record<string, string> = {}) {
  const url = new URL(base);
  url.searchParams.set("token", token);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/** Whether a webhook URL carries the expected token (constant-time). */
export function verifyElksToken(url: URL | string, token: string): boolean {
  const given = new URL(url, "http://localhost").searchParams.get("token") ?? "";
  return safeEqual(given, token);
}
