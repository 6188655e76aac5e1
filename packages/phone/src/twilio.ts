// Twilio Programmable Voice (https://www.twilio.com/docs/voice): placing a call, TwiML for a
// flow's steps, callbacks read as neutral inputs, and X-Twilio-Signature (HMAC-SHA1 of the
// full URL followed by the POST parameters sorted by name, each name then its value; base64).
import { createHmac } from "node:crypto";
import type { CallOutcome, HttpRequest } from "./elks.js";
import type { Prompt } from "./flow.js";
import type { CallInput, PhoneAction } from "./machine.js";
import { safeEqual } from "./secure.js";

export const TWILIO_API = "https://api.twilio.com/2010-04-01";

/** POST /Accounts/{AccountSid}/Calls.json, form-encoded, HTTP Basic AccountSid:AuthToken. */
export function twilioPlaceCall(options: {
  accountSid: string;
  authToken: string;
  from: string;
  to: string;
  /** Where Twilio fetches the first TwiML when the call is answered. */
  url: string;
  statusCallback: string;
  /** Answering-machine detection: Twilio then posts AnsweredBy with the first webhook. */
  machineDetection?: boolean;
  /** Seconds to ring (Twilio's default is 60). */
  timeout?: number;
  api?: string;
}): HttpRequest {
  const form = new URLSearchParams();
  form.append("To", options.to);
  form.append("From", options.from);
  form.append("Url", options.url);
  form.append("Method", "POST");
  form.append("StatusCallback", options.statusCallback);
  form.append("StatusCallbackMethod", "POST");
  for (const event of ["initiated", "ringing", "answered", "completed"]) {
    form.append("StatusCallbackEvent", event);
  }
  if (options.machineDetection) form.append("MachineDetection", "Enable");
  if (options.timeout !== undefined) form.append("Timeout", String(options.timeout));
  return {
    url: `${options.api ?? TWILIO_API}/Accounts/${encodeURIComponent(options.accountSid)}/Calls.json`,
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: form.toString(),
  };
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * TwiML for what the flow says to do now: a <Gather input="dtmf"> around the prompt's <Play>,
 * posting to `action` also when nothing was pressed (actionOnEmptyResult), or the last words
 * and <Hangup/>.
 */
export function twiml(
  action: PhoneAction,
  urls: { audio: (prompt: Prompt) => string; action: string },
): string {
  if (action.kind === "end") {
    const play = action.prompt ? `<Play>${xmlEscape(urls.audio(action.prompt))}</Play>` : "";
    return `${XML}<Response>${play}<Hangup/></Response>`;
  }
  const attrs = [
    'input="dtmf"',
    action.terminator ? 'finishOnKey="#"' : `numDigits="${action.maxDigits}"`,
    `timeout="${action.timeoutSeconds}"`,
    `action="${xmlEscape(urls.action)}"`,
    'method="POST"',
    'actionOnEmptyResult="true"',
  ];
  return `${XML}<Response><Gather ${attrs.join(" ")}><Play>${xmlEscape(urls.audio(action.prompt))}</Play></Gather></Response>`;
}

/** TwiML that ends a call at once (an answering machine took it). */
export const TWIML_HANGUP = `${XML}<Response><Hangup/></Response>`;

const sid = (form: URLSearchParams) => {
  const value = form.get("CallSid");
  if (!value) throw new Error("Twilio callback without CallSid");
  return value;
};

/** A <Gather> action callback: `Digits` holds the keys (absent or empty on silence). */
export function twilioInput(form: URLSearchParams): { callId: string; input: CallInput } {
  const digits = (form.get("Digits") ?? "").replace(/#$/, "");
  return { callId: sid(form), input: digits === "" ? "timeout" : digits };
}

/** Whether `AnsweredBy` says an answering machine or a fax took the call. */
export function answeredByMachine(answeredBy: string | null): boolean {
  return answeredBy !== null && (answeredBy.startsWith("machine") || answeredBy === "fax");
}

/** A status callback: the call's final outcome once `CallStatus` is final, else null. */
export function twilioStatus(form: URLSearchParams): {
  callId: string;
  status: string;
  outcome: CallOutcome | null;
  sequence: string;
} {
  const status = form.get("CallStatus") ?? "";
  const outcomes: Record<string, CallOutcome> = {
    completed: "answered",
    busy: "busy",
    "no-answer": "no_answer",
    failed: "failed",
    canceled: "failed",
  };
  let outcome = outcomes[status] ?? null;
  if (outcome === "answered" && answeredByMachine(form.get("AnsweredBy"))) outcome = "machine";
  return { callId: sid(form), status, outcome, sequence: form.get("SequenceNumber") ?? status };
}

/** X-Twilio-Signature of a POST to `url` with these form parameters. */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const pairs = [...params.entries()].sort(([a, av], [b, bv]) =>
    a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  const data = url + pairs.map(([k, v]) => k + v).join("");
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Whether a callback's X-Twilio-Signature is right (constant-time compare). */
export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: URLSearchParams,
  signature: string | undefined,
): boolean {
  return safeEqual(signature ?? "", twilioSignature(authToken, url, params));
}
