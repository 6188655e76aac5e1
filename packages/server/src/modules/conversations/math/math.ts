import { randomUUID } from "node:crypto";
import type { ModerationChange, OpinionStateJSON } from "@kuulo/opinion";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../../db/client.js";
import { startIntervalWorker } from "../../../jobs/interval.js";
import type { EventHub } from "../events.js";
import { conversationMath, conversations, participants, segments, statements } from "../schema.js";
import type { MathRunner } from "./math-runner.js";
import type { ConversationResults } from "./results.js";

/**
 * A worker holds a conversation's math for LEASE_SECONDS and renews the lease every
 * HEARTBEAT_MS while it computes. A worker that dies stops renewing, so another process (or the
 * restarted one) takes the conversation over within seconds.
 */
export const LEASE_SECONDS = 15;
export const HEARTBEAT_MS = 5000;

/** Lease timing; tests inject a clock instead of waiting. */
export interface LeaseOptions {
  /** The time leases are set and compared with; default the database's now(). */
  now?: (() => Date) | undefined;
  leaseSeconds?: number | undefined;
  heartbeatMs?: number | undefined;
}

function nowOf(options: LeaseOptions) {
  return options.now ? sql`${options.now().toISOString()}::timestamptz` : sql`now()`;
}

function leaseEnd(options: LeaseOptions) {
  return sql`${nowOf(options)} + make_interval(secs => ${options.leaseSeconds ?? LEASE_SECONDS})`;
}

/**
 * The vote events the math may take: events of transactions that have finished. Vote batches
 * are written in parallel and commit out of event-id order, so "every id above the last one
 * seen" would miss a batch that drew lower ids and committed later. Instead, each event
 * records its writing transaction (vote_events.tx_id), and the math takes the events of the
 * transactions below the current snapshot's xmin: every transaction below it has committed or
 * rolled back, so nothing can be added there any more. The next tick goes on from that xmin.
 */
async function finishedHorizon(db: Db): Promise<string> {
  const [row] = rowsOf<{ xmin: string }>(
    await db.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`),
  );
  return String(row!.xmin);
}

/** Conversations whose math is behind: new votes since the last tick, or changed moderation. */
export async function conversationsNeedingMath(
  db: Db,
  options: LeaseOptions = {},
): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select c.id from conversations c
      left join conversation_math m on m.conversation_id = c.id
      where (m.lease_until is null or m.lease_until < ${nowOf(options)})
        and (exists (select 1 from vote_events e where e.conversation_id = c.id
                       and e.tx_id >= coalesce(m.tx_through, '0'::xid8)
                       and e.tx_id < pg_snapshot_xmin(pg_current_snapshot()))
             or (c.math_dirty_at is not null and c.math_dirty_at > coalesce(m.computed_at, 'epoch'::timestamptz)))
      order by c.id`),
  );
  return rows.map((r) => r.id);
}

/** Takes the conversation's math for this worker, or returns undefined when another has it. */
async function claim(
  db: Db,
  options: { conversationId: string; organizationId: string; owner: string } & LeaseOptions,
) {
  await db
    .insert(conversationMath)
    .values({
      conversationId: options.conversationId,
      organizationId: options.organizationId,
      state: {},
      result: {},
      votesThrough: 0,
      mathTick: -1,
    })
    .onConflictDoNothing();
  const [row] = await db
    .update(conversationMath)
    .set({ leaseUntil: leaseEnd(options), leaseOwner: options.owner })
    .where(
      and(
        eq(conversationMath.conversationId, options.conversationId),
        sql`(${conversationMath.leaseUntil} is null or ${conversationMath.leaseUntil} < ${nowOf(options)})`,
      ),
    )
    .returning();
  return row;
}

/** Renews this worker's lease; false when another worker has taken the conversation over. */
async function renew(
  db: Db,
  options: { conversationId: string; owner: string } & LeaseOptions,
): Promise<boolean> {
  const rows = await db
    .update(conversationMath)
    .set({ leaseUntil: leaseEnd(options) })
    .where(
      and(
        eq(conversationMath.conversationId, options.conversationId),
        eq(conversationMath.leaseOwner, options.owner),
      ),
    )
    .returning({ id: conversationMath.conversationId });
  return rows.length > 0;
}

