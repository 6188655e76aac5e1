import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { participants } from "./schema.js";
import { createTestConversation, resident } from "./testing.js";

/** What the host site does (the recipe in the embed docs), written out independently. */
function hostSigns(secret: string, xid: string, expires: number): string {
  const signature = createHmac("sha256", secret).update(`${xid}.${expires}`).digest("base64url");
  return `${xid}.${expires}.${signature}`;
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe("participant ids from embedding sites (xid) are accepted only when signed", () => {
  let t: TestApp;
  let admin: StaffClient;
  let viewer: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("upotus");
    await t.addMember(org, "admin@upotus.fi", ["admin"]);
    await t.addMember(org, "katsoja@upotus.fi", ["viewer", "moderator"]);
    admin = await t.signIn("admin@upotus.fi");
    viewer = await t.signIn("katsoja@upotus.fi");
  });
  afterAll(() => t.close());

  async function secretOf(id: string): Promise<string> {
    const response = await admin.request({
      method: "GET",
      url: `/api/orgs/upotus/conversations/${id}/embed-secret`,
    });
    expect(response.statusCode).toBe(200);
    return response.json().secret;
  }

  it("refuses an unsigned, forged, malformed or expired xid with a clear problem", async () => {
    const c = await createTestConversation(admin, "upotus");
    const secret = await secretOf(c.id);
    const attempts: [string, string][] = [
      ["host-user-7", "resident.xid_invalid"],
      [hostSigns("x".repeat(43), "host-user-7", inAnHour()), "resident.xid_invalid"],
      [`${hostSigns(secret, "host-user-7", inAnHour())}x`, "resident.xid_invalid"],
      [
        hostSigns(secret, "host-user-7", Math.floor(Date.now() / 1000) - 7200),
        "resident.xid_expired",
      ],
      [hostSigns(secret, "host-user-7", inAnHour() + 30 * 24 * 3600), "resident.xid_invalid"],
      ["a.b.c", "resident.xid_invalid"],
    ];
    for (const [xid, code] of attempts) {
      const response = await resident(t).vote(c.publicId, 0, "agree", { xid });
      expect(response.statusCode, xid).toBe(400);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({ code, errors: [{ path: "body.xid" }] });
      const written = await resident(t).request({
        method: "POST",
        url: `/api/p/c/${c.publicId}/statements`,
        payload: { text: "Kirjastoon lisää aukioloaikoja", xid },
      });
      expect(written.json().code).toBe(code);
    }
    // Nobody took part through a refused xid.
    expect(
      await t.database.db.select().from(participants).where(eq(participants.conversationId, c.id)),
    ).toEqual([]);
  });

  it("maps a signed xid to the same participant in any browser, and stores only its keyed hash", async () => {
    const c = await createTestConversation(admin, "upotus");
    const token = hostSigns(await secretOf(c.id), "asiakas.1234@kunta.fi", inAnHour());
    const phone = resident(t);
    expect((await phone.vote(c.publicId, 0, "agree", { xid: token })).statusCode).toBe(200);
    const laptop = resident(t);
    const second = await laptop.vote(c.publicId, 1, "disagree", { xid: token });
    expect(second.statusCode).toBe(200);
    expect(second.json().progress.voted).toBe(2);
    // Someone else signed in at the host site is another participant.
    const other = hostSigns(await secretOf(c.id), "asiakas.99@kunta.fi", inAnHour());
    expect(
      (await resident(t).vote(c.publicId, 0, "pass", { xid: other })).json().progress.voted,
    ).toBe(1);
    const rows = await t.database.db
      .select()
      .from(participants)
      .where(eq(participants.conversationId, c.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.xidHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(row)).not.toContain("asiakas");
    }
  });

  it("shows the secret to admins only, and a rotated secret refuses tokens signed with the old one", async () => {
    const c = await createTestConversation(admin, "upotus");
    const old = await secretOf(c.id);
    expect(await secretOf(c.id)).toBe(old);
    const hidden = await viewer.request({
      method: "GET",
      url: `/api/orgs/upotus/conversations/${c.id}/embed-secret`,
    });
    expect(hidden.statusCode).toBe(403);
    expect(hidden.body).not.toContain(old);
    const staffView = await viewer.request({
      method: "GET",
      url: `/api/orgs/upotus/conversations/${c.id}`,
    });
    expect(staffView.body).not.toContain(old);
    const rotated = await admin.request({
      method: "POST",
      url: `/api/orgs/upotus/conversations/${c.id}/embed-secret`,
    });
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json().secret as string;
    expect(fresh).not.toBe(old);
    const before = await resident(t).vote(c.publicId, 0, "agree", {
      xid: hostSigns(old, "u1", inAnHour()),
    });
    expect(before.json().code).toBe("resident.xid_invalid");
    const after = await resident(t).vote(c.publicId, 0, "agree", {
      xid: hostSigns(fresh, "u1", inAnHour()),
    });
    expect(after.statusCode).toBe(200);
    const audit = await admin.request({ method: "GET", url: "/api/orgs/upotus/audit" });
    expect(audit.body).toContain("conversation.embed_secret_rotated");
    expect(audit.body).not.toContain(fresh);
  });
});
