import type { ModerationChange, OpinionStateJSON } from "@kuulo/opinion";
import { and, asc, eq, gt, isNotNull, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.js";
import type { EventHub } from "./events.js";
import type { MathRunner } from "./math-runner.js";
import type { ConversationResults } from "./results.js";
import {
  conversationMath,
  conversations,
  participants,
  segments,
  statements,
  voteEvents,
} from "./schema.js";

const LEASE_SECONDS = 300;

/** Conversations whose math is behind: new votes since the last tick, or changed moderation. */
export async function conversationsNeedingMath(db: Db): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select c.id from conversations c
      left join conversation_math m on m.conversation_id = c.id
      where (m.lease_until is null or m.lease_until < now())
        and (exists (select 1 from vote_events e where e.conversation_id = c.id and e.id > coalesce(m.votes_through, 0))
             or (c.math_dirty_at is not null and c.math_dirty_at > coalesce(m.computed_at, 'epoch'::timestamptz)))
      order by c.id`),
  );
  return rows.map((r) => r.id);
}

/** Takes the conversation's math for this worker, or returns undefined when another has it. */
async function claim(db: Db, conversationId: string, organizationId: string) {
  await db
    .insert(conversationMath)
    .values({
      conversationId,
      organizationId,
      state: {},
      result: {},
      votesThrough: 0,
      mathTick: -1,
    })
    .onConflictDoNothing();
  const [row] = await db
    .update(conversationMath)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
    .where(
      and(
        eq(conversationMath.conversationId, conversationId),
        sql`(${conversationMath.leaseUntil} is null or ${conversationMath.leaseUntil} < now())`,
      ),
    )
    .returning();
  return row;
}

export interface RecomputeOptions {
  conversationId: string;
  runner: Pick<MathRunner, "run">;
  events?: EventHub | undefined;
}

/**
 * One tick of a conversation's math: the votes since the previous tick and the current
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
  const claimed = await claim(db, conversation.id, conversation.organizationId);
  if (!claimed) return undefined;
  try {
    const events = await db
      .select({
        id: voteEvents.id,
        pid: voteEvents.pid,
        tid: voteEvents.tid,
        vote: voteEvents.vote,
      })
      .from(voteEvents)
      .where(
        and(
          eq(voteEvents.conversationId, conversation.id),
          gt(voteEvents.id, claimed.votesThrough),
        ),
      )
      .orderBy(asc(voteEvents.id));
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
    const hasState = claimed.mathTick >= 0;
    const moderationChanged =
      conversation.mathDirtyAt !== null && conversation.mathDirtyAt > claimed.computedAt;
    if (events.length === 0 && (!hasState || !moderationChanged)) {
      await release(db, conversation.id);
      return undefined;
    }
    const output = await options.runner.run({
      state: hasState ? (claimed.state as OpinionStateJSON) : null,
      votes: {
        participant: events.map((e) => e.pid),
        statement: events.map((e) => e.tid),
        vote: events.map((e) => e.vote),
      },
      moderation,
      segments: segmentRows.map((r) => [r.pid, r.key]),
      keptGroups: conversation.keptGroups,
    });
    const votesThrough = events.length > 0 ? events[events.length - 1]!.id : claimed.votesThrough;
    await db
      .update(conversationMath)
      .set({
        state: output.state,
        result: output.results,
        votesThrough,
        mathTick: output.results.tick,
        computedAt: new Date(),
        leaseUntil: null,
      })
      .where(eq(conversationMath.conversationId, conversation.id));
    await options.events?.publish(conversation.id, { type: "math", tick: output.results.tick });
    return output.results.tick;
  } catch (error) {
    await release(db, conversation.id);
    throw error;
  }
}

async function release(db: Db, conversationId: string): Promise<void> {
  await db
    .update(conversationMath)
    .set({ leaseUntil: null })
    .where(eq(conversationMath.conversationId, conversationId));
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
export function startMathWorker(options: {
  db: Db;
  runner: MathRunner;
  events?: EventHub | undefined;
  intervalMs: number;
  onError: (error: unknown) => void;
}): MathWorker {
  let running: Promise<number> | undefined;
  let stopped = false;
  const runOnce = async () => {
    let done = 0;
    for (const id of await conversationsNeedingMath(options.db)) {
      if (stopped) break;
      try {
        if (
          (await recomputeConversation(options.db, {
            conversationId: id,
            runner: options.runner,
            events: options.events,
          })) !== undefined
        )
          done++;
      } catch (error) {
        options.onError(error);
      }
    }
    return done;
  };
  const tick = async () => {
    if (running || stopped) return;
    running = runOnce().catch((error) => {
      options.onError(error);
      return 0;
    });
    await running;
    running = undefined;
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    runOnce: async () => {
      while (running) await running;
      return runOnce();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await options.runner.close();
    },
  };
}