export interface RecomputeOptions extends LeaseOptions {
  conversationId: string;
  runner: Pick<MathRunner, "run">;
  events?: EventHub | undefined;
}

/**
 * One tick of a conversation's math: the votes changed since the previous tick and the current
 * moderation go into @kuulo/opinion's incremental update, warm-started from the stored state;
 * the new state and results are stored. Returns the tick, or undefined when there was nothing
 * to do or another worker holds the conversation.
 */
export async function recomputeConversation(
  db: Db,
  options: RecomputeOptions,
): Promise<number | undefined> {
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(eq(conversations.id, options.conversationId));
  if (!conversation) return undefined;
  const owner = randomUUID();
  const lease = { ...options, conversationId: conversation.id, owner };
  const claimed = await claim(db, { ...lease, organizationId: conversation.organizationId });
  if (!claimed) return undefined;
  const heartbeat = setInterval(
    () => void renew(db, lease).catch(() => {}),
    options.heartbeatMs ?? HEARTBEAT_MS,
  );
  heartbeat.unref();
  try {
    const horizon = await finishedHorizon(db);
    // The pairs (participant, statement) that finished transactions voted on since the last
    // tick, with each pair's current vote: the latest by event id, as the votes table keeps it.
    // Feeding the current vote (not the events) keeps the math equal to the database even when
    // an older event of a pair commits after a newer one.
    const changed = rowsOf<{ pid: number; tid: number; vote: number; max_id: string }>(
      await db.execute(sql`
        with touched as (
          select pid, tid, max(id) as max_id from vote_events
          where conversation_id = ${conversation.id}
            and ((tx_id >= ${claimed.txThrough}::xid8 and tx_id < ${horizon}::xid8)
                 -- this transaction's own votes (e.g. the demo seeded in one transaction); after
                 -- it commits they fall inside the next horizon and are fed again, unchanged
                 or tx_id = pg_current_xact_id_if_assigned())
          group by pid, tid
        )
        select t.pid, t.tid, v.vote, t.max_id from touched t
        join votes v on v.conversation_id = ${conversation.id} and v.pid = t.pid and v.tid = t.tid
        order by t.max_id`),
    );
    const moderationRows = await db
      .select({ tid: statements.tid, status: statements.status, isMeta: statements.isMeta })
      .from(statements)
      .where(eq(statements.conversationId, conversation.id));
    const moderation: ModerationChange[] = moderationRows.map((s) => ({
      statement: s.tid,
      status:
        s.status === "approved" ? "accepted" : s.status === "rejected" ? "rejected" : "unmoderated",
      meta: s.isMeta,
    }));
    const segmentRows = await db
      .select({ pid: participants.pid, key: segments.key })
      .from(participants)
      .innerJoin(segments, eq(segments.id, participants.segmentId))
      .where(
        and(eq(participants.conversationId, conversation.id), isNotNull(participants.segmentId)),
      );
    const channelRows = await db
      .select({
        pid: participants.pid,
        channel: participants.channel,
        kioskSessionId: participants.kioskSessionId,
      })
      .from(participants)
      .where(eq(participants.conversationId, conversation.id));
    const hasState = claimed.mathTick >= 0;
    const moderationChanged =
      conversation.mathDirtyAt !== null && conversation.mathDirtyAt > claimed.computedAt;
    if (changed.length === 0 && (!hasState || !moderationChanged)) {
      await release(db, lease);
      return undefined;
    }
    const output = await options.runner.run({
      state: hasState ? (claimed.state as OpinionStateJSON) : null,
      votes: {
        participant: changed.map((e) => Number(e.pid)),
        statement: changed.map((e) => Number(e.tid)),
        vote: changed.map((e) => Number(e.vote)),
      },
      moderation,
      segments: segmentRows.map((r) => [r.pid, r.key]),
      channels: channelRows.map((r) => [
        r.pid,
        r.channel === "event" && r.kioskSessionId ? `event:${r.kioskSessionId}` : r.channel,
      ]),
      keptGroups: conversation.keptGroups,
    });
    const votesThrough = Math.max(claimed.votesThrough, ...changed.map((e) => Number(e.max_id)));
    // Stored only while this worker still holds the lease: a worker that stalled past it and
    // was taken over must not overwrite the newer result.
    const stored = await db
      .update(conversationMath)
      .set({
        state: output.state,
        result: output.results,
        votesThrough,
        txThrough: horizon,
        mathTick: output.results.tick,
        computedAt: new Date(),
        leaseUntil: null,
        leaseOwner: null,
      })
      .where(
        and(
          eq(conversationMath.conversationId, conversation.id),
          eq(conversationMath.leaseOwner, owner),
        ),
      )
      .returning({ id: conversationMath.conversationId });
    if (stored.length === 0) return undefined;
    await options.events?.publish(conversation.id, { type: "math", tick: output.results.tick });
    return output.results.tick;
  } catch (error) {
    await release(db, lease);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

async function release(db: Db, lease: { conversationId: string; owner: string }): Promise<void> {
  await db
    .update(conversationMath)
    .set({ leaseUntil: null, leaseOwner: null })
    .where(
      and(
        eq(conversationMath.conversationId, lease.conversationId),
        eq(conversationMath.leaseOwner, lease.owner),
      ),
    );
}

/** Each statement's priority from the latest tick, without loading the rest of the results. */
export async function statementPriorities(
  db: Db,
  conversationId: string,
): Promise<Map<number, number>> {
  const rows = rowsOf<{ tid: number; priority: number }>(
    await db.execute(sql`
      select (s->>'tid')::int as tid, (s->>'priority')::float8 as priority
      from conversation_math m, jsonb_array_elements(m.result->'statements') s
      where m.conversation_id = ${conversationId} and m.math_tick >= 0`),
  );
  return new Map(rows.map((r) => [Number(r.tid), Number(r.priority)]));
}

export async function storedResults(
  db: Db,
  conversationId: string,
): Promise<{ results: ConversationResults; computedAt: Date } | undefined> {
  const [row] = await db
    .select({
      result: conversationMath.result,
      computedAt: conversationMath.computedAt,
      tick: conversationMath.mathTick,
    })
    .from(conversationMath)
    .where(eq(conversationMath.conversationId, conversationId));
  if (!row || row.tick < 0) return undefined;
  return { results: row.result as ConversationResults, computedAt: row.computedAt };
}

export interface MathWorker {
  /** Runs one pass now (tests and shutdown use it). */
  runOnce: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * The math loop of a server process: every interval it recomputes the conversations that are
 * behind. Waiting for the interval batches votes (the debounce); leases keep two processes
 * from computing the same conversation.
 */
export function startMathWorker(
  options: {
    db: Db;
    runner: MathRunner;
    events?: EventHub | undefined;
    intervalMs: number;
    onError: (error: unknown) => void;
  } & LeaseOptions,
): MathWorker {
  const lease: LeaseOptions = {
    now: options.now,
    leaseSeconds: options.leaseSeconds,
    heartbeatMs: options.heartbeatMs,
  };
  const worker = startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: async ({ stopped }) => {
      let done = 0;
      for (const id of await conversationsNeedingMath(options.db, lease)) {
        if (stopped()) break;
        try {
          const tick = await recomputeConversation(options.db, {
            ...lease,
            conversationId: id,
            runner: options.runner,
            events: options.events,
          });
          if (tick !== undefined) done++;
        } catch (error) {
          options.onError(error);
        }
      }
      return done;
    },
    onError: options.onError,
  });
  return {
    runOnce: worker.runOnce,
    stop: async () => {
      await worker.stop();
      await options.runner.close();
    },
  };
}
