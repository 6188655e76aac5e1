import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/schema.js";
import { suppressAddress } from "../../messaging/index.js";
import type { Organization } from "../../organizations/index.js";
import { tinyPopulation } from "../draws/testing.js";
import { poolPartnerConsents } from "../schema.js";
import { searchMembers } from "../staff-list.js";
import { poolTokenFromMail, sampleJoin, setUpPool } from "../testing.js";

/**
 * A pool shared by a host with a partner: the agreement's lifecycle, per-partner consent, and
 * the partner's staff seeing, reading and drawing only members who consented to it.
 */
describe("shared pool", () => {
  let t: TestApp;
  let host: Organization;
  let partner: Organization;
  let hostAdmin: StaffClient;
  let hostFacilitator: StaffClient;
  let partnerAdmin: StaffClient;
  let partnerFacilitator: StaffClient;
  let partnerAnalyst: StaffClient;
  let outsider: StaffClient;
  const consenting: string[] = [];
  const others: string[] = [];
  let agreementId = "";

  beforeAll(async () => {
    t = await createTestApp();
    host = await t.createOrg("jakaja");
    partner = await t.createOrg("kumppani");
    const third = await t.createOrg("ulkopuoli");
    await t.addMember(host, "admin@jakaja.fi", ["admin"]);
    await t.addMember(host, "ohjaaja@jakaja.fi", ["facilitator"]);
    await t.addMember(partner, "admin@kumppani.fi", ["admin"]);
    await t.addMember(partner, "ohjaaja@kumppani.fi", ["facilitator"]);
    await t.addMember(partner, "analyytikko@kumppani.fi", ["analyst"]);
    await t.addMember(third, "admin@ulkopuoli.fi", ["admin"]);
    hostAdmin = await t.signIn("admin@jakaja.fi", "jakaja");
    hostFacilitator = await t.signIn("ohjaaja@jakaja.fi", "jakaja");
    partnerAdmin = await t.signIn("admin@kumppani.fi", "kumppani");
    partnerFacilitator = await t.signIn("ohjaaja@kumppani.fi", "kumppani");
    partnerAnalyst = await t.signIn("analyytikko@kumppani.fi", "kumppani");
    outsider = await t.signIn("admin@ulkopuoli.fi", "ulkopuoli");
    await setUpPool(hostAdmin, "jakaja");
    const population = await hostAdmin.request({
      method: "PUT",
      url: "/api/orgs/jakaja/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const hostUrl = "/api/orgs/jakaja/pool";
  const partnerUrl = "/api/orgs/kumppani/pool";
  const shared = (path: string) =>
    `${partnerUrl}/${path}${path.includes("?") ? "&" : "?"}pool=jakaja`;
  const audits = (organizationId: string, action: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, action)));

  it("lets the host's admin propose, refuses others and bad partners, by field", async () => {
    const propose = (client: StaffClient, payload: object) =>
      client.request({ method: "POST", url: `${hostUrl}/sharing`, payload });
    const payload = { partner: "kumppani", reference: "Kaupunginhallitus 12.3.2026 § 45" };
    expect((await propose(hostFacilitator, payload)).statusCode).toBe(403);
    const self = await propose(hostAdmin, { ...payload, partner: "jakaja" });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0]).toMatchObject({ path: "body.partner" });
    const unknown = await propose(hostAdmin, { ...payload, partner: "ei-ole" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: "body.partner" });
    const long = await propose(hostAdmin, { ...payload, reference: "x".repeat(301) });
    expect(long.statusCode).toBe(400);
    const made = await propose(hostAdmin, payload);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      role: "host",
      status: "proposed",
      host: { slug: "jakaja" },
      partner: { slug: "kumppani" },
      reference: payload.reference,
    });
    agreementId = made.json().id;
    expect((await propose(hostAdmin, payload)).statusCode).toBe(409);
    expect((await audits(partner.id, "pool.sharing_proposed")).length).toBe(1);
  });

  it("gives no access while proposed; only the partner's admin accepts", async () => {
    expect(
      (await partnerAnalyst.request({ method: "GET", url: shared("members") })).statusCode,
    ).toBe(403);
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([]);
    const accept = (client: StaffClient, slug: string) =>
      client.request({
        method: "POST",
        url: `/api/orgs/${slug}/pool/sharing/${agreementId}/accept`,
      });
    expect((await accept(hostAdmin, "jakaja")).statusCode).toBe(403);
    expect((await accept(partnerFacilitator, "kumppani")).statusCode).toBe(403);
    expect((await accept(outsider, "ulkopuoli")).statusCode).toBe(404);
    const accepted = await accept(partnerAdmin, "kumppani");
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ role: "partner", status: "accepted" });
    expect((await accept(partnerAdmin, "kumppani")).statusCode).toBe(409);
    const listed = await partnerAnalyst.request({ method: "GET", url: `${partnerUrl}/sharing` });
    expect(listed.json().agreements).toHaveLength(1);
    const outsiders = await outsider.request({
      method: "GET",
      url: "/api/orgs/ulkopuoli/pool/sharing",
    });
    expect(outsiders.json().agreements).toEqual([]);
  });

  it("names the partner as a recipient in the host's generated privacy notice", async () => {
    const notice = await t.app.inject({ method: "GET", url: "/api/orgs/jakaja/legal/privacy" });
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain(
      "jaettu sopimuksella seuraavien organisaatioiden kanssa: kumppani fi",
    );
  });

  it("shows the partner on the join page and records each member's choice", async () => {
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([
      {
        id: partner.id,
        slug: "kumppani",
        name: expect.objectContaining({ fi: expect.any(String) }),
      },
    ]);
    const bad = await t.app.inject({
      method: "POST",
      url: `${hostUrl}/join`,
      payload: sampleJoin({ email: "vaara@example.fi", partners: [host.id] }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "body.partners.0" });
    for (let i = 0; i < 8; i++) {
      const yes = i % 2 === 0;
      const res = await hostAdmin.request({
        method: "POST",
        url: `${hostUrl}/members`,
        payload: {
          ...sampleJoin({ email: `jasen-${i}@example.fi`, birthYear: 1960 + i * 5 }),
          source: "paper",
          partners: yes ? [partner.id] : [],
        },
      });
      expect(res.statusCode).toBe(201);
      (yes ? consenting : others).push(res.json().id);
    }
  });

  it("lets the partner's staff see only consenting members, the host all", async () => {
    const list = await partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(4);
    expect(
      list
        .json()
        .members.map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([...consenting].sort());
    const summary = await partnerAnalyst.request({ method: "GET", url: shared("summary") });
    expect(summary.json().size).toBe(4);
    const composition = await partnerAnalyst.request({ method: "GET", url: shared("composition") });
    expect(composition.statusCode).toBe(200);
    expect(composition.json().people).toBe(4);
    const all = await hostAdmin.request({ method: "GET", url: `${hostUrl}/members` });
    expect(all.json().total).toBe(8);
    // Without ?pool the partner sees its own (empty) pool, not the host's.
    const own = await partnerAnalyst.request({ method: "GET", url: `${partnerUrl}/members` });
    expect(own.json().total).toBe(0);
    // An organization without an agreement gets nothing, not even a count.
    const refused = await outsider.request({
      method: "GET",
      url: "/api/orgs/ulkopuoli/pool/summary?pool=jakaja",
    });
    expect(refused.statusCode).toBe(403);
  });

  it("keeps contact data behind pool.contact.read and logs the read with the organization", async () => {
    expect(
      (await partnerAnalyst.request({ method: "GET", url: shared("contacts") })).statusCode,
    ).toBe(403);
    const res = await partnerAdmin.request({ method: "GET", url: shared("contacts") });
    expect(res.statusCode).toBe(200);
    const ids = res
      .json()
      .contacts.map((c: { id: string }) => c.id)
      .sort();
    expect(ids).toEqual([...consenting].sort());
    expect(res.json().contacts[0].email).toMatch(/^jasen-\d@example\.fi$/);
    for (const org of [partner, host]) {
      const [event] = await audits(org.id, "pool.contact_read");
      expect(event!.detail).toMatchObject({ pool: host.id, by: partner.id, count: 4 });
      expect((event!.detail as { members: string[] }).members.sort()).toEqual(ids);
    }
  });

  let drawId = "";
  it("draws for the partner only from consenting members and records who drew", async () => {
    const draw = (size: number) =>
      partnerFacilitator.request({
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
    expect(made.json().drawnByOrganizationId).toBe(partner.id);
    expect([...made.json().drawnIds].sort()).toEqual([...consenting].sort());
    const [event] = await audits(partner.id, "pool.draw_made");
    expect(event!.detail).toMatchObject({ pool: host.id, by: partner.id, eligible: 4 });
    expect((await audits(host.id, "pool.draw_made"))[0]!.detail).toMatchObject({ by: partner.id });
    // The draw is the partner's: listed with ?pool, not in the host's list, not without ?pool.
    const listed = await partnerAnalyst.request({ method: "GET", url: shared("draws") });
    expect(listed.json().draws.map((d: { id: string }) => d.id)).toEqual([drawId]);
    const hosts = await hostAdmin.request({ method: "GET", url: `${hostUrl}/draws` });
    expect(hosts.json().draws).toEqual([]);
    const plain = await partnerAnalyst.request({
      method: "GET",
      url: `${partnerUrl}/draws/${drawId}`,
    });
    expect(plain.statusCode).toBe(404);
    const check = await partnerAnalyst.request({
      method: "POST",
      url: shared(`draws/${drawId}/check`),
    });
    expect(check.json().identical).toBe(true);
  });

  it("records the partner as the inviting organization, respecting the pool's suppressions", async () => {
    // Member 2 unsubscribed from the pool's (the host's) messages: no partner invitation either.
    await suppressAddress(t.database.db, {
      organizationId: host.id,
      channel: "email",
      address: "jasen-2@example.fi",
      reason: "unsubscribe",
    });
    const res = await partnerFacilitator.request({
      method: "POST",
      url: shared(`draws/${drawId}/invitations`),
      payload: { targetPath: "/kumppani" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ invited: 3, noChannel: 1 });
    const [event] = await audits(partner.id, "pool.draw_invited");
    expect(event!.detail).toMatchObject({ pool: host.id, by: partner.id });
    const tracking = await partnerAnalyst.request({
      method: "GET",
      url: shared(`draws/${drawId}/invitations`),
    });
    expect(tracking.json().invitations).toHaveLength(3);
    // The invitations are the partner's records, not the host's.
    const hostTracking = await hostAdmin.request({
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
    const list = await partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.json().total).toBe(3);
    expect(list.json().members.map((m: { id: string }) => m.id)).not.toContain(consenting[0]);
    // Given again: a new record, history kept.
    const again = await t.app.inject({
      method: "PUT",
      url: `${hostUrl}/me/partners`,
      headers,
      payload: { partners: [partner.id] },
    });
    expect(again.json().partnerConsents).toHaveLength(2);
    expect(
      (await partnerAnalyst.request({ method: "GET", url: shared("members") })).json().total,
    ).toBe(4);
    // The refused change was not recorded (nothing half-written); the two changes were.
    expect((await audits(host.id, "pool.partner_consent_changed")).length).toBe(2);
  });

  it("withdraws every partner consent when the member leaves", async () => {
    const session = await openSession("jasen-4@example.fi");
    const left = await t.app.inject({
      method: "DELETE",
      url: `${hostUrl}/me`,
      headers: { "x-pool-session": session },
    });
    expect(left.statusCode).toBe(204);
    const list = await partnerAnalyst.request({ method: "GET", url: shared("members") });
    expect(list.json().total).toBe(3);
    const rows = await t.database.db
      .select()
      .from(poolPartnerConsents)
      .where(eq(poolPartnerConsents.memberId, consenting[2]!));
    expect(rows.map((r) => r.withdrawnAt)).not.toContain(null);
    // Not even with ?status=left does the partner see the one who left.
    const leftOnes = await partnerAnalyst.request({
      method: "GET",
      url: shared("members?status=left"),
    });
    expect(leftOnes.json().total).toBe(0);
  });

  it("ends access for the partner when either party ends the agreement", async () => {
    const ended = await partnerAdmin.request({
      method: "POST",
      url: `${partnerUrl}/sharing/${agreementId}/end`,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe("ended");
    expect(
      (await partnerAnalyst.request({ method: "GET", url: shared("members") })).statusCode,
    ).toBe(403);
    // Even a query made with the partner's scope finds no one: the condition names the agreement.
    const direct = await searchMembers(t.database.db, {
      organizationId: host.id,
      partnerId: partner.id,
      input: { limit: 100 },
    });
    expect(direct.total).toBe(0);
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([]);
    expect(
      (await hostAdmin.request({ method: "POST", url: `${hostUrl}/sharing/${agreementId}/end` }))
        .statusCode,
    ).toBe(409);
    // A new proposal may follow the ended one.
    const anew = await hostAdmin.request({
      method: "POST",
      url: `${hostUrl}/sharing`,
      payload: { partner: "kumppani", reference: "Uusi sopimus" },
    });
    expect(anew.statusCode).toBe(201);
  });
});
