import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, rowsOf } from "../../../db/client.js";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, recompute, resident } from "../testing.js";
import { recomputeConversation } from "./math.js";
import { compareMathWithDatabase } from "./math-check.js";
import { runMathJob } from "./math-thread.js";

/**
 * Writes one vote as the vote writer does (event, then the latest vote by event id), in the
 * given transaction; `id` forces the event id, as when a batch that drew a lower id commits late.
 */
async function writeVote(
  db: Db,
  v: { organizationId: string; conversationId: string; pid: number; tid: number; vote: number },
  id?: number,
): Promise<number> {
  const [event] = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into vote_events (${sql.raw(id === undefined ? "" : "id, ")}organization_id, conversation_id, pid, tid, vote, request_id)
      values (${id === undefined ? sql`` : sql`${id}, `}${v.organizationId}, ${v.conversationId}, ${v.pid}, ${v.tid}, ${v.vote}, ${randomUUID()})
      returning id`),
  );
  const eventId = Number(event!.id);
  await db.execute(sql`
    insert into votes (organization_id, conversation_id, pid, tid, vote, event_id)
    values (${v.organizationId}, ${v.conversationId}, ${v.pid}, ${v.tid}, ${v.vote}, ${eventId})
    on conflict (conversation_id, pid, tid) do update
      set vote = excluded.vote, event_id = excluded.event_id
      where votes.event_id < excluded.event_id`);
  return eventId;
}

// On a shared PostgreSQL server another client's long write transaction delays the math (it
// waits for every older transaction to finish), so these tests allow for that wait.
vi.setConfig({ testTimeout: 90_000 });

describe("the math counts every vote, whatever order the batches commit in", () => {
  let t: TestApp;
  let admin: StaffClient;
  let organizationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("jarjestys");
    organizationId = org.id;
    await t.addMember(org, "admin@jarjestys.fi", ["admin"]);
    admin = await t.signIn("admin@jarjestys.fi");
  });
  afterAll(() => t.close());

  /** A conversation with three residents (pids 0–2) who voted once each. */
  async function conversationWithVoters() {
    const c = await createTestConversation(admin, "jarjestys");
    for (let i = 0; i < 3; i++) await resident(t).vote(c.publicId, 0, "agree");
    return { ...c, organizationId, conversationId: c.id };
  }

  it("takes an event whose lower id commits after the math has passed higher ids", async () => {
    const db = t.database.db;
    const c = await conversationWithVoters();
    await recompute(t, c.id);
    // A batch draws its event id, and a later batch commits first.
    const reserve = async () =>
      Number(
        rowsOf<{ id: number }>(
          await db.execute(sql`select nextval(pg_get_serial_sequence('vote_events', 'id')) as id`),
        )[0]!.id,
      );
    const low = [await reserve(), await reserve()] as const;
    await writeVote(db, { ...c, pid: 1, tid: 1, vote: 1 });
    // The same resident's later vote on statement 0 (disagree) is taken first…
    await writeVote(db, { ...c, pid: 2, tid: 0, vote: -1 });
    await recompute(t, c.id);
    expect((await compareMathWithDatabase(db, c.id)).equal).toBe(true);
    // …then the early batch commits: a new pair, and an older vote of pid 2 on statement 0
    // that the database does not let replace the newer one.
    await writeVote(db, { ...c, pid: 0, tid: 2, vote: -1 }, low[0]);
    await writeVote(db, { ...c, pid: 2, tid: 0, vote: 0 }, low[1]);
    await recompute(t, c.id);
    const comparison = await compareMathWithDatabase(db, c.id);
    expect(comparison.differences).toEqual([]);
    expect(comparison.equal).toBe(true);
  });

  it.runIf(process.env.DATABASE_URL)(
    "takes a transaction held open while a later one commits (PostgreSQL, two connections)",
    async () => {
      const db = t.database.db;
      const c = await conversationWithVoters();
      await recompute(t, c.id);
      let commitFirst: () => void = () => {};
      let firstWrote: () => void = () => {};
      const wrote = new Promise<void>((resolve) => {
        firstWrote = resolve;
      });
      const first = db.transaction(async (tx) => {
        await writeVote(tx, { ...c, pid: 0, tid: 1, vote: -1 });
        firstWrote();
        await new Promise<void>((resolve) => {
          commitFirst = resolve;
        });
      });
      await wrote;
      await db.transaction(async (tx) => {
        await writeVote(tx, { ...c, pid: 1, tid: 1, vote: 1 });
        await writeVote(tx, { ...c, pid: 2, tid: 2, vote: 0 });
      });
      // The math runs while the first transaction is still open (it takes nothing past it).
      await recomputeConversation(db, {
        conversationId: c.id,
        runner: { run: async (job) => runMathJob(job) },
      });
      commitFirst();
      await first;
      await recompute(t, c.id);
      const comparison = await compareMathWithDatabase(db, c.id);
      expect(comparison.differences).toEqual([]);
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    "equals the database after concurrent vote batches while the math keeps running (PostgreSQL)",
    async () => {
      const db = t.database.db;
      const c = await createTestConversation(admin, "jarjestys", {
        seedStatements: ["Yksi", "Kaksi asiaa", "Kolme kohtaa", "Neljä ajatusta", "Viisi toivetta"],
      });
      let stop = false;
      const inline = { run: async (job: Parameters<typeof runMathJob>[0]) => runMathJob(job) };
      const mathLoop = (async () => {
        while (!stop) {
          await recomputeConversation(db, { conversationId: c.id, runner: inline });
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      const values = ["agree", "disagree", "pass"] as const;
      await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const r = resident(t);
          // The first vote brings the resident's cookie; then votes go in parallel.
          expect((await r.vote(c.publicId, 0, "pass")).statusCode).toBe(200);
          for (let round = 0; round < 2; round++)
            await Promise.all(
              [0, 1, 2, 3, 4].map((tid) => r.vote(c.publicId, tid, values[(i + tid + round) % 3]!)),
            );
        }),
      );
      stop = true;
      await mathLoop;
      await recompute(t, c.id);
      const comparison = await compareMathWithDatabase(db, c.id);
      expect(comparison.differences).toEqual([]);
    },
    120_000,
  );
});
