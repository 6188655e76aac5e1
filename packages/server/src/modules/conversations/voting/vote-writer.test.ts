import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "../../../db/client.js";
import { openTestDatabase } from "../../../db/testing.js";
import { AppError } from "../../../errors.js";
import { createOrganization } from "../../organizations/service.js";
import { votes } from "../schema.js";
import { type Conversation, createConversation } from "../service.js";
import { conversationInput } from "../validation.js";
import { ensureParticipant } from "./participants.js";
import { arrayLiteral, createVoteWriter, isTransient, type PendingVote } from "./vote-writer.js";

describe("PostgreSQL array literals", () => {
  it("writes numbers as they are and quotes text", () => {
    expect(arrayLiteral([1, 2, 30])).toBe("{1,2,30}");
    expect(arrayLiteral(["a", 'b"c', "d\\e", "f,g", "{h}"])).toBe(
      '{"a","b\\"c","d\\\\e","f,g","{h}"}',
    );
    expect(arrayLiteral([])).toBe("{}");
  });
});

/**
 * A database handle that counts the batch statements (`execute`) the writer sends and how many
 * run at once; `failNext` makes the next batches fail with a real PostgreSQL error raised by
 * the database itself (e.g. a deadlock, SQLSTATE 40P01).
 */
function observed(db: Db) {
  const stats = { batches: 0, running: 0, maxRunning: 0, failNext: [] as string[] };
  const handle = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver);
      return async (query: Parameters<Db["execute"]>[0]) => {
        stats.batches++;
        stats.running++;
        stats.maxRunning = Math.max(stats.maxRunning, stats.running);
        try {
          const state = stats.failNext.shift();
          if (state) {
            await target.execute(
              sql.raw(`do $$ begin raise exception 'injected' using errcode = '${state}'; end $$`),
            );
          }
          return await target.execute(query);
        } finally {
          stats.running--;
        }
      };
    },
  });
  return { db: handle as Db, stats };
}

/**
 * A database handle whose batch statements (`execute`) number `hold` (1-based, in the order
 * they start) wait until `release()`: a batch is kept in flight while the test looks.
 */
function gated(db: Db, hold: number[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const stats = { started: 0 };
  const handle = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver);
      return async (query: Parameters<Db["execute"]>[0]) => {
        stats.started++;
        if (hold.includes(stats.started)) await released;
        return target.execute(query);
      };
    },
  });
  return { db: handle as Db, stats, release };
}

