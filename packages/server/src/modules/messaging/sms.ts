import { and, eq, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { type IntervalWorker, startIntervalWorker } from "../../jobs/interval.js";
import { addressHash, maskPhone, normalizePhone } from "./contacts.js";
import { advanceInvitation } from "./invitation-status.js";
import { smsMessages } from "./schema.js";
import type { DeliveryReport, SmsGateway } from "./sms-providers.js";
import { SmsSendError } from "./sms-providers.js";
import { isSuppressed } from "./suppression.js";

/**
 * The durable SMS queue: queued in the transaction of the act that causes it, claimed by a
 * worker in each server process (FOR UPDATE SKIP LOCKED), sent through the gateway outside any
 * transaction, retried with exponential back-off. Delivery reports move the status on.
 */

export interface QueuedSms {
  /** Seals the number while it waits in the queue (db/sealed.ts). */
  sealer: Sealer;
  organizationId: string;
  to: string;
  text: string;
  kind?: string;
  subjectType?: string | null;
  subjectId?: string | null;
  invitationId?: string | null;
  /** False for messages a resident asked for (a one-time code): sent even when suppressed. */
  suppressible?: boolean;
}

/**
 * Queues a text message; refuses a number that is no mobile number. The number is stored
 * sealed (opened only by the worker when it sends); the keyed hash beside it matches STOP
 * replies and the suppression list. Returns its id.
 */
export async function queueSms(db: Db, sms: QueuedSms): Promise<number> {
  const to = normalizePhone(sms.to);
  if (!to) {
    throw new AppError("validation.failed", "Not a phone number.", {
      errors: [{ path: "to", code: "invalid_format", message: "not a phone number" }],
    });
  }
  if (sms.text.trim() === "" || sms.text.length > 1000) {
    throw new AppError("validation.failed", "The message must have 1–1000 characters.", {
      errors: [{ path: "text", code: "invalid", message: "1–1000 characters" }],
    });
  }
  const [row] = await db
    .insert(smsMessages)
    .values({
      organizationId: sms.organizationId,
      to: sms.sealer.seal(to),
      toHash: await addressHash(db, "sms", to),
      text: sms.text,
      kind: sms.kind ?? "message",
      subjectType: sms.subjectType ?? null,
      subjectId: sms.subjectId ?? null,
      invitationId: sms.invitationId ?? null,
      suppressible: sms.suppressible ?? true,
    })
    .returning({ id: smsMessages.id });
  return row!.id;
}

export interface SmsWorkerOptions {
  db: Db;
  /** Opens the queued numbers (the one that sealed them in `queueSms`). */
  sealer: Sealer;
  gateway: SmsGateway;
  intervalMs: number;
  maxAttempts: number;
  /** Wait before the second attempt; doubles with every further attempt. */
  retryBaseMs: number;
  leaseMs?: number;
  batchSize?: number;
  onError: (error: unknown, context: { smsId: number; attempts: number }) => void;
}

export interface SmsPassResult {
  sent: number;
  suppressed: number;
  failed: number;
  gaveUp: number;
}

interface ClaimedSms {
  id: string | number;
  organization_id: string;
  to_number: string;
  text_body: string;
  invitation_id: string | null;
  suppressible: boolean;
  attempts: number;
}

async function claimDue(db: Db, leaseMs: number, batchSize: number): Promise<ClaimedSms[]> {
  return rowsOf<ClaimedSms>(
    await db.execute(sql`
      update sms_messages set
        attempts = attempts + 1,
        next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000})
      where id in (
        select id from sms_messages
        where status = 'queued' and next_attempt_at <= now()
        order by next_attempt_at, id
        limit ${batchSize}
        for update skip locked)
      returning id, organization_id, to_number, text_body, invitation_id, suppressible, attempts`),
  );
}

/** One pass: claims the due messages and sends each once. */
export async function deliverDueSms(options: SmsWorkerOptions): Promise<SmsPassResult> {
  const { db } = options;
  const result: SmsPassResult = { sent: 0, suppressed: 0, failed: 0, gaveUp: 0 };
  const rows = await claimDue(db, options.leaseMs ?? 300_000, options.batchSize ?? 20);
  for (const row of rows) {
    const id = Number(row.id);
    // Rows queued before numbers were sealed hold the number itself.
    const number = row.to_number.startsWith("v1.")
      ? options.sealer.open(row.to_number)
      : row.to_number;
    const where = and(eq(smsMessages.id, id), eq(smsMessages.status, "queued"));
    try {
      if (
        row.suppressible &&
        (await isSuppressed(db, {
          organizationId: row.organization_id,
          channel: "sms",
          address: number,
        }))
      ) {
        await db
          .update(smsMessages)
          .set({
            status: "suppressed",
            reason: "the number is on the suppression list",
            to: maskPhone(number),
          })
          .where(where);
        await advanceInvitation(db, row.invitation_id, "suppressed");
        result.suppressed++;
        continue;
      }
      const sent = await options.gateway.send(db, {
        to: number,
        text: row.text_body,
        organizationId: row.organization_id,
        reference: String(id),
      });
      await db
        .update(smsMessages)
        .set({
          status: "sent",
          provider: options.gateway.name,
          providerMessageId: sent.providerMessageId,
          sentAt: new Date(),
          reason: null,
          to: maskPhone(number),
        })
        .where(where);
      await advanceInvitation(db, row.invitation_id, "sent");
      result.sent++;
    } catch (error) {
      result.failed++;
      options.onError(error, { smsId: id, attempts: row.attempts });
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const permanent = error instanceof SmsSendError && error.permanent;
      if (permanent || row.attempts >= options.maxAttempts) {
        result.gaveUp++;
        await db
          .update(smsMessages)
          .set({
            status: "failed",
            failedAt: new Date(),
            reason: message,
            to: maskPhone(number),
          })
          .where(where);
        await advanceInvitation(db, row.invitation_id, "failed");
      } else {
        const delayMs = options.retryBaseMs * 2 ** (row.attempts - 1);
        await db
          .update(smsMessages)
          .set({ nextAttemptAt: new Date(Date.now() + delayMs), reason: message })
          .where(where);
      }
    }
  }
  return result;
}

export type SmsWorker = IntervalWorker<SmsPassResult>;

export function startSmsWorker(options: SmsWorkerOptions): SmsWorker {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: () => deliverDueSms(options),
    onError: (error) => options.onError(error, { smsId: 0, attempts: 0 }),
  });
}

