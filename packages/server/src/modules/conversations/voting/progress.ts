import { randomInt } from "node:crypto";
import { and, eq, notInArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { instanceSecret } from "../../../db/secrets.js";
import { AppError } from "../../../errors.js";
import { GENERAL_INVITE, verifyInvitation } from "../links.js";
import { statementPriorities } from "../math/math.js";
import type { Statement } from "../moderation/statements.js";
import { statements, votes } from "../schema.js";
import { type Conversation, LINK_SECRET, segmentsOf } from "../service.js";
import type { VoteChoice } from "./votes.js";

/**
 * What the resident's link said: no token ("none"), a valid one ("valid"), or one that is
 * forged, cut short or names a segment that no longer exists ("invalid").
 */
export type InvitationState = "none" | "valid" | "invalid";

/**
 * Access to a conversation for a resident: public conversations are open to all; an
 * invitation-only one needs a valid signed token. A segment token also places the resident in
 * that segment. An invalid token on an invitation-only conversation looks like no conversation;
 * on a public one the resident takes part under no segment and is told so (`invitation`).
 */
export async function checkAccess(
  db: Db,
  options: { conversation: Conversation; token: string | undefined },
): Promise<{ segmentId: string | null; invitation: InvitationState }> {
  const { conversation } = options;
  let key: string | undefined;
  if (options.token) {
    key = verifyInvitation({
      secret: await instanceSecret(db, LINK_SECRET),
      conversationId: conversation.id,
      token: options.token,
    });
  }
  if (conversation.visibility === "invite" && !key) {
    throw new AppError("not_found", "No such conversation, or the invitation link is not valid.");
  }
  if (!key) return { segmentId: null, invitation: options.token ? "invalid" : "none" };
  if (key === GENERAL_INVITE) return { segmentId: null, invitation: "valid" };
  const segment = (await segmentsOf(db, conversation.id)).find((s) => s.key === key);
  return segment
    ? { segmentId: segment.id, invitation: "valid" }
    : { segmentId: null, invitation: "invalid" };
}

/** A statement's text, its language and its translations: what residents are shown. */
const statementTexts = {
  tid: statements.tid,
  text: statements.text,
  language: statements.language,
  translations: statements.translations,
};
type StatementTexts = Pick<Statement, "tid" | "text" | "language" | "translations">;

export interface Progress {
  voted: number;
  total: number;
}

async function approvedStatements(db: Db, conversationId: string) {
  return db
    .select({ ...statementTexts, isMeta: statements.isMeta })
    .from(statements)
    .where(and(eq(statements.conversationId, conversationId), eq(statements.status, "approved")));
}

export async function progressOf(
  db: Db,
  options: { conversationId: string; pid: number | null },
): Promise<Progress> {
  const approved = await approvedStatements(db, options.conversationId);
  if (options.pid === null) return { voted: 0, total: approved.length };
  const mine = await db
    .select({ tid: votes.tid })
    .from(votes)
    .where(and(eq(votes.conversationId, options.conversationId), eq(votes.pid, options.pid)));
  const approvedTids = new Set(approved.map((s) => s.tid));
  return { voted: mine.filter((v) => approvedTids.has(v.tid)).length, total: approved.length };
}

/**
 * The next statement to show: weighted random among approved statements the participant has
 * not voted on, weighted by the math's priorities (statements the math has not seen yet get the
 * highest weight, as in Polis, so new statements are heard).
 */
export async function nextStatement(
  db: Db,
  options: { conversationId: string; pid: number | null; random?: (max: number) => number },
): Promise<StatementTexts | null> {
  const voted =
    options.pid === null
      ? []
      : (
          await db
            .select({ tid: votes.tid })
            .from(votes)
            .where(
              and(eq(votes.conversationId, options.conversationId), eq(votes.pid, options.pid)),
            )
        ).map((v) => v.tid);
  const candidates = await db
    .select(statementTexts)
    .from(statements)
    .where(
      and(
        eq(statements.conversationId, options.conversationId),
        eq(statements.status, "approved"),
        voted.length > 0 ? notInArray(statements.tid, voted) : undefined,
      ),
    );
  if (candidates.length === 0) return null;
  const priorities = await statementPriorities(db, options.conversationId);
  const top = Math.max(1, ...priorities.values());
  const weights = candidates.map((c) => {
    const p = priorities.get(c.tid);
    return p === undefined || !Number.isFinite(p) || p <= 0 ? top : p;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const scale = 1_000_000;
  const pick = (options.random ?? randomInt)(Math.max(1, Math.floor(total * scale))) / scale;
  let acc = 0;
  for (let i = 0; i < candidates.length; i++) {
    acc += weights[i]!;
    if (pick < acc) return candidates[i]!;
  }
  return candidates[candidates.length - 1]!;
}

export async function statementsWithMyVotes(
  db: Db,
  options: { conversationId: string; pid: number | null },
) {
  const approved = await approvedStatements(db, options.conversationId);
  const mine =
    options.pid === null
      ? new Map<number, number>()
      : new Map(
          (
            await db
              .select({ tid: votes.tid, vote: votes.vote })
              .from(votes)
              .where(
                and(eq(votes.conversationId, options.conversationId), eq(votes.pid, options.pid)),
              )
          ).map((v) => [v.tid, v.vote]),
        );
  const name = (v: number | undefined): VoteChoice | null =>
    v === undefined ? null : v > 0 ? "agree" : v < 0 ? "disagree" : "pass";
  return approved
    .sort((a, b) => a.tid - b.tid)
    .map((s) => ({ ...s, myVote: name(mine.get(s.tid)) }));
}
