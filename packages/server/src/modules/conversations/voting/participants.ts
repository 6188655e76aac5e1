import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { hashToken } from "../../identity/index.js";
import { type Channel, participants } from "../schema.js";

/**
 * A resident's participant record in one conversation: found by the hash of their resident key
 * (resident-key.ts), made on their first act, numbered (pid) in order within the conversation.
 */

export type Participant = typeof participants.$inferSelect;

export async function findParticipant(
  db: Db,
  options: { conversationId: string; residentKey: string },
): Promise<Participant | undefined> {
  const [row] = await db
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.conversationId, options.conversationId),
        eq(participants.residentKeyHash, hashToken(options.residentKey)),
      ),
    );
  return row;
}

/**
 * The resident's participant record in a conversation, created on their first act. A segment
 * from an invitation link is kept from the first visit that had one.
 */
export async function ensureParticipant(
  db: Db,
  options: {
    organizationId: string;
    conversationId: string;
    residentKey: string;
    segmentId: string | null;
    /** Keyed hash of a verified xid from an embedding site (embed.ts), if any. */
    xidHash: string | null;
    /** How the participant came ("web" when left out), and the kiosk session for "event". */
    channel?: Channel | undefined;
    kioskSessionId?: string | null | undefined;
    /** Refuses a new participant beyond this rate (e.g. per client address). */
    newParticipantLimit?: { key: string; limit: number; windowSeconds: number } | undefined;
  },
): Promise<Participant> {
  const existing = await findParticipant(db, options);
  if (existing) {
    if (!existing.segmentId && options.segmentId) {
      const [updated] = await db
        .update(participants)
        .set({ segmentId: options.segmentId })
        .where(eq(participants.id, existing.id))
        .returning();
      return updated!;
    }
    return existing;
  }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`participants:${options.conversationId}`}))`,
    );
    const again = await findParticipant(tx, options);
    if (again) return again;
    if (options.xidHash) {
      // The same person coming back through the host site with a new browser: same participant.
      const [byXid] = await tx
        .select()
        .from(participants)
        .where(
          and(
            eq(participants.conversationId, options.conversationId),
            eq(participants.xidHash, options.xidHash),
          ),
        );
      if (byXid) return byXid;
    }
    // Counted only when a participant is made; a refusal rolls its own count back.
    if (options.newParticipantLimit) await enforceRateLimit(tx, options.newParticipantLimit);
    const [max] = await tx
      .select({ pid: sql<number | null>`max(${participants.pid})` })
      .from(participants)
      .where(eq(participants.conversationId, options.conversationId));
    const pid = max?.pid === null || max?.pid === undefined ? 0 : Number(max.pid) + 1;
    const [created] = await tx
      .insert(participants)
      .values({
        organizationId: options.organizationId,
        conversationId: options.conversationId,
        pid,
        residentKeyHash: hashToken(options.residentKey),
        xidHash: options.xidHash,
        segmentId: options.segmentId,
        channel: options.channel ?? "web",
        kioskSessionId: options.kioskSessionId ?? null,
      })
      .returning();
    return created!;
  });
}
