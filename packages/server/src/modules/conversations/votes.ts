import { and, eq, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { statements, votes } from "./schema.js";

export const VOTE_VALUES = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteChoice = keyof typeof VOTE_VALUES;

export interface CastVoteOptions {
  organizationId: string;
  conversationId: string;
  pid: number;
  tid: number;
  vote: VoteChoice;
  /** Client-chosen id of this vote; a retry with the same id is stored once. */
  requestId: string;
}

/**
 * Records a vote in one statement (one round trip): the event is appended unless this request
 * was seen already, and the participant's current vote on the statement becomes it. Only
 * approved statements take votes.
 */
export async function castVote(db: Db, options: CastVoteOptions): Promise<{ recorded: boolean }> {
  const value = VOTE_VALUES[options.vote];
  const rows = rowsOf<{ pid: number }>(
    await db.execute(sql`
      with statement as (
        select tid from statements
        where conversation_id = ${options.conversationId} and tid = ${options.tid} and status = 'approved'
      ), event as (
        insert into vote_events (organization_id, conversation_id, pid, tid, vote, request_id)
        select ${options.organizationId}, ${options.conversationId}, ${options.pid}, tid, ${value}, ${options.requestId}
        from statement
        on conflict (conversation_id, pid, request_id) do nothing
        returning pid, tid, vote, created_at
      )
      insert into votes (organization_id, conversation_id, pid, tid, vote, updated_at)
      select ${options.organizationId}, ${options.conversationId}, pid, tid, vote, created_at from event
      on conflict (conversation_id, pid, tid) do update set vote = excluded.vote, updated_at = excluded.updated_at
      returning pid`),
  );
  if (rows.length > 0) return { recorded: true };
  // Nothing written: a retried request, or a statement that takes no votes. Tell which.
  const [statement] = await db
    .select({ status: statements.status })
    .from(statements)
    .where(
      and(eq(statements.conversationId, options.conversationId), eq(statements.tid, options.tid)),
    );
  if (!statement || statement.status === "pending") {
    throw new AppError("not_found", `There is no statement ${options.tid} to vote on.`);
  }
  if (statement.status === "rejected") {
    throw new AppError("conflict", `Statement ${options.tid} has been removed by the moderators.`);
  }
  return { recorded: false };
}

export async function votesOf(db: Db, options: { conversationId: string; pid: number }) {
  return db
    .select({ tid: votes.tid, vote: votes.vote })
    .from(votes)
    .where(and(eq(votes.conversationId, options.conversationId), eq(votes.pid, options.pid)));
}
