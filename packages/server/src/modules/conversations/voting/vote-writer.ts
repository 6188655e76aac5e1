import { and, eq, inArray, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { statements } from "../schema.js";
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
  /**
   * Queues a vote for the next batch; settles after the batch has committed. Refused at once
   * (503 `unavailable` with Retry-After) while the process has `maxQueued` votes waiting.
   */
  write: (vote: PendingVote) => Promise<VoteOutcome>;
  /** Whether another vote would be queued now (false: it would be refused as overload). */
  admits: () => boolean;
  /** Votes queued or being written in this process. */
  pending: () => number;
}

export interface VoteWriterOptions {
  /** Most votes written by one statement. */
  maxBatch?: number;
  /** Batches of one conversation written at once, each on its own connection. */
  batchesInFlight?: number;
  /**
   * Most votes queued or being written in this process; beyond it votes are refused at once
   * instead of waiting (bounded latency under overload).
   */
  maxQueued?: number;
  /** Seconds a refused client is asked to wait (Retry-After). */
  retryAfterSeconds?: number;
}

export function overloaded(retryAfterSeconds: number): AppError {
  return new AppError(
    "unavailable",
    "Kuulo is taking more votes than it can write at the moment. Try again in a moment.",
    { headers: { "retry-after": String(retryAfterSeconds) } },
  );
}

export function createVoteWriter(db: Db, options: VoteWriterOptions = {}): VoteWriter {
  const maxBatch = options.maxBatch ?? 500;
  // Several batches per conversation may be written at once (each on its own connection);
  // votes.event_id keeps the latest event the current vote whatever order they commit in.
  const inFlight = options.batchesInFlight ?? 2;
  const maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;
  const retryAfter = options.retryAfterSeconds ?? 1;
  const queues = new Map<string, Waiting[]>();
  const busy = new Map<string, number>();
  let pending = 0;

  const flush = async (conversationId: string) => {
    if ((busy.get(conversationId) ?? 0) >= inFlight) return;
    const queue = queues.get(conversationId);
    if (!queue || queue.length === 0) return;
    const batch = queue.splice(0, maxBatch);
    if (queue.length === 0) queues.delete(conversationId);
    busy.set(conversationId, (busy.get(conversationId) ?? 0) + 1);
    const writing = writeIsolating(db, batch);
    // More votes waiting: the next batch may start at once, on another connection.
    if (queue.length > 0) void flush(conversationId);
    try {
      await writing;
    } finally {
      pending -= batch.length;
      const left = (busy.get(conversationId) ?? 1) - 1;
      if (left === 0) busy.delete(conversationId);
      else busy.set(conversationId, left);
      // Votes that arrived while this batch was written go next, together.
      if ((queues.get(conversationId)?.length ?? 0) > 0) void flush(conversationId);
    }
  };

  return {
    write: (vote) => {
      if (pending >= maxQueued) return Promise.reject(overloaded(retryAfter));
      pending++;
      return new Promise<VoteOutcome>((resolve, reject) => {
        let queue = queues.get(vote.conversationId);
        if (!queue) {
          queue = [];
          queues.set(vote.conversationId, queue);
        }
        queue.push({ vote, resolve, reject });
        if (queue.length === 1 && (busy.get(vote.conversationId) ?? 0) < inFlight) {
          setImmediate(() => void flush(vote.conversationId));
        }
      });
    },
    admits: () => pending < maxQueued,
    pending: () => pending,
  };
}

/**
 * Writes a batch and settles each of its votes. A batch that fails for a reason of its own
 * content (not a deadlock, a serialization failure or a lost connection) is split in halves,
 * each written on its own, so that one bad vote fails alone and the others land.
 */
async function writeIsolating(db: Db, batch: Waiting[]): Promise<void> {
  let outcomes: (VoteOutcome | AppError)[];
  try {
    outcomes = await withRetry(() =>
      writeBatch(
        db,
        batch.map((w) => w.vote),
      ),
    );
  } catch (error) {
    if (batch.length > 1 && !isTransient(error)) {
      const half = Math.ceil(batch.length / 2);
      await writeIsolating(db, batch.slice(0, half));
      await writeIsolating(db, batch.slice(half));
      return;
    }
    const failure = batch.length === 1 ? voteFailure(error) : error;
    for (const w of batch) w.reject(failure);
    return;
  }
  batch.forEach((w, i) => {
    const outcome = outcomes[i]!;
    if (outcome instanceof Error) w.reject(outcome);
    else w.resolve(outcome);
  });
}

/** The SQLSTATE of a database error (drizzle wraps the driver's error as its cause). */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Errors that say nothing about the votes themselves: a deadlock or serialization failure, a
 * connection lost or refused, the server shutting down or out of resources. Errors without a
 * SQLSTATE (e.g. "Connection terminated unexpectedly") count as connection errors.
 */
export function isTransient(error: unknown): boolean {
  const state = sqlState(error);
  if (!state) return true;
  return ["08", "40", "53", "57", "58"].includes(state.slice(0, 2));
}

/** The error one vote fails with: the database refusing its data is the client's error (400). */
function voteFailure(error: unknown): unknown {
  const state = sqlState(error);
  if (state?.startsWith("22") || state?.startsWith("23")) {
    return new AppError("validation.failed", "The vote has a value the database cannot store.", {
      errors: [{ path: "body", message: `refused by the database (SQLSTATE ${state})` }],
    });
  }
  return error;
}

/** Retries a batch that PostgreSQL chose as a deadlock victim (40P01) or could not serialize (40001); nothing of it was written. */
async function withRetry<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const state = sqlState(error);
      if ((state !== "40P01" && state !== "40001") || attempt >= attempts) throw error;
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
  const recorded = new Set(
    rows.filter((r) => r.kind === "event").map((r) => `${r.pid}:${r.request_id}`),
  );
  const counts = new Map(rows.filter((r) => r.kind === "count").map((r) => [r.pid, Number(r.n)]));
  // Votes not written: retries of stored votes, or statements that take no votes (rare: one
  // query for the whole batch tells which).
  const missing = [
    ...new Set(batch.filter((v) => !recorded.has(`${v.pid}:${v.requestId}`)).map((v) => v.tid)),
  ];
  const status =
    missing.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await db
              .select({ tid: statements.tid, status: statements.status })
              .from(statements)
              .where(
                and(
                  eq(statements.conversationId, first.conversationId),
                  inArray(statements.tid, missing),
                ),
              )
          ).map((s) => [s.tid, s.status as string]),
        );
  const outcomes: (VoteOutcome | AppError)[] = [];
  for (const v of batch) {
    const votesByParticipant = counts.get(v.pid) ?? 0;
    if (recorded.has(`${v.pid}:${v.requestId}`)) {
      outcomes.push({ recorded: true, votesByParticipant });
      continue;
    }
    const state = status.get(v.tid);
    if (state === undefined || state === "pending") {
      outcomes.push(
        new AppError("statement.not_found", `There is no statement ${v.tid} to vote on.`),
      );
    } else if (state === "rejected") {
      outcomes.push(
        new AppError("statement.removed", `Statement ${v.tid} has been removed by the moderators.`),
      );
    } else {
      outcomes.push({ recorded: false, votesByParticipant });
    }
  }
  return outcomes;
}
