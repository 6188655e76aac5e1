import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { instanceSecret } from "../../../db/secrets.js";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { hashToken } from "../../identity/index.js";
import { participants } from "../schema.js";

/**
 * Residents take part without an account. Their browser holds a random key, signed by the
 * server (`<key>.<signature>`), in the `kuulo_resident` cookie — or, inside an embedding iframe
 * where third-party cookies are blocked, in storage sent as the `x-kuulo-resident` header.
 * Only a hash of the key is stored: nothing identifies the resident to staff.
 */

export const RESIDENT_COOKIE = "kuulo_resident";
export const RESIDENT_HEADER = "x-kuulo-resident";
const SECRET_NAME = "resident-keys";

function sign(secret: string, key: string): string {
  return createHmac("sha256", secret).update(`resident:${key}`).digest("base64url").slice(0, 22);
}

export async function newResidentToken(db: Db): Promise<string> {
  const key = randomBytes(18).toString("base64url");
  return `${key}.${sign(await instanceSecret(db, SECRET_NAME), key)}`;
}

/** The key inside a signed token, or undefined for a missing or forged token. */
export async function verifyResidentToken(
  db: Db,
  token: string | undefined,
): Promise<string | undefined> {
  if (!token || token.length > 100) return undefined;
  const dot = token.indexOf(".");
  if (dot <= 0) return undefined;
  const key = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(await instanceSecret(db, SECRET_NAME), key));
  return given.length === expected.length && timingSafeEqual(given, expected) ? key : undefined;
}

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
      })
      .returning();
    return created!;
  });
}
