import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test-app.js";
import { suppressAddress } from "../../messaging/index.js";
import { poolPartnerConsents } from "../schema.js";
import { searchMembers } from "../staff-list.js";
import { poolTokenFromMail, sampleJoin } from "../testing.js";
import { auditsOf, type SharingSetUp, setUpSharing } from "./testing.js";

/**
 * A partner's staff on a shared pool: they see, read and draw only the members who consented
 * to their organization, and lose them at once on withdrawal, leaving or the agreement's end.
 */
describe("a shared pool seen by the partner", () => {
  let t: TestApp;
  let s: SharingSetUp;
  const hostUrl = "/api/orgs/jakaja/pool";
  const partnerUrl = "/api/orgs/kumppani/pool";
  const audits = (organizationId: string, action: string) => auditsOf(t, organizationId, action);
  const consenting: string[] = [];
  let agreementId = "";
  const shared = (path: string) =>
    `${partnerUrl}/${path}${path.includes("?") ? "&" : "?"}pool=jakaja`;

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSharing(t);
    const proposed = await s.hostAdmin.request({
      method: "POST",
      url: `${hostUrl}/sharing`,
      payload: { partner: "kumppani", reference: "Yhteistyösopimus 2026" },
    });
    agreementId = proposed.json().id;
    await s.partnerAdmin.request({
      method: "POST",
      url: `${partnerUrl}/sharing/${agreementId}/accept`,
    });
    // Eight members on paper; every other one lets the partner invite them.
    for (let i = 0; i < 8; i++) {
      const yes = i % 2 === 0;
      const res = await s.hostAdmin.request({
        method: "POST",
        url: `${hostUrl}/members`,
        payload: {
          ...sampleJoin({ email: `jasen-${i}@example.fi`, birthYear: 1960 + i * 5 }),
          source: "paper",
          partners: yes ? [s.partner.id] : [],
        },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      if (yes) consenting.push(res.json().id);
    }
  });
  afterAll(() => t.close());

  it("lets the partner's staff see only consenting members, the s.host all", async () => {
    const list = await s.partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(4);
    expect(
      list
        .json()
        .members.map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([...consenting].sort());
    const summary = await s.partnerAnalyst.request({ method: "GET", url: shared("summary") });
    expect(summary.json().size).toBe(4);
    const composition = await s.partnerAnalyst.request({
      method: "GET",
      url: shared("composition"),
    });
    expect(composition.statusCode).toBe(200);
    expect(composition.json().people).toBe(4);
    const all = await s.hostAdmin.request({ method: "GET", url: `${hostUrl}/members` });
    expect(all.json().total).toBe(8);
    // Without ?pool the s.partner sees its own (empty) pool, not the host's.
    const own = await s.partnerAnalyst.request({ method: "GET", url: `${partnerUrl}/members` });
    expect(own.json().total).toBe(0);
    // An organization without an agreement gets nothing, not even a count.
    const refused = await s.outsider.request({
      method: "GET",
      url: "/api/orgs/ulkopuoli/pool/summary?pool=jakaja",
    });
    expect(refused.statusCode).toBe(403);
  });

  it("keeps contact data behind pool.contact.read and logs the read with the organization", async () => {
    expect(
      (await s.partnerAnalyst.request({ method: "GET", url: shared("contacts") })).statusCode,
    ).toBe(403);
    const res = await s.partnerAdmin.request({ method: "GET", url: shared("contacts") });
    expect(res.statusCode).toBe(200);
    const ids = res
      .json()
      .contacts.map((c: { id: string }) => c.id)
      .sort();
    expect(ids).toEqual([...consenting].sort());
    expect(res.json().contacts[0].email).toMatch(/^jasen-\d@example\.fi$/);
    for (const org of [s.partner, s.host]) {
      const [event] = await audits(org.id, "pool.contact_read");
      expect(event!.detail).toMatchObject({ pool: s.host.id, by: s.partner.id, count: 4 });
      expect((event!.detail as { members: string[] }).members.sort()).toEqual(ids);
    }
  });

  let drawId = "";
  it("draws for the s.partner only from consenting members and records who drew", async () => {
    const draw = (size: number) =>
      s.partnerFacilitator.request({
        method: "POST",
        url: shared("draws"),
        payload: { title: "Seutupaneeli", purpose: "panels", method: "random", size, seed: "s-1" },
      });
    const tooMany = await draw(5);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].message).toMatch(/4 members can be drawn/);
    const made = await draw(4);
    expect(made.statusCode).toBe(201);
    drawId = made.json().id;
    expect(made.json().drawnByOrganizationId).toBe(s.partner.id);
    expect([...made.json().drawnIds].sort()).toEqual([...consenting].sort());
    const [event] = await audits(s.partner.id, "pool.draw_made");
    expect(event!.detail).toMatchObject({ pool: s.host.id, by: s.partner.id, eligible: 4 });
    expect((await audits(s.host.id, "pool.draw_made"))[0]!.detail).toMatchObject({
      by: s.partner.id,
    });
    // The draw is the partner's: listed with ?pool, not in the host's list, not without ?pool.
    const listed = await s.partnerAnalyst.request({ method: "GET", url: shared("draws") });
    expect(listed.json().draws.map((d: { id: string }) => d.id)).toEqual([drawId]);
    const hosts = await s.hostAdmin.request({ method: "GET", url: `${hostUrl}/draws` });
    expect(hosts.json().draws).toEqual([]);
    const plain = await s.partnerAnalyst.request({
      method: "GET",
      url: `${partnerUrl}/draws/${drawId}`,
    });
    expect(plain.statusCode).toBe(404);
    const check = await s.partnerAnalyst.request({
      method: "POST",
      url: shared(`draws/${drawId}/check`),
    });
    expect(check.json().identical).toBe(true);
  });

  it("records the s.partner as the inviting organization, respecting the pool's suppressions", async () => {
    // Member 2 unsubscribed from the pool's (the host's) messages: no s.partner invitation either.
    await suppressAddress(t.database.db, {
      organizationId: s.host.id,
      channel: "email",
      address: "jasen-2@example.fi",
      reason: "unsubscribe",
    });
    const res = await s.partnerFacilitator.request({
      method: "POST",
      url: shared(`draws/${drawId}/invitations`),
      payload: { targetPath: "/kumppani" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ invited: 3, noChannel: 1 });
    const [event] = await audits(s.partner.id, "pool.draw_invited");
    expect(event!.detail).toMatchObject({ pool: s.host.id, by: s.partner.id });
    const tracking = await s.partnerAnalyst.request({
      method: "GET",
      url: shared(`draws/${drawId}/invitations`),
    });
    expect(tracking.json().invitations).toHaveLength(3);
    // The invitations are the partner's records, not the host's.
    const hostTracking = await s.hostAdmin.request({
      method: "GET",
      url: `${hostUrl}/draws/${drawId}/invitations`,
    });
    expect(hostTracking.statusCode).toBe(404);
  });

  const openSession = async (email: string) => {
    await t.app.inject({
      method: "POST",
      url: `${hostUrl}/me/link`,
      payload: { email, language: "fi" },
    });
    const { token } = await poolTokenFromMail(t, email, "me");
    return (
      await t.app.inject({ method: "POST", url: `${hostUrl}/me/session`, payload: { token } })
    ).json().session as string;
  };

  it("takes a member out of the partner's view at once when withdrawn in self-service", async () => {
    const session = await openSession("jasen-0@example.fi");
    const headers = { "x-pool-session": session };
    const mine = await t.app.inject({ method: "GET", url: `${hostUrl}/me`, headers });
    expect(mine.json().partnerConsents).toMatchObject([
      { partner: { slug: "kumppani" }, givenVia: "paper", withdrawnAt: null },
    ]);
    const csv = await t.app.inject({
      method: "GET",
      url: `${hostUrl}/me/download?format=csv`,
      headers,
    });
    expect(csv.body).toMatch(/partner_organization.*\r?\nkumppani,/);
    const bad = await t.app.inject({
      method: "PUT",
      url: `${hostUrl}/me/partners`,
      headers,
      payload: { partners: ["00000000-0000-4000-8000-000000000000"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "body.partners.0" });
    const withdrawn = await t.app.inject({
      method: "PUT",
      url: `${hostUrl}/me/partners`,
      headers,
      payload: { partners: [] },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().partnerConsents[0].withdrawnAt).not.toBeNull();
    const list = await s.partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.json().total).toBe(3);
    expect(list.json().members.map((m: { id: string }) => m.id)).not.toContain(consenting[0]);
    // Given again: a new record, history kept.
    const again = await t.app.inject({
      method: "PUT",
      url: `${hostUrl}/me/partners`,
      headers,
      payload: { partners: [s.partner.id] },
    });
    expect(again.json().partnerConsents).toHaveLength(2);
    expect(
      (await s.partnerAnalyst.request({ method: "GET", url: shared("members") })).json().total,
    ).toBe(4);
    // The refused change was not recorded (nothing half-written); the two changes were.
    expect((await audits(s.host.id, "pool.partner_consent_changed")).length).toBe(2);
  });

  it("withdraws every s.partner consent when the member leaves", async () => {
    const session = await openSession("jasen-4@example.fi");
    const left = await t.app.inject({
      method: "DELETE",
      url: `${hostUrl}/me`,
      headers: { "x-pool-session": session },
    });
    expect(left.statusCode).toBe(204);
    const list = await s.partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.json().total).toBe(3);
    const rows = await t.database.db
      .select()
      .from(poolPartnerConsents)
      .where(eq(poolPartnerConsents.memberId, consenting[2]!));
    expect(rows.map((r) => r.withdrawnAt)).not.toContain(null);
    // Not even with ?status=left does the s.partner see the one who left.
    const leftOnes = await s.partnerAnalyst.request({
      method: "GET",
      url: shared("members?status=left"),
    });
    expect(leftOnes.json().total).toBe(0);
  });

  it("ends access for the s.partner when either party ends the agreement", async () => {
    const ended = await s.partnerAdmin.request({
      method: "POST",
      url: `${partnerUrl}/sharing/${agreementId}/end`,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe("ended");
    expect(
      (await s.partnerAnalyst.request({ method: "GET", url: shared("members") })).statusCode,
    ).toBe(403);
    // Even a query made with the partner's scope finds no one: the condition names the agreement.
    const direct = await searchMembers(t.database.db, {
      organizationId: s.host.id,
      partnerId: s.partner.id,
      input: { limit: 100 },
    });
    expect(direct.total).toBe(0);
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([]);
    // The consents given under the agreement ended with it.
    const standing = (
      await t.database.db
        .select()
        .from(poolPartnerConsents)
        .where(eq(poolPartnerConsents.agreementId, agreementId))
    ).filter((c) => c.withdrawnAt === null);
    expect(standing).toEqual([]);
    expect(
      (await s.hostAdmin.request({ method: "POST", url: `${hostUrl}/sharing/${agreementId}/end` }))
        .statusCode,
    ).toBe(409);
    // A new proposal may follow the ended one.
    const anew = await s.hostAdmin.request({
      method: "POST",
      url: `${hostUrl}/sharing`,
      payload: { partner: "kumppani", reference: "Uusi sopimus" },
    });
    expect(anew.statusCode).toBe(201);
    // Under the new agreement no one is in view until they choose the partner again.
    await s.partnerAdmin.request({
      method: "POST",
      url: `${partnerUrl}/sharing/${anew.json().id}/accept`,
    });
    const none = await s.partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(none.json().total).toBe(0);
    const session = await openSession("jasen-6@example.fi");
    const chosen = await t.app.inject({
      method: "PUT",
      url: `${hostUrl}/me/partners`,
      headers: { "x-pool-session": session },
      payload: { partners: [s.partner.id] },
    });
    expect(chosen.statusCode).toBe(200);
    const back = await s.partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(back.json().members.map((m: { id: string }) => m.id)).toEqual([consenting[3]]);
  });
});
