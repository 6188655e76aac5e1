import { mayCallNow, startCall } from "@kuulo/phone";
import { and, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { recordAudit } from "../audit/index.js";
import { isSuppressed } from "../messaging/index.js";
import { closeCall, endCall } from "./calls.js";
import {
  type PhoneCall,
  type PhoneCampaign,
  type PhoneNumber,
  phoneCalls,
  phoneCampaigns,
  phoneNumbers,
} from "./schema.js";

/**
 * The scheduler's claims: per running campaign, inside its calling window, the due numbers up
 * to the free places under the concurrency cap — claimed in one transaction that locks the
 * campaign's row (two server processes take turns, so the cap holds across them) and takes the
 * numbers with FOR UPDATE SKIP LOCKED and a conditional UPDATE. Each claim adds one attempt row
 * (unique per number and attempt): an attempt is never placed twice.
 */

export interface Claimed {
  campaign: PhoneCampaign;
  number: PhoneNumber;
  call: PhoneCall;
}

export async function claimDueCalls(
  db: Db,
  options: { now: Date; campaignId?: string },
): Promise<Claimed[]> {
  const running = await db
    .select()
    .from(phoneCampaigns)
    .where(
      and(
        eq(phoneCampaigns.status, "running"),
        options.campaignId ? eq(phoneCampaigns.id, options.campaignId) : undefined,
      ),
    );
  const claimed: Claimed[] = [];
  for (const campaign of running) {
    if (!mayCallNow(options.now, campaign.window)) continue;
    claimed.push(...(await claimForCampaign(db, campaign, options.now)));
  }
  return claimed;
}

async function claimForCampaign(db: Db, campaign: PhoneCampaign, now: Date): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: phoneCampaigns.status })
      .from(phoneCampaigns)
      .where(eq(phoneCampaigns.id, campaign.id))
      .for("update");
    if (locked?.status !== "running") return [];
    const [flight] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(phoneCalls)
      .where(and(eq(phoneCalls.campaignId, campaign.id), ne(phoneCalls.status, "ended")));
    const free = campaign.maxConcurrent - (flight?.n ?? 0);
    if (free <= 0) return [];
    // Two statements on purpose: an IN (subquery … LIMIT … FOR UPDATE SKIP LOCKED) inside the
    // UPDATE may be evaluated more than once and update more rows than the limit.
    const due = await tx
      .select({ id: phoneNumbers.id })
      .from(phoneNumbers)
      .where(
        and(
          eq(phoneNumbers.campaignId, campaign.id),
          eq(phoneNumbers.status, "waiting"),
          sql`${phoneNumbers.nextAttemptAt} <= ${now.toISOString()}`,
          // With the SMS notice, a number is called only after its notice (notice.ts).
          campaign.smsNotice ? isNotNull(phoneNumbers.noticeSentAt) : undefined,
        ),
      )
      .orderBy(phoneNumbers.nextAttemptAt, phoneNumbers.id)
      .limit(free)
      .for("update", { skipLocked: true });
    if (due.length === 0) {
      await finishWhenDone(tx, campaign);
      return [];
    }
    const numbers = await tx
      .update(phoneNumbers)
      .set({ status: "in_call", attempts: sql`${phoneNumbers.attempts} + 1` })
      .where(
        and(
          inArray(
            phoneNumbers.id,
            due.map((d) => d.id),
          ),
          eq(phoneNumbers.status, "waiting"),
        ),
      )
      .returning();
    if (numbers.length === 0) return [];
    const calls = await tx
      .insert(phoneCalls)
      .values(
        numbers.map((n) => ({
          organizationId: campaign.organizationId,
          campaignId: campaign.id,
          numberId: n.id,
          attempt: n.attempts,
          state: startCall(),
          startedAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    const byNumber = new Map(calls.map((c) => [c.numberId, c]));
    return numbers.map((number) => ({ campaign, number, call: byNumber.get(number.id)! }));
  });
}

/** A running campaign with no number waiting or in a call is finished (audited). */
async function finishWhenDone(tx: Db, campaign: PhoneCampaign): Promise<void> {
  const [open] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(phoneNumbers)
    .where(
      and(
        eq(phoneNumbers.campaignId, campaign.id),
        inArray(phoneNumbers.status, ["waiting", "in_call"]),
      ),
    );
  if ((open?.n ?? 0) > 0) return;
  await tx
    .update(phoneCampaigns)
    .set({ status: "finished", updatedAt: new Date() })
    .where(eq(phoneCampaigns.id, campaign.id));
  await recordAudit(tx, {
    organizationId: campaign.organizationId,
    actor: { label: "phone scheduler" },
    action: "phone.status_changed",
    targetType: "phone_campaign",
    targetId: campaign.id,
    detail: { from: "running", to: "finished", reason: "every number done" },
  });
}

/** Whether the number is on the organization's suppression list (phone or SMS). */
export async function suppressed(db: Db, organizationId: string, number: string): Promise<boolean> {
  for (const channel of ["phone", "sms"] as const) {
    if (await isSuppressed(db, { organizationId, channel, address: number })) return true;
  }
  return false;
}

/** Closes a claimed attempt that was not placed (suppressed, or the provider refused it). */
export async function closeUnplaced(
  db: Db,
  claimed: Claimed,
  outcome: "suppressed" | "provider_error",
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const [call] = await tx
      .select()
      .from(phoneCalls)
      .where(eq(phoneCalls.id, claimed.call.id))
      .for("update");
    if (!call || call.status === "ended") return;
    await closeCall(tx, { now }, { ...claimed, call }, outcome);
  });
}

/**
 * After a crash (or a provider that never called back): attempts still placing, ringing or in a
 * call past the timeout are closed as timed out — their answers so far kept, the number due
 * again under the NEXT attempt number, never the same one.
 */
export async function closeStuckCalls(
  db: Db,
  deps: Parameters<typeof endCall>[1],
  options: { now: Date; timeoutMinutes: number },
): Promise<number> {
  const before = new Date(options.now.getTime() - options.timeoutMinutes * 60_000);
  const placingBefore = new Date(
    options.now.getTime() - Math.min(2, options.timeoutMinutes) * 60_000,
  );
  const stuck = await db
    .select({ id: phoneCalls.id })
    .from(phoneCalls)
    .where(
      or(
        and(eq(phoneCalls.status, "placing"), lt(phoneCalls.updatedAt, placingBefore)),
        and(inArray(phoneCalls.status, ["ringing", "in_call"]), lt(phoneCalls.updatedAt, before)),
      ),
    )
    .limit(1000);
  for (const { id } of stuck)
    await endCall(db, deps, { callId: id, key: `timeout:${id}`, outcome: "timed_out" });
  return stuck.length;
}

/** The provider took the call: its id, and "ringing" unless a callback moved it on already. */
export async function markPlaced(db: Db, callId: string, providerCallId: string): Promise<void> {
  await db
    .update(phoneCalls)
    .set({ providerCallId, status: "ringing", updatedAt: new Date() })
    .where(and(eq(phoneCalls.id, callId), eq(phoneCalls.status, "placing")));
}