/**
 * Applies a provider's delivery report. Idempotent: a report repeated (providers retry until
 * they get a 2xx) or arriving after a final status changes nothing. "unknown" when no message
 * of ours has that provider id.
 */
export async function applyDeliveryReport(
  db: Db,
  provider: "46elks" | "gatewayapi",
  report: DeliveryReport,
): Promise<"applied" | "unchanged" | "unknown"> {
  const [message] = await db
    .select({
      id: smsMessages.id,
      status: smsMessages.status,
      invitationId: smsMessages.invitationId,
    })
    .from(smsMessages)
    .where(
      and(
        eq(smsMessages.provider, provider),
        eq(smsMessages.providerMessageId, report.providerMessageId),
      ),
    );
  if (!message) return "unknown";
  if (report.status === "pending") return "unchanged";
  const changed = await db
    .update(smsMessages)
    .set(
      report.status === "delivered"
        ? { status: "delivered", deliveredAt: report.at }
        : { status: "failed", failedAt: report.at, reason: report.reason },
    )
    .where(and(eq(smsMessages.id, message.id), eq(smsMessages.status, "sent")))
    .returning({ id: smsMessages.id });
  if (changed.length === 0) return "unchanged";
  await advanceInvitation(db, message.invitationId, report.status, report.at);
  return "applied";
}