/** Waits until `check` holds (polling every 10 ms); fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not true within ${ms} ms: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const rowsFrom = <T>(result: unknown) => (result as { rows: T[] }).rows;

describe("the vote writer", () => {
  let database: Database;
  let db: Db;
  let conversation: Conversation;
  let pids: number[];

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    const org = await createOrganization(db, {
      slug: "kirjoittaja",
      name: { fi: "Kirjoittaja", sv: "", en: "" },
      languages: ["fi"],
      actor: { label: "test" },
    });
    conversation = await createConversation(db, {
      organizationId: org.id,
      input: conversationInput.parse({
        title: { fi: "Äänten kirjoitus" },
        seedStatements: ["Ensimmäinen", "Toinen väite", "Kolmas väite tässä"],
      }),
      actor: { label: "test" },
    });
    pids = [];
    for (let i = 0; i < 6; i++) {
      const p = await ensureParticipant(db, {
        organizationId: org.id,
        conversationId: conversation.id,
        residentKey: `asukas-${i}`,
        segmentId: null,
        xidHash: null,
      });
      pids.push(p.pid);
    }
  });
  afterAll(() => database.close());

  const vote = (pid: number, tid: number, choice: PendingVote["vote"]): PendingVote => ({
    organizationId: conversation.organizationId,
    conversationId: conversation.id,
    pid,
    tid,
    vote: choice,
    requestId: randomUUID(),
  });

  async function stored(pid: number, tid: number) {
    const [row] = await db
      .select({ vote: votes.vote, eventId: votes.eventId })
      .from(votes)
      .where(
        and(eq(votes.conversationId, conversation.id), eq(votes.pid, pid), eq(votes.tid, tid)),
      );
    return row;
  }

  it("writes votes arriving together in one statement and answers each after the commit", async () => {
    const { db: handle, stats } = observed(db);
    const writer = createVoteWriter(handle);
    const outcomes = await Promise.all(
      [0, 1, 2].map((tid) => writer.write(vote(pids[0]!, tid, "agree"))),
    );
    expect(stats.batches).toBe(1);
    expect(outcomes.map((o) => o.recorded)).toEqual([true, true, true]);
    // Each answer counts the participant's votes including the whole batch.
    expect(outcomes.map((o) => o.votesByParticipant)).toEqual([3, 3, 3]);
    expect((await stored(pids[0]!, 2))?.vote).toBe(1);
    expect(writer.pending()).toBe(0);
  });

  it("splits a queue longer than maxBatch and writes at most batchesInFlight batches at once", async () => {
    for (const inFlight of [1, 2]) {
      const { db: handle, stats } = observed(db);
      const writer = createVoteWriter(handle, { maxBatch: 2, batchesInFlight: inFlight });
      const outcomes = await Promise.all(
        [0, 1, 2, 0, 1, 2, 0].map((tid, i) =>
          writer.write(vote(pids[1 + (i % 2)]!, tid, i % 2 ? "disagree" : "pass")),
        ),
      );
      expect(outcomes.every((o) => o.recorded)).toBe(true);
      expect(stats.batches).toBe(4);
      expect(stats.maxRunning).toBe(inFlight);
    }
  });

  it("keeps the latest of a participant's votes on a statement within one batch", async () => {
    const writer = createVoteWriter(db);
    await Promise.all([
      writer.write(vote(pids[3]!, 0, "agree")),
      writer.write(vote(pids[3]!, 0, "disagree")),
      writer.write(vote(pids[3]!, 0, "pass")),
    ]);
    expect((await stored(pids[3]!, 0))?.vote).toBe(0);
  });

  it("never lets a batch that commits late overwrite a later event's vote (event_id order)", async () => {
    const writer = createVoteWriter(db);
    await writer.write(vote(pids[3]!, 1, "agree"));
    // A later event applied by another batch that committed first: its event id is higher than
    // any this batch can get.
    await db
      .update(votes)
      .set({ vote: -1, eventId: Number.MAX_SAFE_INTEGER })
      .where(
        and(eq(votes.conversationId, conversation.id), eq(votes.pid, pids[3]!), eq(votes.tid, 1)),
      );
    const outcome = await writer.write(vote(pids[3]!, 1, "agree"));
    expect(outcome.recorded).toBe(true); // the event is kept …
    expect(await stored(pids[3]!, 1)).toEqual({ vote: -1, eventId: Number.MAX_SAFE_INTEGER });
  });

  it("retries a batch chosen as a deadlock victim, and a serialization failure", async () => {
    for (const state of ["40P01", "40001"]) {
      const { db: handle, stats } = observed(db);
      stats.failNext.push(state);
      const writer = createVoteWriter(handle);
      const outcome = await writer.write(vote(pids[4]!, 2, state === "40P01" ? "agree" : "pass"));
      expect(outcome.recorded).toBe(true);
      expect(stats.batches).toBe(2);
      expect((await stored(pids[4]!, 2))?.vote).toBe(state === "40P01" ? 1 : 0);
    }
  });

  it("fails a whole batch on a lost connection without splitting it", async () => {
    const { db: handle, stats } = observed(db);
    stats.failNext.push("08006");
    const writer = createVoteWriter(handle);
    const results = await Promise.allSettled([
      writer.write(vote(pids[5]!, 0, "agree")),
      writer.write(vote(pids[5]!, 1, "agree")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(stats.batches).toBe(1);
    expect(await stored(pids[5]!, 0)).toBeUndefined();
  });

  it("lets the good votes of a batch land when one vote is poisoned (NUL byte, tid beyond int4)", async () => {
    const poisons = [
      { ...vote(pids[5]!, 0, "agree"), requestId: "bad\u0000request" },
      vote(pids[5]!, 2 ** 31, "agree"),
    ];
    for (const [n, poison] of poisons.entries()) {
      const writer = createVoteWriter(db);
      const [a, b] = n === 0 ? (["agree", "disagree"] as const) : (["disagree", "agree"] as const);
      const good = [
        vote(pids[0]!, 0, a),
        vote(pids[1]!, 1, b),
        vote(pids[2]!, 2, a),
        vote(pids[4]!, 0, b),
      ];
      const results = await Promise.allSettled([
        writer.write(good[0]!),
        writer.write(good[1]!),
        writer.write(poison),
        writer.write(good[2]!),
        writer.write(good[3]!),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        "fulfilled",
        "fulfilled",
        "rejected",
        "fulfilled",
        "fulfilled",
      ]);
      const failure = (results[2] as PromiseRejectedResult).reason;
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).status).toBe(400);
      for (const g of good) {
        expect((await stored(g.pid, g.tid))?.vote).toBe(g.vote === "agree" ? 1 : -1);
      }
      expect(writer.pending()).toBe(0);
    }
  });

  it("answers votes on statements that take none, and retries of stored votes, in one batch", async () => {
    const writer = createVoteWriter(db);
    const first = vote(pids[2]!, 0, "agree");
    await writer.write(first);
    const results = await Promise.allSettled([
      writer.write(first),
      writer.write(vote(pids[2]!, 99, "agree")),
      writer.write(vote(pids[2]!, 1, "pass")),
    ]);
    expect(results[0]).toMatchObject({ status: "fulfilled", value: { recorded: false } });
    expect(results[1]).toMatchObject({
      status: "rejected",
      reason: { code: "statement.not_found" },
    });
    expect(results[2]).toMatchObject({ status: "fulfilled", value: { recorded: true } });
  });

  it("refuses votes at once beyond maxQueued, with 503 and Retry-After, and takes them again after", async () => {
    const writer = createVoteWriter(db, { maxQueued: 3 });
    const queued = [0, 1, 2].map((tid) => writer.write(vote(pids[1]!, tid, "agree")));
    expect(writer.admits()).toBe(false);
    const refused = writer.write(vote(pids[1]!, 0, "pass"));
    await expect(refused).rejects.toMatchObject({
      code: "unavailable",
      status: 503,
      headers: { "retry-after": "1" },
    });
    await Promise.all(queued);
    expect(writer.admits()).toBe(true);
    expect((await writer.write(vote(pids[1]!, 0, "pass"))).recorded).toBe(true);
  });

  async function newParticipant(key: string, conversationId = conversation.id) {
    const p = await ensureParticipant(db, {
      organizationId: conversation.organizationId,
      conversationId,
      residentKey: key,
      segmentId: null,
      xidHash: null,
    });
    return p.pid;
  }

  /** The votes' request ids grouped by the transaction that wrote them, in event order. */
  async function transactionsOf(written: PendingVote[]): Promise<string[][]> {
    const rows = rowsFrom<{ request_id: string; tx: string }>(
      await db.execute(sql`
        select request_id, tx_id::text as tx from vote_events
        where conversation_id = ${conversation.id}
          and request_id = any(${arrayLiteral(written.map((v) => v.requestId))}::text[])
        order by id`),
    );
    const groups = new Map<string, string[]>();
    for (const row of rows) groups.set(row.tx, [...(groups.get(row.tx) ?? []), row.request_id]);
    return [...groups.values()];
  }

  it("writes the votes that arrive while batches are in flight together, in the next batch", async () => {
    const p = await Promise.all([1, 2, 3, 4, 5].map((i) => newParticipant(`jono-${i}`)));
    const gate = gated(db, [1, 2]);
    const writer = createVoteWriter(gate.db, { batchesInFlight: 2 });
    const a = vote(p[0]!, 0, "agree");
    const b = vote(p[1]!, 1, "agree");
    const later = [vote(p[2]!, 0, "pass"), vote(p[3]!, 2, "disagree"), vote(p[4]!, 1, "agree")];
    const done = [writer.write(a)];
    await until(() => gate.stats.started === 1);
    // The second batch of the conversation starts at once, on another connection …
    done.push(writer.write(b));
    await until(() => gate.stats.started === 2);
    // … and with two in flight, the next votes wait, together.
    done.push(...later.map((v) => writer.write(v)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gate.stats.started).toBe(2);
    expect(writer.pending()).toBe(5);
    gate.release();
    const outcomes = await Promise.all(done);
    expect(outcomes.every((o) => o.recorded)).toBe(true);
    expect(gate.stats.started).toBe(3);
    // The first two batches run at once (on PostgreSQL on two connections, in either order).
    const byFirst = (groups: string[][]) => [...groups].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    expect(byFirst(await transactionsOf([a, b, ...later]))).toEqual(
      byFirst([[a.requestId], [b.requestId], later.map((v) => v.requestId)]),
    );
    expect(writer.pending()).toBe(0);
  });

  it("counts batches in flight per conversation: one busy conversation does not hold up another", async () => {
    const other = await createConversation(db, {
      organizationId: conversation.organizationId,
      input: conversationInput.parse({
        title: { fi: "Toinen keskustelu" },
        seedStatements: ["Toisen keskustelun väite"],
      }),
      actor: { label: "test" },
    });
    const here = await newParticipant("taalla");
    const there = await newParticipant("tuolla", other.id);
    const gate = gated(db, [1, 2]);
    const writer = createVoteWriter(gate.db, { batchesInFlight: 1 });
    const done = [
      writer.write(vote(here, 0, "agree")),
      writer.write({ ...vote(there, 0, "agree"), conversationId: other.id }),
    ];
    await until(() => gate.stats.started === 2, 5_000);
    gate.release();
    expect((await Promise.all(done)).map((o) => o.recorded)).toEqual([true, true]);
  });

  it("gives up after three deadlocks in a row, failing the batch whole and writing nothing", async () => {
    const p = await newParticipant("umpikuja");
    const { db: handle, stats } = observed(db);
    stats.failNext.push("40P01", "40P01", "40P01");
    const writer = createVoteWriter(handle);
    const results = await Promise.allSettled([
      writer.write(vote(p, 0, "agree")),
      writer.write(vote(p, 1, "agree")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    const reason = (results[0] as PromiseRejectedResult).reason as { cause?: { code?: string } };
    expect(reason.cause?.code ?? (reason as { code?: string }).code).toBe("40P01");
    expect(stats.batches).toBe(3);
    expect(await stored(p, 0)).toBeUndefined();
    expect(writer.pending()).toBe(0);
  });

  // Real concurrency needs connections of its own: PostgreSQL only (PGlite has one connection).
  const onPostgres = !!process.env.DATABASE_URL;

  /** How many other sessions wait for a lock held by the session `holder`. */
  async function blockedBy(holder: number): Promise<number> {
    const [row] = rowsFrom<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from pg_stat_activity where ${holder} = any(pg_blocking_pids(pid))`,
      ),
    );
    return row!.n;
  }

  it.skipIf(!onPostgres)(
    "writes a batch again that PostgreSQL really chose as a deadlock victim",
    async () => {
      // One try of the deadlock. On a loaded machine this side may start waiting only after
      // the batch's deadlock check has run (deadlock_timeout, 1 s); then this side is the
      // victim, the batch simply proceeds, and the try is made again with a new participant.
      const attempt = async (name: string) => {
        const p = await newParticipant(name);
        await createVoteWriter(db).write(vote(p, 0, "pass"));
        await createVoteWriter(db).write(vote(p, 1, "pass"));
        const { db: handle, stats } = observed(db);
        const writer = createVoteWriter(handle);
        let done: Promise<unknown[]> = Promise.resolve([]);
        try {
          await db.transaction(async (tx) => {
            const [me] = rowsFrom<{ pid: number }>(
              await tx.execute(sql`select pg_backend_pid() as pid`),
            );
            const row = (tid: number) =>
              sql`conversation_id = ${conversation.id} and pid = ${p} and tid = ${tid}`;
            await tx.execute(sql`select 1 from votes where ${row(1)} for update`);
            // The batch updates (p, 0), then waits for (p, 1), which this transaction holds …
            done = Promise.all([
              writer.write(vote(p, 0, "agree")),
              writer.write(vote(p, 1, "agree")),
            ]);
            await until(async () => (await blockedBy(me!.pid)) > 0);
            // … and this transaction now waits for (p, 0): a deadlock. The batch has waited
            // longer, so its deadlock check runs first and it is the victim (SQLSTATE 40P01).
            await new Promise((resolve) => setTimeout(resolve, 300));
            await tx.execute(sql`update votes set vote = vote where ${row(0)}`);
          });
        } catch (error) {
          const code =
            (error as { code?: string; cause?: { code?: string } }).code ??
            (error as { cause?: { code?: string } }).cause?.code;
          if (code !== "40P01") throw error;
          await done;
          return undefined;
        }
        return { p, done: await done, stats };
      };
      let result: Awaited<ReturnType<typeof attempt>>;
      for (let i = 0; i < 3 && !result; i++) result = await attempt(`lukko-${i}`);
      expect(result).toBeDefined();
      const { p, done, stats } = result!;
      expect(done).toMatchObject([{ recorded: true }, { recorded: true }]);
      expect(stats.batches).toBe(2);
      expect((await stored(p, 0))?.vote).toBe(1);
      expect((await stored(p, 1))?.vote).toBe(1);
    },
  );

  it.skipIf(!onPostgres)(
    "keeps the later vote when the batch with the earlier one commits last (event_id order)",
    async () => {
      const p = await newParticipant("aiempi");
      const q = await newParticipant("odottaja");
      const earlier = vote(p, 0, "agree");
      const blocked = vote(q, 1, "agree");
      const later = vote(p, 0, "disagree");
      // Batch 1 is [earlier, blocked], batch 2 is [later], written at once on two connections;
      // batch 2 is held back until batch 1 has its event ids and waits.
      const gate = gated(db, [2]);
      const writer = createVoteWriter(gate.db, { maxBatch: 2, batchesInFlight: 2 });
      let done: Promise<unknown[]> = Promise.resolve([]);
      const rolledBack = new Error("roll back");
      const open = db.transaction(async (tx) => {
        const [me] = rowsFrom<{ pid: number }>(
          await tx.execute(sql`select pg_backend_pid() as pid`),
        );
        // An uncommitted event with the request id of `blocked`: batch 1 waits there, after
        // `earlier` got its event id.
        await tx.execute(sql`
          insert into vote_events (organization_id, conversation_id, pid, tid, vote, request_id)
          values (${conversation.organizationId}, ${conversation.id}, ${q}, 1, 1, ${blocked.requestId})`);
        done = Promise.all([earlier, blocked, later].map((v) => writer.write(v)));
        await until(async () => (await blockedBy(me!.pid)) > 0);
        gate.release();
        await until(async () => (await stored(p, 0))?.vote === -1);
        throw rolledBack;
      });
      await expect(open).rejects.toBe(rolledBack);
      expect(await done).toMatchObject([
        { recorded: true },
        { recorded: true },
        { recorded: true },
      ]);
      const ids = rowsFrom<{ request_id: string; id: string }>(
        await db.execute(sql`
          select request_id, id::text as id from vote_events
          where request_id in (${earlier.requestId}, ${later.requestId})`),
      );
      const idOf = (v: PendingVote) => Number(ids.find((r) => r.request_id === v.requestId)!.id);
      expect(idOf(earlier)).toBeLessThan(idOf(later));
      expect(await stored(p, 0)).toEqual({ vote: -1, eventId: idOf(later) });
      expect((await stored(q, 1))?.vote).toBe(1);
    },
  );
});

describe("transient database errors", () => {
  it("are deadlocks, serialization failures, connection and resource errors, and errors without a SQLSTATE", () => {
    const pgError = (code: string) => Object.assign(new Error("query failed"), { cause: { code } });
    for (const code of ["40P01", "40001", "08006", "57P01", "53300"])
      expect(isTransient(pgError(code))).toBe(true);
    expect(isTransient(new Error("Connection terminated unexpectedly"))).toBe(true);
    for (const code of ["22021", "22003", "23505", "42601"])
      expect(isTransient(pgError(code))).toBe(false);
  });
});
