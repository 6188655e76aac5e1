import {
  answeredByMachine,
  callbackKey,
  TWIML_HANGUP,
  twilioInput,
  twilioStatus,
  twiml,
  verifyTwilioSignature,
} from "@kuulo/phone";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { audioLinks } from "./audio-links.js";
import { answerCall, applyInput, type CallAnswer, campaignOfCall, endCall } from "./calls.js";
import { webhookUrls } from "./providers.js";
import type { PhoneCampaign } from "./schema.js";

/**
 * Twilio's call webhooks as one function of the wire request (the form Twilio posts, the URL it
 * called, its X-Twilio-Signature) to the wire answer (TwiML, or 204 for a status callback). The
 * routes (routes/callbacks.ts) and the demo campaign (demo.ts, through the fake provider) both
 * go through it, so the demo's answers take the same path as a provider's.
 */

export type TwilioHook = "start" | "gather" | "status";

export interface TwilioWebhookEnv {
  db: Db;
  publicUrl: string;
  /** The Twilio account that signs the campaign's callbacks, if any. */
  account: (campaign: PhoneCampaign) => { authToken: string } | undefined;
  deps: Parameters<typeof answerCall>[1];
}

export interface TwilioWebhookRequest {
  hook: TwilioHook;
  callId: string;
  /** The path and query Twilio called (under PUBLIC_URL): the signature covers it. */
  url: string;
  form: Record<string, string>;
  signature: string | undefined;
  /** The `turn` of a gather callback (from the query); -1 when missing. */
  turn: number;
}

export type TwilioWebhookReply = { status: 200; body: string } | { status: 204 };

/** The call's campaign, when the request carries a valid signature for it; otherwise 403. */
async function verified(
  env: TwilioWebhookEnv,
  request: TwilioWebhookRequest,
): Promise<PhoneCampaign> {
  const campaign = await campaignOfCall(env.db, request.callId);
  const account = campaign && campaign.provider !== "46elks" ? env.account(campaign) : undefined;
  if (
    !campaign ||
    !account ||
    !verifyTwilioSignature(
      account.authToken,
      `${env.publicUrl}${request.url}`,
      new URLSearchParams(request.form),
      request.signature,
    )
  )
    throw new AppError("auth.forbidden", "The callback is not verified.");
  return campaign;
}

async function answer(env: TwilioWebhookEnv, result: CallAnswer): Promise<string> {
  if (!result.ctx) return TWIML_HANGUP;
  const { campaign, call } = result.ctx;
  const audio = await audioLinks(env.db, { publicUrl: env.publicUrl, campaignId: campaign.id });
  const next = webhookUrls(env.publicUrl, campaign, call.id).next(result.turn);
  return twiml(result.action, { audio, action: next });
}

/** One Twilio callback: verified, applied once (idempotency key), answered. */
export async function twilioWebhook(
  env: TwilioWebhookEnv,
  request: TwilioWebhookRequest,
): Promise<TwilioWebhookReply> {
  await verified(env, request);
  const { db, deps } = env;
  const form = new URLSearchParams(request.form);
  const callId = request.callId;
  if (request.hook === "start") {
    const machine = answeredByMachine(request.form.AnsweredBy ?? null);
    const result = await answerCall(db, deps, {
      callId,
      providerCallId: request.form.CallSid ?? "",
      machine,
    });
    return { status: 200, body: machine ? TWIML_HANGUP : await answer(env, result) };
  }
  if (request.hook === "gather") {
    const { callId: sid, input } = twilioInput(form);
    const result = await applyInput(db, deps, {
      callId,
      key: callbackKey("twilio", sid, String(request.turn)),
      turn: request.turn,
      input,
    });
    return { status: 200, body: await answer(env, result) };
  }
  const status = twilioStatus(form);
  if (status.outcome)
    await endCall(db, deps, {
      callId,
      key: callbackKey("twilio", status.callId, `status:${status.sequence}`),
      outcome: status.outcome,
    });
  return { status: 204 };
}

/** The hook, call and turn of a Twilio webhook URL (`…/api/phone/twilio/:callId/:hook?turn=`). */
export function twilioHookOf(
  url: string,
): { hook: TwilioHook; callId: string; turn: number; path: string } | undefined {
  const parsed = new URL(url, "http://local");
  const m = /\/api\/phone\/twilio\/([0-9a-f-]{36})\/(start|gather|status)$/.exec(parsed.pathname);
  if (!m) return undefined;
  const turn = Number(parsed.searchParams.get("turn") ?? -1);
  return {
    callId: m[1]!,
    hook: m[2] as TwilioHook,
    turn: Number.isInteger(turn) ? turn : -1,
    path: `${parsed.pathname}${parsed.search}`,
  };
}
