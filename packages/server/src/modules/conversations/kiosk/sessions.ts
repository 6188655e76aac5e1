import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { hashToken } from "../../identity/index.js";
import { kioskSessions } from "../schema.js";
import type { Conversation } from "../service.js";

/**
 * Kiosk sessions: staff open a conversation on a tablet at an event or service point, and
 * residents take part one after another, each a new participant with channel "event" and the
 * session's event name. The tablet holds only the session's random token (in the kiosk URL);
 * the token works while the session is open (until it expires or staff end it) and only for
 * its own conversation.
 */

export type KioskSession = typeof kioskSessions.$inferSelect;

export const KIOSK_TIME_ZONE = "Europe/Helsinki";
export const EVENT_NAME_MAX_LENGTH = 120;
/** A kiosk session lasts at most this long. */
export const KIOSK_MAX_HOURS = 14 * 24;

/** Offset of a time zone from UTC at an instant, in milliseconds. */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const local = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/** The last second (23:59:59) of the day of `now` in Finland. */
export function endOfDay(now: Date, timeZone = KIOSK_TIME_ZONE): Date {
  const offset = zoneOffset(now, timeZone);
  const local = new Date(now.getTime() + offset);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 59);
  // The offset at the end of the day (a daylight-saving change may fall in between).
  return new Date(end - zoneOffset(new Date(end - offset), timeZone));
}

const field = (path: string, message: string, code: "required" | "invalid" | "too_long") =>
  new AppError("validation.failed", `${path}: ${message}`, {
    errors: [{ path, message, code }],
  });

/** Starts a kiosk session; the token is returned once and only its hash is kept. */
export async function startKioskSession(
  db: Db,
  options: {
    conversation: Conversation;
    eventName: string;
    expiresAt?: Date | undefined;
    startedBy: string;
    now?: Date;
  },
): Promise<{ session: KioskSession; token: string }> {
  const { conversation } = options;
  const now = options.now ?? new Date();
  const eventName = options.eventName.trim();
  if (!eventName) throw field("body.eventName", "the event's name is required", "required");
  if (eventName.length > EVENT_NAME_MAX_LENGTH)
    throw field("body.eventName", `at most ${EVENT_NAME_MAX_LENGTH} characters`, "too_long");
  const expiresAt = options.expiresAt ?? endOfDay(now);
  if (expiresAt <= now) throw field("body.expiresAt", "must be in the future", "invalid");
  if (expiresAt.getTime() - now.getTime() > KIOSK_MAX_HOURS * 3600_000)
    throw field("body.expiresAt", `at most ${KIOSK_MAX_HOURS / 24} days ahead`, "invalid");
  const token = randomBytes(24).toString("base64url");
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(kioskSessions)
      .values({
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        eventName,
        tokenHash: hashToken(token),
        startedBy: options.startedBy,
        startedAt: now,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: conversation.organizationId,
      actor: { userId: options.startedBy },
      action: "conversation.kiosk_started",
      targetType: "conversation",
      targetId: conversation.id,
      detail: { kioskSessionId: session!.id, eventName, expiresAt: expiresAt.toISOString() },
    });
    return { session: session!, token };
  });
}

/** Ends a kiosk session at once: its tablet can no longer take part. Ending twice is harmless. */
export async function endKioskSession(
  db: Db,
  options: { conversation: Conversation; sessionId: string; userId: string },
): Promise<KioskSession> {
  const { conversation } = options;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(kioskSessions)
      .where(
        and(
          eq(kioskSessions.id, options.sessionId),
          eq(kioskSessions.conversationId, conversation.id),
          eq(kioskSessions.organizationId, conversation.organizationId),
        ),
      )
      .for("update");
    if (!existing) throw new AppError("not_found", "No such kiosk session in this conversation.");
    if (existing.endedAt) return existing;
    const [ended] = await tx
      .update(kioskSessions)
      .set({ endedAt: new Date(), endedBy: options.userId })
      .where(eq(kioskSessions.id, existing.id))
      .returning();
    await recordAudit(tx, {
      organizationId: conversation.organizationId,
      actor: { userId: options.userId },
      action: "conversation.kiosk_ended",
      targetType: "conversation",
      targetId: conversation.id,
      detail: { kioskSessionId: existing.id, eventName: existing.eventName },
    });
    return ended!;
  });
}

/** A conversation's kiosk sessions, newest first (the latest 50, unless all). */
export function listKioskSessions(
  db: Db,
  conversation: Conversation,
  options: { all?: boolean } = {},
): Promise<KioskSession[]> {
  const query = db
    .select()
    .from(kioskSessions)
    .where(
      and(
        eq(kioskSessions.conversationId, conversation.id),
        eq(kioskSessions.organizationId, conversation.organizationId),
      ),
    )
    .orderBy(desc(kioskSessions.startedAt));
  return options.all ? query : query.limit(50);
}

export function kioskSessionOpen(session: KioskSession, now = new Date()): boolean {
  return !session.endedAt && session.expiresAt > now;
}

/**
 * The open kiosk session behind a token, for this conversation only: kiosk.not_found for an
 * unknown token or another conversation's, kiosk.ended for one ended or expired.
 */
export async function openKioskSession(
  db: Db,
  options: { conversationId: string; token: string; now?: Date },
): Promise<KioskSession> {
  const [session] = await db
    .select()
    .from(kioskSessions)
    .where(eq(kioskSessions.tokenHash, hashToken(options.token)));
  if (!session || session.conversationId !== options.conversationId)
    throw new AppError(
      "kiosk.not_found",
      "The kiosk link is not valid for this conversation: ask the staff for a new one.",
      { errors: [{ path: "body.kiosk", message: "no such kiosk for this conversation" }] },
    );
  if (!kioskSessionOpen(session, options.now))
    throw new AppError("kiosk.ended", "The kiosk session has ended.", {
      errors: [{ path: "body.kiosk", message: "the kiosk session has ended" }],
    });
  return session;
}
