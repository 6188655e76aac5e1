import { and, arrayOverlaps, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import type { Language } from "../../organizations/index.js";
import { conversations, type StatementFlag, type StatementStatus, statements } from "../schema.js";
import { type Conversation, conversationState, nextTid } from "../service.js";
import { fingerprint, NEAR_DUPLICATE, screenStatement, similarity } from "./screening.js";

export type Statement = typeof statements.$inferSelect;

export interface SubmitStatementOptions {
  conversation: Conversation;
  pid: number;
  text: string;
  /** The resident's language (their page's language), one of the organization's. */
  language: Language;
  /** At most this many statements may wait for moderation; a new one beyond is refused. */
  pendingLimit?: number | undefined;
}

/**
 * A resident's statement. Refused when empty, too long, or a duplicate or near-duplicate of an
 * existing statement. Shown at once only in post-moderation and when nothing was flagged.
 */
export async function submitStatement(db: Db, options: SubmitStatementOptions): Promise<Statement> {
  const { conversation } = options;
  if (conversationState(conversation) !== "open") {
    throw new AppError("conversation.closed", "The conversation is not open for new statements.");
  }
  if (!conversation.allowStatements) {
    throw new AppError(
      "statement.not_allowed",
      "This conversation does not take statements from participants.",
    );
  }
  const text = options.text.trim().replace(/\s+/g, " ");
  if (text.length === 0) {
    throw new AppError("validation.failed", "The statement is empty.", {
      errors: [{ path: "body.text", message: "must not be empty", code: "required" }],
    });
  }
  if (text.length > conversation.statementMaxLength) {
    throw new AppError(
      "validation.failed",
      `The statement is ${text.length} characters; at most ${conversation.statementMaxLength} fit.`,
      {
        errors: [
          {
            path: "body.text",
            message: `must be at most ${conversation.statementMaxLength} characters`,
            code: "too_long",
            params: { max: conversation.statementMaxLength },
          },
        ],
      },
    );
  }
  const screened = screenStatement(text);
  const print = fingerprint(screened.text);
  return db.transaction(async (tx) => {
    // nextTid locks the conversation: the pending count below cannot race with another writer.
    const tid = await nextTid(tx, conversation.id);
    const existing = await tx
      .select({
        tid: statements.tid,
        fingerprint: statements.fingerprint,
        status: statements.status,
        authorPid: statements.authorPid,
      })
      .from(statements)
      .where(eq(statements.conversationId, conversation.id));
    const pending = existing.filter((s) => s.status === "pending").length;
    if (options.pendingLimit !== undefined && pending >= options.pendingLimit) {
      throw new AppError(
        "statement.queue_full",
        `${pending} statements are waiting for moderation in this conversation; new ones are taken again once the moderators have caught up.`,
        { headers: { "retry-after": "600" } },
      );
    }
    for (const other of existing) {
      if (other.status === "rejected") continue;
      const same = other.fingerprint === print;
      if (
        other.status === "pending" &&
        (same || similarity(other.fingerprint, print) >= NEAR_DUPLICATE)
      ) {
        // Nothing to vote on yet: say that it waits for moderation, not "vote on it".
        if (other.authorPid === options.pid) {
          throw new AppError(
            "statement.yours_pending",
            "You have already written this statement; it is waiting for moderation.",
          );
        }
        throw new AppError(
          "statement.pending_duplicate",
          "The same or a very similar statement is already waiting for moderation.",
        );
      }
      if (same) {
        throw new AppError(
          "statement.duplicate",
          "The same statement is already in the conversation.",
        );
      }
      if (similarity(other.fingerprint, print) >= NEAR_DUPLICATE) {
        throw new AppError(
          "statement.near_duplicate",
          "A very similar statement is already in the conversation: vote on it instead.",
        );
      }
    }
    const visibleAtOnce = conversation.moderationMode === "post" && screened.flags.length === 0;
    const [created] = await tx
      .insert(statements)
      .values({
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        tid,
        text: screened.text,
        fingerprint: print,
        authorPid: options.pid,
        language: options.language,
        status: visibleAtOnce ? "approved" : "pending",
        flags: screened.flags,
      })
      .returning();
    return created!;
  });
}

export interface ListStatementsOptions {
  conversationId: string;
  status?: StatementStatus | undefined;
  flagged?: boolean | undefined;
  flag?: StatementFlag | undefined;
  /** Approved statements only, whatever the status asked (visibility.ts). */
  approvedOnly?: boolean | undefined;
}

export async function listStatements(db: Db, options: ListStatementsOptions): Promise<Statement[]> {
  const filters: (SQL | undefined)[] = [eq(statements.conversationId, options.conversationId)];
  if (options.approvedOnly) {
    if (options.status && options.status !== "approved") return [];
    filters.push(eq(statements.status, "approved"));
  } else if (options.status) filters.push(eq(statements.status, options.status));
  if (options.flag) filters.push(arrayOverlaps(statements.flags, [options.flag]));
  const rows = await db
    .select()
    .from(statements)
    .where(and(...filters))
    .orderBy(asc(statements.tid));
  return options.flagged === undefined
    ? rows
    : rows.filter((s) => s.flags.length > 0 === options.flagged);
}

export const MODERATION_ACTIONS = ["approve", "reject", "meta", "unmeta"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

const AUDIT_ACTION: Record<ModerationAction, string> = {
  approve: "statement.approved",
  reject: "statement.rejected",
  meta: "statement.marked_meta",
  unmeta: "statement.meta_removed",
};

export interface ModerateOptions {
  conversation: Conversation;
  tids: number[];
  action: ModerationAction;
  reason?: string | undefined;
  actor: Actor;
}

/** Approve, reject (with a reason) or mark as meta, one statement or many, in one transaction. */
export async function moderate(db: Db, options: ModerateOptions): Promise<Statement[]> {
  if (options.action === "reject" && !options.reason?.trim()) {
    throw new AppError("validation.failed", "Say why the statement is rejected.", {
      errors: [{ path: "body.reason", message: "is required when rejecting" }],
    });
  }
  const tids = [...new Set(options.tids)];
  return db.transaction(async (tx) => {
    const found = await tx
      .select()
      .from(statements)
      .where(
        and(eq(statements.conversationId, options.conversation.id), inArray(statements.tid, tids)),
      );
    const missing = tids.filter((tid) => !found.some((s) => s.tid === tid));
    if (missing.length > 0)
      throw new AppError("not_found", `No statements ${missing.join(", ")} in this conversation.`);
    const change =
      options.action === "approve"
        ? { status: "approved" as const, rejectReason: null }
        : options.action === "reject"
          ? { status: "rejected" as const, rejectReason: options.reason!.trim() }
          : { isMeta: options.action === "meta" };
    const updated = await tx
      .update(statements)
      .set({ ...change, moderatedAt: new Date() })
      .where(
        and(eq(statements.conversationId, options.conversation.id), inArray(statements.tid, tids)),
      )
      .returning();
    await tx
      .update(conversations)
      .set({ mathDirtyAt: new Date() })
      .where(eq(conversations.id, options.conversation.id));
    for (const s of updated) {
      await recordAudit(tx, {
        organizationId: options.conversation.organizationId,
        actor: options.actor,
        action: AUDIT_ACTION[options.action],
        targetType: "statement",
        targetId: `${options.conversation.id}/${s.tid}`,
        detail: options.action === "reject" ? { reason: options.reason!.trim() } : {},
      });
    }
    return updated.sort((a, b) => a.tid - b.tid);
  });
}

/** Corrects an obvious typo; the text as written is kept in originalText. */
export async function editStatement(
  db: Db,
  options: { conversation: Conversation; tid: number; text: string; actor: Actor },
): Promise<Statement> {
  const text = options.text.trim().replace(/\s+/g, " ");
  if (!text) {
    throw new AppError("validation.failed", "The statement is empty.", {
      errors: [{ path: "body.text", message: "must not be empty", code: "required" }],
    });
  }
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(statements)
      .where(
        and(
          eq(statements.conversationId, options.conversation.id),
          eq(statements.tid, options.tid),
        ),
      )
      .for("update");
    if (!current)
      throw new AppError("not_found", `No statement ${options.tid} in this conversation.`);
    const screened = screenStatement(text);
    const [updated] = await tx
      .update(statements)
      .set({
        text: screened.text,
        originalText: current.originalText ?? current.text,
        fingerprint: fingerprint(screened.text),
        flags: [...new Set([...current.flags, ...screened.flags])],
      })
      .where(eq(statements.id, current.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.conversation.organizationId,
      actor: options.actor,
      action: "statement.edited",
      targetType: "statement",
      targetId: `${options.conversation.id}/${options.tid}`,
      detail: { before: current.text, after: screened.text },
    });
    return updated!;
  });
}
