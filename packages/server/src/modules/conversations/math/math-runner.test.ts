import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, resident, untilVotesVisibleToMath } from "../testing.js";
import { recomputeConversation, startMathWorker } from "./math.js";
import { createMathRunner } from "./math-runner.js";

// On a shared PostgreSQL server another client's long write transaction delays the math (it
// waits for every older transaction to finish), so these tests allow for that wait.
vi.setConfig({ testTimeout: 90_000 });

describe("math in a worker thread, continuing from the stored state", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("laskenta");
    await t.addMember(org, "admin@laskenta.fi", ["admin"]);
    admin = await t.signIn("admin@laskenta.fi");
  });
  afterAll(() => t.close());

  it("computes in a worker thread, and a new runner (a restarted server) continues from the stored state", async () => {
    const c = await createTestConversation(admin, "laskenta", {
      seedStatements: ["Yksi väite", "Toinen asia", "Kolmas juttu", "Neljäs kohta"],
    });
    const vote = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = resident(t);
        for (let tid = 0; tid < 4; tid++)
          await r.vote(c.publicId, tid, (i + tid) % 2 ? "agree" : "disagree");
      }
    };
    await vote(8);
    await untilVotesVisibleToMath(t, c.id);
    const first = createMathRunner();
    const worker = startMathWorker({
      db: t.database.db,
      runner: first,
      intervalMs: 60_000,
      onError: (e) => {
        throw e;
      },
    });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    const tick = (
      await admin.request({
        method: "GET",
        url: `/api/orgs/laskenta/conversations/${c.id}/results`,
      })
    ).json().results.tick;

    await vote(4);
    await untilVotesVisibleToMath(t, c.id);
    const second = createMathRunner();
    try {
      const next = await recomputeConversation(t.database.db, {
        conversationId: c.id,
        runner: second,
      });
      expect(next).toBe(tick + 1);
      const results = (
        await admin.request({
          method: "GET",
          url: `/api/orgs/laskenta/conversations/${c.id}/results`,
        })
      ).json().results;
      expect(results.participants).toBe(12);
    } finally {
      await second.close();
    }
  });

  it("lets only one worker hold a conversation at a time", async () => {
    const c = await createTestConversation(admin, "laskenta");
    await resident(t).vote(c.publicId, 0, "agree");
    await untilVotesVisibleToMath(t, c.id);
    let release: () => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slow = {
      run: async (job: Parameters<ReturnType<typeof createMathRunner>["run"]>[0]) => {
        await new Promise<void>((resolve) => {
          release = resolve;
          started();
        });
        const { runMathJob } = await import("./math-thread.js");
        return runMathJob(job);
      },
    };
    const holding = recomputeConversation(t.database.db, { conversationId: c.id, runner: slow });
    await running;
    const other = await recomputeConversation(t.database.db, {
      conversationId: c.id,
      runner: slow,
    });
    expect(other).toBeUndefined();
    release();
    expect(await holding).toBeTypeOf("number");
  });
});
