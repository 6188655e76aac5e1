import { and, eq, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { statements } from "./schema.js";
import { VOTE_VALUES, type VoteChoice } from "./votes.js";

/**
 * Group commit for votes. Votes arriving at the same moment (for one conversation) are written
 * by one statement in one transaction; each request is answered only after its batch has
 * committed, so an acknowledged vote is durable. One round trip per batch instead of per vote
 * is what lets one process take thousands of votes a second.
 */

export interface PendingVote {
  organizationId: string;
  conversationId: string;
  pid: number;
  tid: number;
  vote: VoteChoice;
  requestId: string;
}

export interface VoteOutcome {
  recorded: boolean;
  /** The participant's number of votes after this batch. */
  votesByParticipant: number;
}

interface Waiting {
  vote: PendingVote;
  resolve: (outcome: VoteOutcome) => void;
  reject: (error: unknown) => void;
}

export interface VoteWriter {
  write: (vote: PendingVote) => Promise<VoteOutcome>;
}

export function createVoteWriter(db: Db, options: { maxBatch?: number } = {}): VoteWriter {
  const maxBatch = options.maxBatch ?? 500;
  const queues = new Map<string, Waiting[]>();
  const busy = new Set<string>();

  const flush = async (conversationId: string) => {
    if (busy.has(conversationId)) return;
    const queue = queues.get(conversationId);
    if (!queue || queue.length === 0) return;
    const batch = queue.splice(0, maxBatch);
    busy.add(conversationId);
    try {
      const outcomes = await writeBatch(
        db,
        batch.map((w) => w.vote),
      );
      batch.forEach((w, i) => {
        const outcome = outcomes[i]!;
        if (outcome instanceof Error) w.reject(outcome);
        else w.resolve(outcome);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      busy.delete(conversationId);
      // Votes that arrived while this batch was written go next, together.
      if ((queues.get(conversationId)?.length ?? 0) > 0) void flush(conversationId);
    }
  };

  return {
    write: (vote) =>
      new Promise<VoteOutcome>((resolve, reject) => {
        const queue = queues.get(vote.conversationId) ?? [];
        queues.set(vote.conversationId, queue);
        queue.push({ vote, resolve, reject });
        if (!busy.has(vote.conversationId)) setImmediate(() => void flush(vote.conversationId));
      }),
  };
}

/** A PostgreSQL array literal, e.g. {1,2,3} or {"a","b\\"c"}: one parameter for a whole column. */
export function arrayLiteral(values: readonly (number | string)[]): string {
  return `{${values
    .map((v) =>
      typeof v === "number" ? String(v) : `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`,
    )
    .join(",")}}`;
}

/** Writes one conversation's batch; returns an outcome or an AppError per vote, in order. */
async function writeBatch(db: Db, batch: PendingVote[]): Promise<(VoteOutcome | AppError)[]> {
  const first = batch[0]!;
  const rows = rowsOf<{ request_id: string; pid: number }>(
    await db.execute(sql`
      with input as (
        select * from unnest(
          ${arrayLiteral(batch.map((v) => v.pid))}::int[],
          ${arrayLiteral(batch.map((v) => v.tid))}::int[],
          ${arrayLiteral(batch.map((v) => VOTE_VALUES[v.vote]))}::smallint[],
          ${arrayLiteral(batch.map((v) => v.requestId))}::text[],
          ${arrayLiteral(batch.map((_, i) => i))}::int[]
        ) as i(pid, tid, vote, request_id, ord)
      ), valid as (
        select input.* from input
        join statements s on s.conversation_id = ${first.conversationId} and s.tid = input.tid and s.status = 'approved'
      ), event as (
        insert into vote_events (organization_id, conversation_id, pid, tid, vote, request_id)
        select ${first.organizationId}, ${first.conversationId}, pid, tid, vote, request_id from valid order by ord
        on conflict (conversation_id, pid, request_id) do nothing
        returning id, pid, tid, vote, request_id, created_at
      ), latest as (
        select distinct on (pid, tid) pid, tid, vote, created_at from event order by pid, tid, id desc
      ), applied as (
        insert into votes (organization_id, conversation_id, pid, tid, vote, updated_at)
        select ${first.organizationId}, ${first.conversationId}, pid, tid, vote, created_at from latest
        on conflict (conversation_id, pid, tid) do update set vote = excluded.vote, updated_at = excluded.updated_at
        returning pid
      )
      select request_id, pid from event`),
  );
  const recorded = new Set(rows.map((r) => r.request_id));
  const pids = [...new Set(batch.map((v) => v.pid))];
  const counts = new Map(
    rowsOf<{ pid: number; n: number }>(
      await db.execute(sql`
        select v.pid, count(*)::int as n from votes v
        join statements s on s.conversation_id = v.conversation_id and s.tid = v.tid and s.status = 'approved'
        where v.conversation_id = ${first.conversationId} and v.pid = any(${arrayLiteral(pids)}::int[])
        group by v.pid`),
    ).map((r) => [r.pid, r.n]),
  );
  const outcomes: (VoteOutcome | AppError)[] = [];
  for (const v of batch) {
    if (recorded.has(v.requestId)) {
      outcomes.push({ recorded: true, votesByParticipant: counts.get(v.pid) ?? 0 });
      continue;
    }
    // Not written: a retry of a stored vote, or a statement that takes no votes (rare path).
    const [statement] = await db
      .select({ status: statements.status })
      .from(statements)
      .where(and(eq(statements.conversationId, v.conversationId), eq(statements.tid, v.tid)));
    if (!statement || statement.status === "pending") {
      outcomes.push(
        new AppError("statement.not_found", `There is no statement ${v.tid} to vote on.`),
      );
    } else if (statement.status === "rejected") {
      outcomes.push(
        new AppError("statement.removed", `Statement ${v.tid} has been removed by the moderators.`),
      );
    } else {
      outcomes.push({ recorded: false, votesByParticipant: counts.get(v.pid) ?? 0 });
    }
  }
  return outcomes;
}
