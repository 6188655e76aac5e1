import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { poolPartnerConsents } from "../schema.js";
import { sampleJoin } from "../testing.js";
import { auditsOf, type SharingSetUp, setUpSharing } from "./testing.js";

/** A sharing agreement's lifecycle: who may propose and accept, and what the partner gets. */
describe("pool sharing agreements", () => {
  let t: TestApp;
  let s: SharingSetUp;
  const hostUrl = "/api/orgs/jakaja/pool";
  const partnerUrl = "/api/orgs/kumppani/pool";
  const audits = (organizationId: string, action: string) => auditsOf(t, organizationId, action);
  let agreementId = "";

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSharing(t);
  });
  afterAll(() => t.close());

  it("lets the host's admin propose, refuses others and bad partners, by field", async () => {
    const propose = (client: StaffClient, payload: object) =>
      client.request({ method: "POST", url: `${hostUrl}/sharing`, payload });
    const payload = { partner: "kumppani", reference: "Kaupunginhallitus 12.3.2026 § 45" };
    expect((await propose(s.hostFacilitator, payload)).statusCode).toBe(403);
    const self = await propose(s.hostAdmin, { ...payload, partner: "jakaja" });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0]).toMatchObject({ path: "body.partner" });
    const unknown = await propose(s.hostAdmin, { ...payload, partner: "ei-ole" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: "body.partner" });
    const long = await propose(s.hostAdmin, { ...payload, reference: "x".repeat(301) });
    expect(long.statusCode).toBe(400);
    const made = await propose(s.hostAdmin, payload);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      role: "host",
      status: "proposed",
      host: { slug: "jakaja" },
      partner: { slug: "kumppani" },
      reference: payload.reference,
    });
    agreementId = made.json().id;
    expect((await propose(s.hostAdmin, payload)).statusCode).toBe(409);
    expect((await audits(s.partner.id, "pool.sharing_proposed")).length).toBe(1);
  });

  it("gives no access while proposed; only the partner's admin accepts", async () => {
    expect(
      (await s.partnerAnalyst.request({ method: "GET", url: `${partnerUrl}/members?pool=jakaja` }))
        .statusCode,
    ).toBe(403);
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([]);
    const accept = (client: StaffClient, slug: string) =>
      client.request({
        method: "POST",
        url: `/api/orgs/${slug}/pool/sharing/${agreementId}/accept`,
      });
    expect((await accept(s.hostAdmin, "jakaja")).statusCode).toBe(403);
    expect((await accept(s.partnerFacilitator, "kumppani")).statusCode).toBe(403);
    expect((await accept(s.outsider, "ulkopuoli")).statusCode).toBe(404);
    const accepted = await accept(s.partnerAdmin, "kumppani");
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ role: "partner", status: "accepted" });
    expect((await accept(s.partnerAdmin, "kumppani")).statusCode).toBe(409);
    const listed = await s.partnerAnalyst.request({ method: "GET", url: `${partnerUrl}/sharing` });
    expect(listed.json().agreements).toHaveLength(1);
    const outsiders = await s.outsider.request({
      method: "GET",
      url: "/api/orgs/ulkopuoli/pool/sharing",
    });
    expect(outsiders.json().agreements).toEqual([]);
  });

  it("names the s.partner as a recipient in the host's generated privacy notice", async () => {
    const notice = await t.app.inject({ method: "GET", url: "/api/orgs/jakaja/legal/privacy" });
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain(
      "jaettu sopimuksella seuraavien organisaatioiden kanssa: kumppani fi",
    );
  });

  it("shows the s.partner on the join page and records a member's choice as a consent record", async () => {
    const form = await t.app.inject({ method: "GET", url: `${hostUrl}/form` });
    expect(form.json().partners).toEqual([
      {
        id: s.partner.id,
        slug: "kumppani",
        name: expect.objectContaining({ fi: expect.any(String) }),
      },
    ]);
    const bad = await t.app.inject({
      method: "POST",
      url: `${hostUrl}/join`,
      payload: sampleJoin({ email: "vaara@example.fi", partners: [s.host.id] }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "body.partners.0" });
    const ok = await s.hostAdmin.request({
      method: "POST",
      url: `${hostUrl}/members`,
      payload: {
        ...sampleJoin({ email: "paperi@example.fi" }),
        source: "paper",
        partners: [s.partner.id],
      },
    });
    expect(ok.statusCode).toBe(201);
    const [consent] = await t.database.db
      .select()
      .from(poolPartnerConsents)
      .where(eq(poolPartnerConsents.memberId, ok.json().id));
    expect(consent).toMatchObject({
      organizationId: s.host.id,
      partnerOrganizationId: s.partner.id,
      agreementId,
      givenVia: "paper",
      withdrawnAt: null,
    });
  });
});
