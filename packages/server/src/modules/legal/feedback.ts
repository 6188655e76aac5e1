import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import { type Actor, recordAudit, recordRead } from "../audit/index.js";
import { staffUsers } from "../identity/index.js";
import type { Language, Organization } from "../organizations/index.js";
import { queueFeedbackNotice } from "./notify.js";
import { accessibilityFeedback } from "./schema.js";
import { helsinkiDay } from "./service.js";

/** The Act on the Provision of Digital Services (306/2019) gives the organization 14 days. */
export const ANSWER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Feedback from one address to one organization: at most this many per hour. */
export const FEEDBACK_PER_HOUR = 5;

export function dueDate(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + ANSWER_DAYS * DAY_MS);
}

export function isOverdue(item: { receivedAt: Date; answeredAt: Date | null }, now: Date): boolean {
  return item.answeredAt === null && dueDate(item.receivedAt) < now;
}

export interface FeedbackInput {
  message: string;
  concerns?: string | undefined;
  email?: string | undefined;
  language: Language;
}

/** Stores a resident's feedback, at most FEEDBACK_PER_HOUR an hour from one address. */
export async function submitFeedback(
  db: Db,
  options: {
    organization: Organization;
    input: FeedbackInput;
    clientAddress: string;
    publicUrl: string;
  },
): Promise<{ receivedAt: Date; dueAt: Date }> {
  const { organization, input } = options;
  await enforceRateLimit(db, {
    key: `accessibility-feedback:${organization.id}:${options.clientAddress}`,
    limit: FEEDBACK_PER_HOUR,
    windowSeconds: 3600,
  });
  // The feedback and the mail to the staff who answer it: both or neither.
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accessibilityFeedback)
      .values({
        organizationId: organization.id,
        message: input.message,
        concerns: input.concerns || null,
        email: input.email || null,
        language: input.language,
      })
      .returning({ receivedAt: accessibilityFeedback.receivedAt });
    const receivedAt = row!.receivedAt;
    const dueAt = dueDate(receivedAt);
    await queueFeedbackNotice(tx, {
      organization,
      dueDay: helsinkiDay(dueAt),
      publicUrl: options.publicUrl,
    });
    return { receivedAt, dueAt };
  });
}

export interface FeedbackItem {
  id: string;
  receivedAt: Date;
  dueAt: Date;
  message: string;
  concerns: string | null;
  email: string | null;
  language: string;
  answeredAt: Date | null;
  answeredBy: string | null;
  answerNote: string | null;
  overdue: boolean;
}

/**
 * The organization's feedback, newest first, with counts. The list holds residents' email
 * addresses: reading it is recorded (accessibility.feedback_read).
 */
export async function listFeedback(
  db: Db,
  options: { organizationId: string; userId: string; now?: Date; limit: number },
): Promise<{ items: FeedbackItem[]; open: number; overdue: number }> {
  const now = options.now ?? new Date();
  const rows = await db
    .select({ item: accessibilityFeedback, answeredBy: staffUsers.email })
    .from(accessibilityFeedback)
    .leftJoin(staffUsers, eq(staffUsers.id, accessibilityFeedback.answeredBy))
    .where(eq(accessibilityFeedback.organizationId, options.organizationId))
    .orderBy(desc(accessibilityFeedback.receivedAt))
    .limit(options.limit);
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.userId,
    action: "accessibility.feedback_read",
    targetType: "accessibility_feedback",
  });
  const counts = await feedbackCounts(db, { organizationId: options.organizationId, now });
  return {
    items: rows.map(({ item, answeredBy }) => ({
      id: item.id,
      receivedAt: item.receivedAt,
      dueAt: dueDate(item.receivedAt),
      message: item.message,
      concerns: item.concerns,
      email: item.email,
      language: item.language,
      answeredAt: item.answeredAt,
      answeredBy,
      answerNote: item.answerNote,
      overdue: isOverdue(item, now),
    })),
    ...counts,
  };
}

/** How many items are open and how many of those are past their due date (no personal data). */
export async function feedbackCounts(
  db: Db,
  options: { organizationId: string; now?: Date },
): Promise<{ open: number; overdue: number }> {
  const now = options.now ?? new Date();
  const dueBefore = new Date(now.getTime() - ANSWER_DAYS * DAY_MS);
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${lt(accessibilityFeedback.receivedAt, dueBefore)})::int`,
    })
    .from(accessibilityFeedback)
    .where(
      and(
        eq(accessibilityFeedback.organizationId, options.organizationId),
        isNull(accessibilityFeedback.answeredAt),
      ),
    );
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** Marks an item answered (again: the note and date change). Audit: accessibility.feedback_answered. */
export async function answerFeedback(
  db: Db,
  options: { organizationId: string; id: string; note: string; actor: Actor },
): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(accessibilityFeedback)
      .set({
        answeredAt: new Date(),
        answeredBy: "userId" in options.actor ? options.actor.userId : null,
        answerNote: options.note || null,
      })
      .where(
        and(
          eq(accessibilityFeedback.organizationId, options.organizationId),
          eq(accessibilityFeedback.id, options.id),
        ),
      )
      .returning({ id: accessibilityFeedback.id });
    if (updated.length === 0) throw new AppError("not_found", "No such feedback.");
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "accessibility.feedback_answered",
      targetType: "accessibility_feedback",
      targetId: options.id,
    });
  });
}
