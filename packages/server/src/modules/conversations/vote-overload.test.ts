import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../http/testing.js";
import { voteEvents } from "./schema.js";
import { createTestConversation, resident } from "./testing.js";

describe("votes under overload", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp({ VOTE_QUEUE_LIMIT: "2" });
    const org = await t.createOrg("ruuhka");
    await t.addMember(org, "admin@ruuhka.fi", ["admin"]);
    admin = await t.signIn("admin@ruuhka.fi");
  });
  afterAll(() => t.close());

  it("refuses votes beyond VOTE_QUEUE_LIMIT at once with 503 problem+json and Retry-After; the accepted ones are stored", async () => {
    const c = await createTestConversation(admin, "ruuhka");
    const residents = Array.from({ length: 12 }, () => resident(t));
    // Each resident has voted once, so the burst below finds them known.
    for (const r of residents) expect((await r.vote(c.publicId, 0, "agree")).statusCode).toBe(200);
    const burst = await Promise.all(residents.map((r) => r.vote(c.publicId, 1, "disagree")));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    const refused = burst.filter((r) => r.statusCode === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const r of refused) {
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(r.headers["retry-after"]).toBe("1");
      expect(r.json().code).toBe("unavailable");
    }
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(voteEvents)
      .where(and(eq(voteEvents.conversationId, c.id), eq(voteEvents.tid, 1)));
    expect(stored?.n).toBe(statuses.filter((s) => s === 200).length);
    // Once the queue has drained, votes are taken again.
    expect((await residents[0]!.vote(c.publicId, 2, "pass")).statusCode).toBe(200);
  });
});
