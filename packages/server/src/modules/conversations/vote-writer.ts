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

export function createVoteWriter(
  db: Db,
  options: { maxBatch?: number; batchesInFlight?: number } = {},
): VoteWriter {
  const maxBatch = options.maxBatch ?? 500;
  // Several batches per conversation may be written at once (each on its own connection);
  // votes.event_id keeps the latest event the current vote whatever order they commit in.
  const inFlight = options.batchesInFlight ?? 4;
  const queues = new Map<string, Waiting[]>();
  const busy = new Map<string, number>();

  const flush = async (conversationId: string) => {
    if ((busy.get(conversationId) ?? 0) >= inFlight) return;
    const queue = queues.get(conversationId);
    if (!queue || queue.length === 0) return;
    const batch = queue.splice(0, maxBatch);
    busy.set(conversationId, (busy.get(conversationId) ?? 0) + 1);
    try {
      const outcomes = await withRetry(() =>
        writeBatch(
          db,
          batch.map((w) => w.vote),
        ),
      );
      batch.forEach((w, i) => {
        const outcome = outcomes[i]!;
        if (outcome instanceof Error) w.reject(outcome);
        else w.resolve(outcome);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      busy.set(conversationId, (busy.get(conversationId) ?? 1) - 1);
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
        if ((busy.get(vote.conversationId) ?? 0) < inFlight) {
          setImmediate(() => void flush(vote.conversationId));
        }
      }),
  };
}

/** Retries a batch that PostgreSQL chose as a deadlock victim (40P01); nothing of it was written. */
async function withRetry<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const e = error as { code?: string; cause?: { code?: string } };
      if ((e.cause?.code ?? e.code) !== "40P01" || attempt >= attempts) throw error;
    }
  }
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
  const pids = [...new Set(batch.map((v) => v.pid))];
  // One statement, one round trip: append the events, apply the latest vote per (pid, tid), and
  // count each participant's votes on approved statements (the count sees the table as it was
  // before this statement, so newly inserted (pid, tid) pairs are added to it).
  const rows = rowsOf<{
    kind: "event" | "count";
    request_id: string | null;
    pid: number;
    n: number;
  }>(
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
        select distinct on (pid, tid) id, pid, tid, vote, created_at from event order by pid, tid, id desc
      ), applied as (
        insert into votes (organization_id, conversation_id, pid, tid, vote, event_id, updated_at)
        select ${first.organizationId}, ${first.conversationId}, pid, tid, vote, id, created_at from latest
        order by pid, tid
        on conflict (conversation_id, pid, tid) do update
          set vote = excluded.vote, event_id = excluded.event_id, updated_at = excluded.updated_at
          where votes.event_id < excluded.event_id
        returning pid, (xmax = 0) as inserted
      ), before as (
        select v.pid, count(*)::int as n from votes v
        join statements s on s.conversation_id = v.conversation_id and s.tid = v.tid and s.status = 'approved'
        where v.conversation_id = ${first.conversationId} and v.pid = any(${arrayLiteral(pids)}::int[])
        group by v.pid
      ), added as (
        select pid, count(*)::int as n from applied where inserted group by pid
      )
      select 'event' as kind, request_id, pid, 0 as n from event
      union all
      select 'count', null, p.pid, coalesce(b.n, 0) + coalesce(a.n, 0)
      from unnest(${arrayLiteral(pids)}::int[]) as p(pid)
      left join before b on b.pid = p.pid
      left join added a on a.pid = p.pid`),
  );
  const recorded = new Set(rows.filter((r) => r.kind === "event").map((r) => r.request_id));
  const counts = new Map(rows.filter((r) => r.kind === "count").map((r) => [r.pid, Number(r.n)]));
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
