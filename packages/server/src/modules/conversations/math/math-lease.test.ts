import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, resident, untilVotesVisibleToMath } from "../testing.js";
import { recomputeConversation, storedResults } from "./math.js";
import type { MathJob, MathOutput } from "./math-thread.js";
import { runMathJob } from "./math-thread.js";

/** A math runner that computes only when the test lets it. */
function heldRunner() {
  let go: () => void = () => {};
  let started: () => void = () => {};
  const running = new Promise<void>((resolve) => {
    started = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    go = resolve;
  });
  return {
    runner: {
      run: async (job: MathJob): Promise<MathOutput> => {
        started();
        await gate;
        return runMathJob(job);
      },
    },
    running,
    go,
  };
}

const inline = { run: async (job: MathJob) => runMathJob(job) };
const seconds = (start: Date, s: number) => () => new Date(start.getTime() + s * 1000);

// On a shared PostgreSQL server another client's long write transaction delays the math (it
// waits for every older transaction to finish), so these tests allow for that wait.
vi.setConfig({ testTimeout: 90_000 });

describe("math leases: short, renewed while computing, taken over after a crash", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("vuokra");
    await t.addMember(org, "admin@vuokra.fi", ["admin"]);
    admin = await t.signIn("admin@vuokra.fi");
  });
  afterAll(() => t.close());

  it("lets another worker take over a dead worker's conversation within seconds", async () => {
    const db = t.database.db;
    const c = await createTestConversation(admin, "vuokra");
    await resident(t).vote(c.publicId, 0, "agree");
    await untilVotesVisibleToMath(t, c.id);
    const start = new Date();
    // A worker claims the conversation and dies: it never renews its lease (no heartbeat).
    const dead = heldRunner();
    const dying = recomputeConversation(db, {
      conversationId: c.id,
      runner: dead.runner,
      now: seconds(start, 0),
      heartbeatMs: 1e9,
    });
    await dead.running;
    // Ten seconds later the lease still holds…
    expect(
      await recomputeConversation(db, {
        conversationId: c.id,
        runner: inline,
        now: seconds(start, 10),
      }),
    ).toBeUndefined();
    // …sixteen seconds later another worker takes over and computes.
    const tick = await recomputeConversation(db, {
      conversationId: c.id,
      runner: inline,
      now: seconds(start, 16),
    });
    expect(tick).toBeTypeOf("number");
    // Should the stalled worker wake up, it no longer holds the lease and stores nothing.
    dead.go();
    expect(await dying).toBeUndefined();
    expect((await storedResults(db, c.id))?.results.tick).toBe(tick);
  });

  it("keeps a live worker's lease by its heartbeat, however long it computes", async () => {
    const db = t.database.db;
    const c = await createTestConversation(admin, "vuokra");
    await resident(t).vote(c.publicId, 1, "disagree");
    await untilVotesVisibleToMath(t, c.id);
    const start = new Date();
    let offset = 0;
    const clock = () => new Date(start.getTime() + offset * 1000);
    const slow = heldRunner();
    const working = recomputeConversation(db, {
      conversationId: c.id,
      runner: slow.runner,
      now: clock,
      heartbeatMs: 10,
    });
    await slow.running;
    // The worker computes for a minute; each heartbeat renews the lease from the current time.
    for (offset = 5; offset <= 60; offset += 5) await new Promise((r) => setTimeout(r, 40));
    offset = 60;
    await new Promise((r) => setTimeout(r, 40));
    expect(
      await recomputeConversation(db, {
        conversationId: c.id,
        runner: inline,
        now: seconds(start, 70),
      }),
    ).toBeUndefined();
    slow.go();
    expect(await working).toBeTypeOf("number");
  });
});
