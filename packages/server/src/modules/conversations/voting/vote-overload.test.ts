import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { voteEvents } from "../schema.js";
import { createTestConversation, resident } from "../testing.js";

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

describe("votes while the event loop runs late", () => {
  let t: TestApp;
  let admin: StaffClient;
  let lag = 0;
  beforeAll(async () => {
    t = await createTestApp(
      { VOTE_SHED_LAG_MS: "50" },
      { eventLoopLag: { lagMs: () => lag, stop: () => {} } },
    );
    const org = await t.createOrg("viive");
    await t.addMember(org, "admin@viive.fi", ["admin"]);
    admin = await t.signIn("admin@viive.fi");
  });
  afterAll(() => t.close());

  const votesIn = async (conversationId: string) => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(voteEvents)
      .where(eq(voteEvents.conversationId, conversationId));
    return row?.n;
  };

  it("refuses votes and statements at once with 503 and Retry-After above VOTE_SHED_LAG_MS, writing nothing; takes them below it", async () => {
    const c = await createTestConversation(admin, "viive", { allowStatements: true });
    const r = resident(t);
    lag = 10;
    expect((await r.vote(c.publicId, 0, "agree")).statusCode).toBe(200);
    expect(await votesIn(c.id)).toBe(1);

    lag = 80;
    const refused = await r.vote(c.publicId, 1, "disagree");
    expect(refused.statusCode).toBe(503);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.json().code).toBe("unavailable");
    // A new resident (no cookie) gets no participant and no cookie either.
    const stranger = resident(t);
    expect((await stranger.vote(c.publicId, 1, "agree")).statusCode).toBe(503);
    expect(stranger.cookie).toBeUndefined();
    const statement = await r.request({
      method: "POST",
      url: `/api/p/c/${c.publicId}/statements`,
      payload: { text: "Väite, joka tulee ruuhkassa" },
    });
    expect(statement.statusCode).toBe(503);
    expect(statement.headers["retry-after"]).toBe("1");
    // Refused before any lookup: an unknown conversation is not even looked for.
    expect((await r.vote("eiolemassa", 1, "agree")).statusCode).toBe(503);
    expect(await votesIn(c.id)).toBe(1);
    // Reading goes on while writes are shed.
    expect((await r.request({ method: "GET", url: `/api/p/c/${c.publicId}` })).statusCode).toBe(
      200,
    );

    lag = 49;
    expect((await r.vote(c.publicId, 1, "disagree")).statusCode).toBe(200);
    expect((await stranger.vote(c.publicId, 1, "agree")).statusCode).toBe(200);
    expect(await votesIn(c.id)).toBe(3);
  });

  it("refuses at the front door over a real socket, before Fastify sees the request", async () => {
    const c = await createTestConversation(admin, "viive");
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const post = (path: string) =>
      fetch(`${address}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tid: 0, vote: "agree" }),
      });
    lag = 80;
    const before = await votesIn(c.id);
    const refused = await post(`/api/p/c/${c.publicId}/votes?lang=fi`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    // Fastify adds x-request-id to every answer it sends: this one never reached it.
    expect(refused.headers.get("x-request-id")).toBeNull();
    const problem = (await refused.json()) as { code: string; instance: string };
    expect(problem.code).toBe("unavailable");
    expect(problem.instance).toBe(`/api/p/c/${c.publicId}/votes`);
    // Only the routes that declare shedUnderLoad: other paths reach Fastify (here a 404).
    const other = await post(`/api/p/c/${c.publicId}/votes/extra`);
    expect(other.status).toBe(404);
    expect(other.headers.get("x-request-id")).not.toBeNull();
    // Reading goes on.
    expect((await fetch(`${address}/api/p/c/${c.publicId}`)).status).toBe(200);
    expect(await votesIn(c.id)).toBe(before);
    lag = 10;
    const taken = await post(`/api/p/c/${c.publicId}/votes`);
    expect(taken.status).toBe(200);
    expect(taken.headers.get("x-request-id")).not.toBeNull();
  });
});
