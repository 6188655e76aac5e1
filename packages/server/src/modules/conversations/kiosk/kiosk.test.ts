import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { participants } from "../schema.js";
import { createTestConversation, recompute, resident } from "../testing.js";
import { endOfDay, openKioskSession } from "./sessions.js";

const EVENT = "Joensuun pääkirjasto, hyvinvointipäivä";

describe("kiosk sessions: residents take part one after another on a tablet at an event", () => {
  let t: TestApp;
  let admin: StaffClient;
  let facilitator: StaffClient;
  let analyst: StaffClient;
  beforeAll(async () => {
    // Few new participants per address, so that a kiosk visibly counts per session instead.
    t = await createTestApp({ PARTICIPANT_RATE_LIMIT_PER_ADDRESS: "3" });
    const org = await t.createOrg("karjala");
    await t.addMember(org, "admin@karjala.fi", ["admin"]);
    await t.addMember(org, "ohjaaja@karjala.fi", ["facilitator"]);
    await t.addMember(org, "analyytikko@karjala.fi", ["analyst"]);
    admin = await t.signIn("admin@karjala.fi");
    facilitator = await t.signIn("ohjaaja@karjala.fi");
    analyst = await t.signIn("analyytikko@karjala.fi");
  });
  afterAll(() => t.close());

  const start = (who: StaffClient, id: string, payload: Record<string, unknown>) =>
    who.request({
      method: "POST",
      url: `/api/orgs/karjala/conversations/${id}/kiosk-sessions`,
      payload,
    });
  const person = (publicId: string, kiosk: string) =>
    t.app.inject({ method: "POST", url: `/api/p/c/${publicId}/kiosk/people`, payload: { kiosk } });
  /** One person at the kiosk: a fresh key from the kiosk, sent as the header, never a cookie. */
  async function kioskVote(publicId: string, kiosk: string, key: string, tid: number) {
    return t.app.inject({
      method: "POST",
      url: `/api/p/c/${publicId}/votes`,
      headers: { "x-kuulo-resident": key },
      payload: { tid, vote: "agree", kiosk },
    });
  }

  it("ends the day in Finland by default (summer and winter time)", () => {
    expect(endOfDay(new Date("2026-06-15T20:30:00Z")).toISOString()).toBe(
      "2026-06-15T20:59:59.000Z",
    );
    // 00:30 in Helsinki on 16 June is still 15 June in UTC: the day is Finland's.
    expect(endOfDay(new Date("2026-06-15T21:30:00Z")).toISOString()).toBe(
      "2026-06-16T20:59:59.000Z",
    );
    expect(endOfDay(new Date("2026-12-04T10:00:00Z")).toISOString()).toBe(
      "2026-12-04T21:59:59.000Z",
    );
  });

  it("starts a session with the event's name, audit-logged, only for staff who run events", async () => {
    const c = await createTestConversation(admin, "karjala");
    expect((await start(analyst, c.id, { eventName: EVENT })).statusCode).toBe(403);
    const empty = await start(facilitator, c.id, { eventName: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ path: "body.eventName", code: "required" });
    const past = await start(facilitator, c.id, {
      eventName: EVENT,
      expiresAt: "2020-01-01T00:00:00Z",
    });
    expect(past.json().errors[0].path).toBe("body.expiresAt");

    const started = await start(facilitator, c.id, { eventName: EVENT });
    expect(started.statusCode).toBe(201);
    const session = started.json();
    expect(session).toMatchObject({ eventName: EVENT, open: true, participants: 0, endedAt: null });
    expect(session.token).toMatch(/^[\w-]{32}$/);
    expect(new Date(session.expiresAt).getTime()).toBe(endOfDay(new Date()).getTime());
    const list = await facilitator.request({
      method: "GET",
      url: `/api/orgs/karjala/conversations/${c.id}/kiosk-sessions`,
    });
    expect(list.json().sessions).toHaveLength(1);
    expect(list.json().sessions[0].token).toBeUndefined();
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.targetId, c.id), eq(auditEvents.action, "conversation.kiosk_started")),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ eventName: EVENT, kioskSessionId: session.id });
  });

  it("makes each person a new participant with channel event, none of the previous person visible", async () => {
    const c = await createTestConversation(admin, "karjala");
    const { token } = (await start(facilitator, c.id, { eventName: EVENT })).json();
    const first = await person(c.publicId, token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ eventName: EVENT });
    expect(first.headers["set-cookie"]).toBeUndefined();
    const key1 = first.json().residentToken as string;
    const vote = await kioskVote(c.publicId, token, key1, 0);
    expect(vote.statusCode).toBe(200);
    expect(vote.headers["set-cookie"]).toBeUndefined();
    await kioskVote(c.publicId, token, key1, 1);

    const key2 = (await person(c.publicId, token)).json().residentToken as string;
    expect(key2).not.toBe(key1);
    const next = await t.app.inject({
      method: "GET",
      url: `/api/p/c/${c.publicId}/next`,
      headers: { "x-kuulo-resident": key2 },
    });
    expect(next.json()).toMatchObject({ progress: { voted: 0, total: 3 } });
    const mine = await t.app.inject({
      method: "GET",
      url: `/api/p/c/${c.publicId}/statements`,
      headers: { "x-kuulo-resident": key2 },
    });
    expect(mine.json().statements.map((s: { myVote: unknown }) => s.myVote)).toEqual([
      null,
      null,
      null,
    ]);
    expect((await kioskVote(c.publicId, token, key2, 0)).statusCode).toBe(200);
    // A resident on their own phone is channel web.
    expect((await resident(t).vote(c.publicId, 0, "disagree")).statusCode).toBe(200);

    const rows = await t.database.db
      .select({
        pid: participants.pid,
        channel: participants.channel,
        kiosk: participants.kioskSessionId,
      })
      .from(participants)
      .where(eq(participants.conversationId, c.id))
      .orderBy(participants.pid);
    const sessionId = (await openKioskSession(t.database.db, { conversationId: c.id, token })).id;
    expect(rows).toEqual([
      { pid: 0, channel: "event", kiosk: sessionId },
      { pid: 1, channel: "event", kiosk: sessionId },
      { pid: 2, channel: "web", kiosk: null },
    ]);
    // A kiosk asks for the person's key: it never falls back to a cookie.
    const keyless = await t.app.inject({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      payload: { tid: 0, vote: "agree", kiosk: token },
    });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json().errors[0].path).toBe("headers.x-kuulo-resident");
    // A kiosk person's key does not work without the kiosk.
    const without = await t.app.inject({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      headers: { "x-kuulo-resident": key1 },
      payload: { tid: 2, vote: "agree" },
    });
    expect(without.json().code).toBe("kiosk.ended");

    // Results compare the channels like segments, and the export names each one's channel.
    await recompute(t, c.id);
    const results = await analyst.request({
      method: "GET",
      url: `/api/orgs/karjala/conversations/${c.id}/results`,
    });
    expect(results.json().results.channels.segments).toEqual([
      { segment: `event:${sessionId}`, participants: 2 },
      { segment: "web", participants: 1 },
    ]);
    expect(results.json().events).toEqual([{ key: `event:${sessionId}`, eventName: EVENT }]);
    const csv = await analyst.request({
      method: "GET",
      url: `/api/orgs/karjala/conversations/${c.id}/export/participants-votes.csv`,
    });
    const lines = csv.body.replace("\uFEFF", "").trim().split(/\r?\n/);
    expect(lines[0]!.split(",").slice(6, 9)).toEqual(["segment", "channel", "event"]);
    expect(lines[1]).toContain(`,event,"${EVENT}"`);
    expect(lines[3]).toMatch(/^2,.*,web,,/);
  });

  it("runs on an invitation-only conversation with the invitation link's token, and not without it", async () => {
    const c = await createTestConversation(admin, "karjala", { visibility: "invite" });
    const invite = new URL(c.links.find((l) => l.segmentKey === null)!.url).searchParams.get("t")!;
    const { token } = (await start(facilitator, c.id, { eventName: EVENT })).json();
    const key = (await person(c.publicId, token)).json().residentToken as string;
    const vote = (t1?: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/p/c/${c.publicId}/votes`,
        headers: { "x-kuulo-resident": key },
        payload: { tid: 0, vote: "agree", kiosk: token, ...(t1 ? { t: t1 } : {}) },
      });
    expect((await vote()).statusCode).toBe(404);
    expect((await vote(invite)).statusCode).toBe(200);
    const [row] = await t.database.db
      .select({ channel: participants.channel })
      .from(participants)
      .where(eq(participants.conversationId, c.id));
    expect(row).toEqual({ channel: "event" });
  });

  it("takes a token only for its own conversation and only while the session is open", async () => {
    const c = await createTestConversation(admin, "karjala");
    const other = await createTestConversation(admin, "karjala");
    const started = (await start(facilitator, c.id, { eventName: EVENT })).json();
    const elsewhere = await person(other.publicId, started.token);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({
      code: "kiosk.not_found",
      errors: [{ path: "body.kiosk" }],
    });
    const key = (await person(c.publicId, started.token)).json().residentToken as string;
    expect((await kioskVote(other.publicId, started.token, key, 0)).json().code).toBe(
      "kiosk.not_found",
    );

    const ended = await facilitator.request({
      method: "POST",
      url: `/api/orgs/karjala/conversations/${c.id}/kiosk-sessions/${started.id}/end`,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ open: false });
    for (const response of [
      await person(c.publicId, started.token),
      await kioskVote(c.publicId, started.token, key, 0),
    ]) {
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({
        code: "kiosk.ended",
        errors: [{ path: "body.kiosk" }],
      });
    }
    expect(
      await t.database.db.select().from(participants).where(eq(participants.conversationId, c.id)),
    ).toEqual([]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.targetId, c.id), eq(auditEvents.action, "conversation.kiosk_ended")),
      );
    expect(audit).toHaveLength(1);

    // Expired: the session's end time has passed.
    const expiring = (await start(facilitator, c.id, { eventName: EVENT })).json();
    await expect(
      openKioskSession(t.database.db, {
        conversationId: c.id,
        token: expiring.token,
        now: new Date(Date.parse(expiring.expiresAt) + 1000),
      }),
    ).rejects.toMatchObject({ code: "kiosk.ended", status: 410 });
  });

  it("records channel embed for a resident through an embedding site, web otherwise", async () => {
    const c = await createTestConversation(admin, "karjala");
    expect((await resident(t).vote(c.publicId, 0, "agree", { embed: true })).statusCode).toBe(200);
    expect((await resident(t).vote(c.publicId, 0, "agree")).statusCode).toBe(200);
    const rows = await t.database.db
      .select({ channel: participants.channel })
      .from(participants)
      .where(eq(participants.conversationId, c.id))
      .orderBy(participants.pid);
    expect(rows.map((r) => r.channel)).toEqual(["embed", "web"]);
  });

  it("counts a kiosk's new people per session, not per the tablet's address", async () => {
    const c = await createTestConversation(admin, "karjala");
    const { token } = (await start(facilitator, c.id, { eventName: EVENT })).json();
    // More people than the per-address limit of the test app would allow from one address.
    for (let i = 0; i < 4; i++) {
      const key = (await person(c.publicId, token)).json().residentToken as string;
      expect((await kioskVote(c.publicId, token, key, 0)).statusCode).toBe(200);
    }
  });
});
