import { randomUUID } from "node:crypto";
import { redact, redactIdentityCodes } from "@kuulo/text";
import { and, asc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { juryNotice, notifyJury } from "./live.js";
import {
  type Jury,
  type JuryMember,
  type JuryPost,
  juryMembers,
  juryPosts,
  juryReactions,
  type PostStatus,
  REACTIONS,
  type Reaction,
} from "./schema.js";

/**
 * The shared screening (`@kuulo/text` redact): an identity code is removed from the stored text;
 * an identity code, phone number or email address holds the post for a facilitator whatever the
 * moderation mode.
 */
export function screenPost(input: string): { text: string; flags: string[] } {
  const { counts } = redact(input);
  const flags = (["hetu", "phone", "email"] as const).filter((k) => counts[k] > 0);
  return { text: redactIdentityCodes(input).text, flags };
}

/** Who writes: a juror (by their session) or a facilitator (staff). */
export type Author = { member: JuryMember } | { userId: string };

/**
 * A post or a reply in the current phase. A juror's post waits for approval in pre-moderation,
 * and whenever screening flagged it; otherwise (and a facilitator's) it is visible at once.
 * Members hear of it live once visible.
 */
export async function submitPost(
  db: Db,
  options: { jury: Jury; author: Author; body: string; parentId: string | null; summary?: boolean },
): Promise<JuryPost> {
  const { jury, author } = options;
  if (jury.status !== "running")
    throw new AppError("conflict", "The jury's discussion is not open.");
  const juror = "member" in author ? author.member : undefined;
  if (juror && juror.kind !== "juror")
    throw new AppError("auth.forbidden", "Experts answer in their hearing.");
  const screened = screenPost(options.body);
  const status: PostStatus =
    juror && (jury.moderation === "pre" || screened.flags.length > 0) ? "pending" : "visible";
  // A juror's post is one statement (insert and its live hint together, no transaction around
  // them): the fewer round trips, the sooner 200 members hear of it. A facilitator's post is
  // audited in the same transaction.
  const write = async (q: Db): Promise<JuryPost> => {
    if (options.parentId) {
      const [parent] = await q
        .select({ status: juryPosts.status })
        .from(juryPosts)
        .where(and(eq(juryPosts.id, options.parentId), eq(juryPosts.juryId, jury.id)));
      if (parent?.status !== "visible")
        throw new AppError("validation.failed", "body.parentId: no such post to reply to", {
          errors: [{ path: "body.parentId", message: "no such post to reply to", code: "invalid" }],
        });
    }
    const id = randomUUID();
    const saved = q.$with("saved").as(
      q
        .insert(juryPosts)
        .values({
          id,
          organizationId: jury.organizationId,
          juryId: jury.id,
          phase: jury.phase,
          parentId: options.parentId,
          authorMemberId: juror?.id ?? null,
          authorUserId: "userId" in author ? author.userId : null,
          summary: options.summary ?? false,
          body: screened.text,
          flags: screened.flags,
          status,
        })
        .returning(),
    );
    const columns = Object.fromEntries(
      Object.keys(getTableColumns(juryPosts)).map((k) => [k, saved[k as keyof JuryPost]]),
    ) as { [K in keyof JuryPost]: (typeof saved)[K] };
    const [row] = await q
      .with(saved)
      .select({
        ...columns,
        hint:
          status === "visible"
            ? sql`${juryNotice(jury.id, { type: "post", postId: id, at: Date.now() })}`.as("hint")
            : sql`null`.as("hint"),
      })
      .from(saved);
    const { hint: _, ...post } = row!;
    if (!juror)
      await recordAudit(q, {
        organizationId: jury.organizationId,
        actor: { userId: (author as { userId: string }).userId },
        action: options.summary ? "juries.summary_written" : "juries.facilitator_posted",
        targetType: "jury_post",
        targetId: post.id,
      });
    return post;
  };
  return juror ? write(db) : db.transaction(write);
}

/**
 * The discussion as one reader sees it: a member sees visible posts and their own waiting ones;
 * a facilitator (`all`) sees every post with its flags and reasons.
 */
export async function threadOf(
  db: Db,
  options: { jury: Jury; reader?: JuryMember; all?: boolean },
) {
  const { jury, reader } = options;
  const seen = options.all
    ? undefined
    : reader
      ? or(
          eq(juryPosts.status, "visible"),
          and(eq(juryPosts.status, "pending"), eq(juryPosts.authorMemberId, reader.id)),
        )
      : eq(juryPosts.status, "visible");
  const posts = await db
    .select({ post: juryPosts, author: juryMembers.label })
    .from(juryPosts)
    .leftJoin(juryMembers, eq(juryMembers.id, juryPosts.authorMemberId))
    .where(
      and(eq(juryPosts.juryId, jury.id), eq(juryPosts.organizationId, jury.organizationId), seen),
    )
    .orderBy(asc(juryPosts.createdAt), asc(juryPosts.id));
  const ids = posts.map((p) => p.post.id);
  const reactions = ids.length
    ? await db.select().from(juryReactions).where(inArray(juryReactions.postId, ids))
    : [];
  return posts.map(({ post, author }) => ({
    ...post,
    author: author ?? "Fasilitaattori",
    mine: reader ? post.authorMemberId === reader.id : false,
    reactions: Object.fromEntries(
      REACTIONS.map((kind) => [
        kind,
        reactions.filter((r) => r.postId === post.id && r.kind === kind).length,
      ]),
    ) as Record<Reaction, number>,
    myReactions: reader
      ? reactions.filter((r) => r.postId === post.id && r.memberId === reader.id).map((r) => r.kind)
      : [],
  }));
}

/** A post just written, as its author sees it (no reactions yet), without reading the thread. */
export function freshPost(post: JuryPost, author: string) {
  return {
    ...post,
    author,
    mine: true,
    reactions: Object.fromEntries(REACTIONS.map((kind) => [kind, 0])) as Record<Reaction, number>,
    myReactions: [] as Reaction[],
  };
}

/** A juror's reaction, on or off; one per juror per kind. Members hear of it live. */
export async function react(
  db: Db,
  options: { jury: Jury; member: JuryMember; postId: string; kind: Reaction; on: boolean },
) {
  const { jury, member } = options;
  if (member.kind !== "juror") throw new AppError("auth.forbidden", "Only jurors react to posts.");
  return db.transaction(async (tx) => {
    const [post] = await tx
      .select()
      .from(juryPosts)
      .where(
        and(
          eq(juryPosts.id, options.postId),
          eq(juryPosts.juryId, jury.id),
          eq(juryPosts.status, "visible"),
        ),
      );
    if (!post) throw new AppError("not_found", "No such post.");
    if (options.on)
      await tx
        .insert(juryReactions)
        .values({
          organizationId: jury.organizationId,
          postId: post.id,
          memberId: member.id,
          kind: options.kind,
        })
        .onConflictDoNothing();
    else
      await tx
        .delete(juryReactions)
        .where(
          and(
            eq(juryReactions.postId, post.id),
            eq(juryReactions.memberId, member.id),
            eq(juryReactions.kind, options.kind),
          ),
        );
    await notifyJury(tx, jury.id, { type: "reaction", postId: post.id, at: Date.now() });
  });
}

/**
 * A facilitator approves a waiting post, hides a post (a reason required), or pins / unpins
 * one. Audited juries.post_moderated with the action and reason.
 */
export async function moderatePost(
  db: Db,
  options: {
    jury: Jury;
    postId: string;
    action: "approve" | "hide" | "pin" | "unpin";
    reason: string;
    userId: string;
  },
): Promise<JuryPost> {
  const { jury } = options;
  if (options.action === "hide" && !options.reason)
    throw new AppError("validation.failed", "body.reason: give the reason for hiding", {
      errors: [{ path: "body.reason", message: "give the reason for hiding", code: "required" }],
    });
  return db.transaction(async (tx) => {
    const [post] = await tx
      .select()
      .from(juryPosts)
      .where(
        and(
          eq(juryPosts.id, options.postId),
          eq(juryPosts.juryId, jury.id),
          eq(juryPosts.organizationId, jury.organizationId),
        ),
      );
    if (!post) throw new AppError("not_found", "No such post.");
    const change =
      options.action === "approve"
        ? { status: "visible" as const }
        : options.action === "hide"
          ? { status: "hidden" as const, pinned: false }
          : { pinned: options.action === "pin" };
    if (options.action.endsWith("pin") && post.status !== "visible")
      throw new AppError("conflict", "Only a visible post can be pinned.");
    const [saved] = await tx
      .update(juryPosts)
      .set({
        ...change,
        moderationReason: options.reason,
        moderatedAt: new Date(),
        moderatedBy: options.userId,
      })
      .where(eq(juryPosts.id, post.id))
      .returning();
    const actor: Actor = { userId: options.userId };
    await recordAudit(tx, {
      organizationId: jury.organizationId,
      actor,
      action: "juries.post_moderated",
      targetType: "jury_post",
      targetId: post.id,
      detail: { action: options.action, reason: options.reason },
    });
    await notifyJury(tx, jury.id, { type: "post", postId: post.id, at: Date.now() });
    return saved!;
  });
}
