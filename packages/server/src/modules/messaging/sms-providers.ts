import { createHmac, timingSafeEqual } from "node:crypto";
import type { SmsConfig } from "../../config.js";
import type { Db } from "../../db/client.js";
import { type OutboundPolicy, outboundFetch } from "../../net/outbound.js";
import { devOutbox } from "./schema.js";

/**
 * The provider-neutral SMS gateway: one interface, an adapter per provider speaking its real
 * wire format (46elks, GatewayAPI), and the development outbox. The callback parsers turn each
 * provider's delivery reports and incoming messages into one shape.
 */

/** The SMS configuration (config.ts) and Kuulo's public URL, the base of the callback URLs. */
export type SmsSettings = Pick<
  SmsConfig,
  "provider" | "apiUrl" | "username" | "password" | "token" | "sender" | "callbackSecret"
> & { publicUrl: string };

export interface OutgoingSms {
  /** E.164, e.g. +358401234567. */
  to: string;
  text: string;
  organizationId: string;
  /** Our own reference (the sms_messages id), where the provider carries one. */
  reference: string;
}

export interface SentSms {
  providerMessageId: string;
}

/** A send the provider refused: `permanent` (bad number, bad request) is not retried. */
export class SmsSendError extends Error {
  override name = "SmsSendError";
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface SmsGateway {
  name: "46elks" | "gatewayapi" | "outbox" | "unconfigured";
  send: (db: Db, sms: OutgoingSms) => Promise<SentSms>;
}

/** A delivery report or incoming message in one shape, whatever the provider. */
export type DeliveryReport = {
  providerMessageId: string;
  status: "delivered" | "failed" | "pending";
  at: Date;
  reason: string | null;
};
export interface IncomingSms {
  providerMessageId: string;
  from: string;
  message: string;
}

async function refusal(response: Response, provider: string): Promise<SmsSendError> {
  const body = (await response.text()).slice(0, 200);
  // 4xx is the request's fault (bad number, bad sender, no credit) except throttling.
  const permanent = response.status >= 400 && response.status < 500 && response.status !== 429;
  const auth = response.status === 401 || response.status === 403;
  return new SmsSendError(`${provider} answered ${response.status}: ${body}`, permanent && !auth);
}

function elksGateway(settings: SmsSettings, fetch: typeof globalThis.fetch): SmsGateway {
  const auth = Buffer.from(`${settings.username ?? ""}:${settings.password ?? ""}`).toString(
    "base64",
  );
  return {
    name: "46elks",
    send: async (_db, sms) => {
      const form = new URLSearchParams({ from: settings.sender, to: sms.to, message: sms.text });
      if (settings.callbackSecret) {
        form.set(
          "whendelivered",
          `${callbackBase(settings)}/46elks/delivery?secret=${settings.callbackSecret}`,
        );
      }
      const response = await fetch(`${settings.apiUrl}/sms`, {
        method: "POST",
        headers: {
          authorization: `Basic ${auth}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: form.toString(),
      });
      if (!response.ok) throw await refusal(response, "46elks");
      const answer = (await response.json()) as { id?: string; status?: string };
      if (!answer.id || answer.status === "failed") {
        throw new SmsSendError(`46elks did not take the message (${answer.status})`, true);
      }
      return { providerMessageId: answer.id };
    },
  };
}

function gatewayApiGateway(settings: SmsSettings, fetch: typeof globalThis.fetch): SmsGateway {
  return {
    name: "gatewayapi",
    send: async (_db, sms) => {
      const body: Record<string, unknown> = {
        sender: settings.sender,
        message: sms.text,
        recipients: [{ msisdn: Number(sms.to.replace(/^\+/, "")) }],
        userref: sms.reference,
      };
      if (settings.callbackSecret)
        body.callback_url = `${callbackBase(settings)}/gatewayapi/delivery`;
      const response = await fetch(`${settings.apiUrl}/mtsms`, {
        method: "POST",
        headers: {
          authorization: `Token ${settings.token ?? ""}`,
          "content-type": "application/json",
          accept: "application/json",
        },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw await refusal(response, "GatewayAPI");
      const answer = (await response.json()) as { ids?: (number | string)[] };
      const id = answer.ids?.[0];
      if (id === undefined) throw new SmsSendError("GatewayAPI answered without an id", false);
      return { providerMessageId: String(id) };
    },
  };
}

function outboxGateway(): SmsGateway {
  return {
    name: "outbox",
    send: async (db, sms) => {
      const [row] = await db
        .insert(devOutbox)
        .values({
          organizationId: sms.organizationId,
          channel: "sms",
          to: sms.to,
          subject: "SMS",
          text: sms.text,
          html: "",
        })
        .returning({ id: devOutbox.id });
      return { providerMessageId: `outbox-${row!.id}` };
    },
  };
}

export function callbackBase(settings: Pick<SmsSettings, "publicUrl">): string {
  return `${settings.publicUrl}/api/sms`;
}

/** The gateway of the configuration: a provider, the development outbox, or none at all. */
export function createSmsGateway(
  settings: SmsSettings,
  options: { outbound: OutboundPolicy; devOutbox: boolean },
): SmsGateway {
  const fetch = outboundFetch(options.outbound, { timeoutMs: 20_000 }) as typeof globalThis.fetch;
  if (settings.provider === "46elks") return elksGateway(settings, fetch);
  if (settings.provider === "gatewayapi") return gatewayApiGateway(settings, fetch);
  if (options.devOutbox) return outboxGateway();
  return {
    name: "unconfigured",
    send: async () => {
      throw new SmsSendError("no SMS provider is configured (SMS_PROVIDER)", false);
    },
  };
}

// --- Callbacks ---------------------------------------------------------------------------------

/** Compares two secrets in constant time. */
export function sameSecret(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** 46elks delivery report (form): id, status sent|delivered|failed, delivered (UTC time). */
export function parseElksDelivery(form: Record<string, string>): DeliveryReport | null {
  if (!form.id || !form.status) return null;
  const status =
    form.status === "delivered" ? "delivered" : form.status === "failed" ? "failed" : "pending";
  return {
    providerMessageId: form.id,
    status,
    at: parseTime(form.delivered) ?? new Date(),
    reason: status === "failed" ? "46elks: failed" : null,
  };
}

/** 46elks incoming SMS (form): id, from, to, message, direction, created. */
export function parseElksIncoming(form: Record<string, string>): IncomingSms | null {
  if (!form.id || !form.from || form.message === undefined) return null;
  return { providerMessageId: form.id, from: form.from, message: form.message };
}

const GATEWAYAPI_FAILED = new Set(["UNDELIVERABLE", "REJECTED", "EXPIRED", "DELETED", "SKIPPED"]);

/** GatewayAPI delivery status (JSON): id, msisdn, time, status, userref, error, code. */
export function parseGatewayApiDelivery(body: Record<string, unknown>): DeliveryReport | null {
  if (body.id === undefined || typeof body.status !== "string") return null;
  const status =
    body.status === "DELIVERED"
      ? "delivered"
      : GATEWAYAPI_FAILED.has(body.status)
        ? "failed"
        : "pending";
  const detail = [body.status, body.code, body.error].filter((v) => v !== undefined && v !== null);
  return {
    providerMessageId: String(body.id),
    status,
    at: typeof body.time === "number" ? new Date(body.time * 1000) : new Date(),
    reason: status === "failed" ? `GatewayAPI: ${detail.join(" ")}` : null,
  };
}

/** GatewayAPI incoming (MO) SMS (JSON): id, msisdn, receiver, message, senttime … */
export function parseGatewayApiIncoming(body: Record<string, unknown>): IncomingSms | null {
  if (body.id === undefined || body.msisdn === undefined || typeof body.message !== "string") {
    return null;
  }
  return { providerMessageId: String(body.id), from: `+${body.msisdn}`, message: body.message };
}

function parseTime(value: string | undefined): Date | null {
  if (!value) return null;
  // 46elks writes "2018-07-13T13:57:23.741000" in UTC without a zone.
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Verifies GatewayAPI's `X-Gwapi-Signature`: a JWT signed with HS256 and the webhook's secret,
 * whose claims are the webhook's data. Returns the claims, or null when it does not verify.
 */
export function verifyGatewayApiJwt(
  token: string | undefined,
  secret: string | undefined,
): Record<string, unknown> | null {
  if (!token || !secret) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const head = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg?: string };
    if (head.alg !== "HS256") return null;
    const expected = createHmac("sha256", secret)
      .update(`${header}.${payload}`)
      .digest("base64url");
    if (!sameSecret(signature, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims && typeof claims === "object" ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Signs claims as GatewayAPI does (the fake provider uses it). */
export function signGatewayApiJwt(claims: Record<string, unknown>, secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
