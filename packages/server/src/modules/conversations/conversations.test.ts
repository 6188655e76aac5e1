import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { createTestConversation, recompute, resident } from "./testing.js";

describe("conversations: staff set up, residents vote", () => {
  let t: TestApp;
  let admin: StaffClient;
  let moderator: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kunta");
    await t.addMember(org, "admin@kunta.fi", ["admin"]);
    await t.addMember(org, "mod@kunta.fi", ["moderator"]);
    admin = await t.signIn("admin@kunta.fi");
    moderator = await t.signIn("mod@kunta.fi");
  });
  afterAll(() => t.close());

  it("creates a conversation with segments, seed statements and signed links", async () => {
    const c = await createTestConversation(admin, "kunta");
    expect(c.publicId).toMatch(/^[a-z2-9]{10}$/);
    expect(c.links.map((l) => l.segmentKey)).toEqual(["asukkaat", "henkilosto", null]);
    expect(c.links[0]!.url).toMatch(
      new RegExp(`^http://localhost:3000/kunta/c/${c.publicId}\\?t=asukkaat\\.`),
    );
    const statements = await moderator.request({
      method: "GET",
      url: `/api/orgs/kunta/conversations/${c.id}/statements`,
    });
    expect(
      statements.json().statements.map((s: { tid: number; status: string }) => [s.tid, s.status]),
    ).toEqual([
      [0, "approved"],
      [1, "approved"],
      [2, "approved"],
    ]);
    const landing = await t.app.inject({ method: "GET", url: "/api/orgs/kunta" });
    expect(landing.json().activities[0]).toMatchObject({
      kind: "conversation",
      url: `/kunta/c/${c.publicId}`,
    });
  });

  it("keeps segment links in the order staff entered them, also after a change", async () => {
    const c = await createTestConversation(admin, "kunta", {
      segments: [
        { key: "nuoret", name: { fi: "Nuoret" } },
        { key: "asukkaat", name: { fi: "Asukkaat" } },
        { key: "henkilosto", name: { fi: "Henkilöstö" } },
      ],
    });
    expect(c.links.map((l) => l.segmentKey)).toEqual(["nuoret", "asukkaat", "henkilosto", null]);
    const changed = await admin.request({
      method: "PATCH",
      url: `/api/orgs/kunta/conversations/${c.id}`,
      payload: {
        segments: [
          { key: "henkilosto", name: { fi: "Henkilöstö" } },
          { key: "paattajat", name: { fi: "Päättäjät" } },
          { key: "nuoret", name: { fi: "Nuoret" } },
        ],
      },
    });
    expect(changed.statusCode).toBe(200);
    // Given ones in the order given; one left out (asukkaat) is kept, after them.
    expect(changed.json().links.map((l: { segmentKey: string | null }) => l.segmentKey)).toEqual([
      "henkilosto",
      "paattajat",
      "nuoret",
      "asukkaat",
      null,
    ]);
  });

  it("refuses a conversation without a Finnish title, naming the field", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/orgs/kunta/conversations",
      payload: { title: { fi: "" } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("body.title.fi");
    const moderatorTries = await moderator.request({
      method: "POST",
      url: "/api/orgs/kunta/conversations",
      payload: { title: { fi: "x" } },
    });
    expect(moderatorTries.statusCode).toBe(403);
  });

  it("lets a resident vote without an account, change a vote, and retry safely", async () => {
    const c = await createTestConversation(admin, "kunta");
    const r = resident(t);
    const next = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/next` });
    expect(next.json().progress).toEqual({ voted: 0, total: 3 });
    const tid = next.json().statement.tid as number;
    const first = await r.vote(c.publicId, tid, "agree", { requestId: "first-request" });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ recorded: true, progress: { voted: 1, total: 3 } });
    expect(first.json().residentToken).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(String(first.headers["set-cookie"])).toMatch(/kuulo_resident=.*HttpOnly.*SameSite=Lax/);
    // The same request again (a retry after a lost answer) is not a second vote.
    const retry = await r.vote(c.publicId, tid, "agree", { requestId: "first-request" });
    expect(retry.json()).toMatchObject({ recorded: false, progress: { voted: 1, total: 3 } });
    // Changing the vote: the latest counts, and every event is kept.
    await r.vote(c.publicId, tid, "disagree", { requestId: "second-request" });
    const mine = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/statements` });
    expect(mine.json().statements.find((s: { tid: number }) => s.tid === tid).myVote).toBe(
      "disagree",
    );
    const after = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/next` });
    expect(after.json().statement.tid).not.toBe(tid);
    const { voteEvents } = await import("./schema.js");
    const events = await t.database.db.select().from(voteEvents);
    expect(
      events
        .filter((e) => e.requestId === "first-request" || e.requestId === "second-request")
        .map((e) => e.vote),
    ).toEqual([1, -1]);
  });

  it("works from an embed with the token in a header instead of a cookie", async () => {
    const c = await createTestConversation(admin, "kunta");
    const first = await t.app.inject({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      payload: { tid: 0, vote: "pass" },
    });
    const token = first.json().residentToken as string;
    const second = await t.app.inject({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      headers: { "x-kuulo-resident": token },
      payload: { tid: 1, vote: "agree" },
    });
    expect(second.json().progress).toEqual({ voted: 2, total: 3 });
    // A forged token is not accepted as that resident.
    const forged = await t.app.inject({
      method: "GET",
      url: `/api/p/c/${c.publicId}`,
      headers: { "x-kuulo-resident": `${token.split(".")[0]}.AAAAAAAAAAAAAAAAAAAAAA` },
    });
    expect(forged.json().progress.voted).toBe(0);
  });

  it("refuses votes on unknown (404) and moderated-out (409) statements", async () => {
    const c = await createTestConversation(admin, "kunta");
    const r = resident(t);
    const unknown = await r.vote(c.publicId, 99, "agree");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("statement.not_found");
    await moderator.request({
      method: "POST",
      url: `/api/orgs/kunta/conversations/${c.id}/moderation`,
      payload: { tids: [2], action: "reject", reason: "Ei liity aiheeseen" },
    });
    const removed = await r.vote(c.publicId, 2, "agree");
    expect(removed.statusCode).toBe(409);
    expect(removed.json().code).toBe("statement.removed");
    expect(removed.json().detail).toMatch(/removed by the moderators/);
  });

  it("keeps a closed conversation read-only: voting gets 409 with a clear message", async () => {
    const c = await createTestConversation(admin, "kunta", {
      opensAt: "2020-01-01T00:00:00Z",
      closesAt: "2020-02-01T00:00:00Z",
    });
    const r = resident(t);
    const response = await r.vote(c.publicId, 0, "agree");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("conversation.closed");
    expect(response.json().detail).toBe(
      "The conversation has closed: it can be read but no longer changed.",
    );
    const view = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}` });
    expect(view.json().state).toBe("closed");
  });

  it("hides an invitation-only conversation without a valid link, and a segment link places the resident", async () => {
    const c = await createTestConversation(admin, "kunta", { visibility: "invite" });
    expect((await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}?t=asukkaat.forged` }))
        .statusCode,
    ).toBe(404);
    const staffLink = new URL(c.links.find((l) => l.segmentKey === "henkilosto")!.url);
    const t1 = staffLink.searchParams.get("t")!;
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/p/c/${c.publicId}?t=${encodeURIComponent(t1)}`,
        })
      ).statusCode,
    ).toBe(200);
    const r = resident(t);
    await r.vote(c.publicId, 0, "agree", { t: t1 });
    const { participants, segments } = await import("./schema.js");
    const [row] = await t.database.db
      .select()
      .from(participants)
      .innerJoin(segments, (await import("drizzle-orm")).eq(segments.id, participants.segmentId));
    expect(row?.conversation_segments.key).toBe("henkilosto");
    // A link of one conversation does not open another.
    const other = await createTestConversation(admin, "kunta", { visibility: "invite" });
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/p/c/${other.publicId}?t=${encodeURIComponent(t1)}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("tells a resident on a public conversation that their link is broken, and counts them under no segment", async () => {
    const c = await createTestConversation(admin, "kunta");
    const link = new URL(c.links.find((l) => l.segmentKey === "asukkaat")!.url);
    const token = link.searchParams.get("t")!;
    const open = async (t1?: string) =>
      (
        await t.app.inject({
          method: "GET",
          url: `/api/p/c/${c.publicId}${t1 === undefined ? "" : `?t=${encodeURIComponent(t1)}`}`,
        })
      ).json().invitation;
    expect(await open()).toBe("none");
    expect(await open(token)).toBe("valid");
    expect(await open(token.slice(0, -6))).toBe("invalid"); // cut short by a mail program
    expect(await open("asukkaat.forged")).toBe("invalid");
    const r = resident(t);
    const vote = await r.vote(c.publicId, 0, "agree", { t: "asukkaat.forged" });
    expect(vote.statusCode).toBe(200);
    const { participants } = await import("./schema.js");
    const { eq } = await import("drizzle-orm");
    const { conversations } = await import("./schema.js");
    const [row] = await t.database.db
      .select({ segmentId: participants.segmentId })
      .from(participants)
      .innerJoin(conversations, eq(conversations.id, participants.conversationId))
      .where(eq(conversations.publicId, c.publicId));
    expect(row).toEqual({ segmentId: null });
  });

  it("computes the opinion map, groups and segment comparison from residents' votes", async () => {
    const c = await createTestConversation(admin, "kunta", {
      seedStatements: Array.from(
        { length: 8 },
        (_, i) => `Väite numero ${i} aiheesta ${"abcdefgh"[i]}`,
      ),
    });
    const links = Object.fromEntries(
      c.links.map((l) => [l.segmentKey, new URL(l.url).searchParams.get("t")]),
    );
    // Two clear camps: one agrees with statements 0–3 and disagrees with 4–7, the other the opposite.
    for (let i = 0; i < 24; i++) {
      const r = resident(t);
      const camp = i % 2;
      for (let tid = 0; tid < 8; tid++) {
        const agree = tid < 4 === (camp === 0);
        await r.vote(c.publicId, tid, agree ? "agree" : "disagree", {
          t: camp === 0 ? links.asukkaat : links.henkilosto,
        });
      }
    }
    const firstTick = await recompute(t, c.id);
    expect(firstTick).toBeTypeOf("number");
    const results = await admin.request({
      method: "GET",
      url: `/api/orgs/kunta/conversations/${c.id}/results`,
    });
    const body = results.json();
    expect(body.results.participants).toBe(24);
    expect(body.results.groups.map((g: { size: number }) => g.size).sort()).toEqual([12, 12]);
    expect(body.results.segments.mostDifferent.length).toBeGreaterThan(0);
    expect(body.participation.at(-1)).toMatchObject({ participants: 24, totalVotes: 192 });
    // The resident sees where they are on the map.
    const r = resident(t);
    for (let tid = 0; tid < 8; tid++) await r.vote(c.publicId, tid, tid < 4 ? "agree" : "disagree");
    expect(await recompute(t, c.id)).toBe(firstTick! + 1);
    const mine = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/results` });
    expect(mine.json().available).toBe(true);
    expect(mine.json().me).not.toBeNull();
    // A second compute with nothing new does nothing.
    expect(await recompute(t, c.id)).toBeUndefined();
  });
});
