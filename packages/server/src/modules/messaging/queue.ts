import { eq, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.js";
import { type IntervalWorker, startIntervalWorker } from "../../jobs/interval.js";
import type { MailComposer } from "../define.js";
import { advanceInvitation } from "./invitation-status.js";
import { mailQueue } from "./schema.js";
import type { Mail, Mailer } from "./service.js";
import { isSuppressed } from "./suppression.js";

/**
 * The durable mail queue. Mail is queued in the transaction of the act that causes it; a worker
 * in each server process claims due mails with FOR UPDATE SKIP LOCKED (so several processes
 * share the queue without sending a mail twice), sends them outside any transaction, and retries
 * failures with exponential back-off until `maxAttempts`.
 */

/**
 * Queues a ready mail. Call it inside the transaction of the act that causes it. A
 * `suppressible` mail (an invitation, a reminder) is skipped when its recipient is on the
 * organization's suppression list at send time.
 */
export async function queueMail(
  db: Db,
  mail: Mail & { suppressible?: boolean; invitationId?: string | null },
): Promise<void> {
  await db.insert(mailQueue).values({
    organizationId: mail.organizationId ?? null,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers ?? {},
    suppressible: mail.suppressible ?? false,
    invitationId: mail.invitationId ?? null,
  });
}

/**
 * Queues a mail that a composer of this `kind` writes when the worker first takes it; the
 * composer may decide that no mail is to be sent at all (e.g. an unknown address).
 */
export async function queueComposedMail(
  db: Db,
  options: {
    kind: string;
    to: string;
    organizationId: string | null;
    payload: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(mailQueue).values(options);
}

export type { MailComposer, QueuedMail } from "../define.js";

export interface MailWorkerOptions {
  db: Db;
  mailer: Mailer;
  composers: Record<string, MailComposer>;
  /** How often to look for due mail. */
  intervalMs: number;
  /** After this many failed attempts a mail is given up (kept, body blanked, as failed). */
  maxAttempts: number;
  /** Wait before the second attempt; doubles with every further attempt. */
  retryBaseMs: number;
  /** How long a claimed mail is left to its worker before another may take it over. */
  leaseMs?: number;
  /** Mails claimed per pass. */
  batchSize?: number;
  onError: (error: unknown, context: { mailId: number; attempts: number }) => void;
}

export interface PassResult {
  sent: number;
  /** Composed to nothing (e.g. a sign-in link asked for an unknown address). */
  dropped: number;
  /** Failed this pass; `gaveUp` of them for good. */
  failed: number;
  gaveUp: number;
  /** Skipped: the recipient is on the organization's suppression list. */
  suppressed: number;
}

interface ClaimedRow {
  id: string | number;
  kind: string;
  to_address: string;
  organization_id: string | null;
  payload: Record<string, unknown>;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  headers: Record<string, string>;
  suppressible: boolean;
  invitation_id: string | null;
  attempts: number;
}

async function claimDue(db: Db, leaseMs: number, batchSize: number): Promise<ClaimedRow[]> {
  return rowsOf<ClaimedRow>(
    await db.execute(sql`
      update mail_queue set
        attempts = attempts + 1,
        next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000})
      where id in (
        select id from mail_queue
        where failed_at is null and next_attempt_at <= now()
        order by next_attempt_at, id
        limit ${batchSize}
        for update skip locked)
      returning id, kind, to_address, organization_id, payload, subject, text_body, html_body,
        headers, suppressible, invitation_id, attempts`),
  );
}

/** Composes the mail of a row that has none yet, and stores it so that retries send the same. */
async function composeIfNeeded(options: MailWorkerOptions, row: ClaimedRow): Promise<Mail | null> {
  if (row.subject !== null) {
    return {
      to: row.to_address,
      subject: row.subject,
      text: row.text_body ?? "",
      html: row.html_body ?? "",
      organizationId: row.organization_id,
      headers: row.headers,
    };
  }
  const id = Number(row.id);
  const composer = options.composers[row.kind];
  if (!composer) throw new Error(`no mail composer for kind "${row.kind}"`);
  return options.db.transaction(async (tx) => {
    const written = await composer(tx, {
      id,
      kind: row.kind,
      to: row.to_address,
      organizationId: row.organization_id,
      payload: row.payload,
    });
    if (!written) {
      await tx.delete(mailQueue).where(eq(mailQueue.id, id));
      return null;
    }
    await tx
      .update(mailQueue)
      .set({ ...written, payload: {} })
      .where(eq(mailQueue.id, id));
    return { to: row.to_address, ...written, organizationId: row.organization_id };
  });
}

/** One pass: claims the due mails and sends each once. */
export async function deliverDueMail(options: MailWorkerOptions): Promise<PassResult> {
  const { db } = options;
  const result: PassResult = { sent: 0, dropped: 0, failed: 0, gaveUp: 0, suppressed: 0 };
  const rows = await claimDue(db, options.leaseMs ?? 300_000, options.batchSize ?? 20);
  for (const row of rows) {
    const id = Number(row.id);
    try {
      const mail = await composeIfNeeded(options, row);
      if (!mail) {
        result.dropped++;
        continue;
      }
      if (
        row.suppressible &&
        row.organization_id &&
        (await isSuppressed(db, {
          organizationId: row.organization_id,
          channel: "email",
          address: row.to_address,
        }))
      ) {
        await db.delete(mailQueue).where(eq(mailQueue.id, id));
        await advanceInvitation(db, row.invitation_id, "suppressed");
        result.suppressed++;
        continue;
      }
      await options.mailer.send(db, mail);
      // Sent: nothing of it stays, neither the body with its token nor the address.
      await db.delete(mailQueue).where(eq(mailQueue.id, id));
      await advanceInvitation(db, row.invitation_id, "sent");
      result.sent++;
    } catch (error) {
      result.failed++;
      options.onError(error, { mailId: id, attempts: row.attempts });
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (row.attempts >= options.maxAttempts) {
        result.gaveUp++;
        await db
          .update(mailQueue)
          .set({ failedAt: new Date(), lastError: message, text: "", html: "", payload: {} })
          .where(eq(mailQueue.id, id));
      } else {
        const delayMs = options.retryBaseMs * 2 ** (row.attempts - 1);
        await db
          .update(mailQueue)
          .set({ nextAttemptAt: new Date(Date.now() + delayMs), lastError: message })
          .where(eq(mailQueue.id, id));
      }
    }
  }
  return result;
}

export type MailWorker = IntervalWorker<PassResult>;

/** The mail loop of a server process. */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: () => deliverDueMail(options),
    onError: (error) => options.onError(error, { mailId: 0, attempts: 0 }),
  });
}
