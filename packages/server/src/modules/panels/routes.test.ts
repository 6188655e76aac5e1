import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { listOutbox } from "../messaging/index.js";
import type { Organization } from "../organizations/index.js";
import { insertCandidates } from "./candidates.js";
import { panelCandidates } from "./schema.js";
import { findPanel } from "./setup.js";
import { syntheticSignUps } from "./synthetic.js";
import { panelWithCandidates, sampleSetup } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** The panels over HTTP: who may do what, the draw, the report, invitations and answers. */
describe("panels over HTTP", () => {
  let t: TestApp;
  let org: Organization;
  let admin: StaffClient;
  let viewer: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("paneelit");
    await t.addMember(org, "fasilitaattori@paneelit.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@paneelit.fi", ["viewer"]);
    admin = await t.signIn("fasilitaattori@paneelit.fi");
    viewer = await t.signIn("katsoja@paneelit.fi");
  });
  afterAll(() => t.close());

  it("sets up a panel, draws it with the announced seed and publishes the report", async () => {
    const people = syntheticSignUps(50, "http");
    const refused = await viewer.request({
      method: "POST",
      url: "/api/orgs/paneelit/panels",
      payload: sampleSetup(),
    });
    expect(refused.statusCode).toBe(403);
    const invalid = await admin.request({
      method: "POST",
      url: "/api/orgs/paneelit/panels",
      payload: {
        ...sampleSetup(),
        quotas: [{ feature: "gender", value: "woman", min: 3, max: 2 }],
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe("body.quotas.0.min");
    // The travel cap per meeting: whole cents, at most 10 000 €, named at its field.
    const fees = (travelCapCents: unknown) =>
      admin.request({
        method: "POST",
        url: "/api/orgs/paneelit/panels",
        payload: {
          ...sampleSetup(),
          fees: { amountPerSessionCents: 5000, travel: true, travelCapCents, giftCard: false },
        },
      });
    for (const cap of [-1, 12.5, 1_000_001, "30,50"]) {
      const badCap = await fees(cap);
      expect(badCap.statusCode, String(cap)).toBe(400);
      expect(badCap.json().errors).toMatchObject([{ path: "body.fees.travelCapCents" }]);
    }
    const capped = await fees(3050);
    expect(capped.statusCode, capped.body).toBe(201);
    expect(capped.json().fees).toMatchObject({ travel: true, travelCapCents: 3050 });
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/paneelit/panels",
      payload: sampleSetup({ targetSize: 10 }, people),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({
      status: "draft",
      sessions: [{ date: "2027-02-04", place: "Kirjasto" }],
    });
    const status = await admin.request({
      method: "PUT",
      url: `/api/orgs/paneelit/panels/${id}/status`,
      payload: { status: "recruiting" },
    });
    expect(status.statusCode).toBe(200);
    await insertCandidates(t.database.db, sealer, {
      panel: await findPanel(t.database.db, { organizationId: org.id, panelId: id }),
      people,
      actor: { label: "test" },
    });
    const early = await admin.request({
      method: "POST",
      url: `/api/orgs/paneelit/panels/${id}/draw`,
      payload: { seed: "1" },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("panel.seed_not_announced");
    const announced = await admin.request({
      method: "PUT",
      url: `/api/orgs/paneelit/panels/${id}/seed-announcement`,
      payload: {
        announcement: "Lotto 2026-12-05, kaikki numerot",
        knownAt: "2026-01-01T00:00:00Z",
      },
    });
    expect(announced.statusCode).toBe(200);
    const publicBefore = await t.app.inject({ url: `/api/orgs/paneelit/panel-reports/${id}` });
    expect(publicBefore.json().seed).toMatchObject({
      announcement: "Lotto 2026-12-05, kaikki numerot",
      value: null,
    });
    const drawn = await admin.request({
      method: "POST",
      url: `/api/orgs/paneelit/panels/${id}/draw`,
      payload: { seed: "2 5 13 21 34 40" },
    });
    expect(drawn.statusCode, drawn.body).toBe(201);
    expect(drawn.json().seated).toHaveLength(10);
    const report = await t.app.inject({ url: `/api/orgs/paneelit/panel-reports/${id}` });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({
      seed: { value: "2 5 13 21 34 40" },
      method: { algorithm: "leximin" },
    });
    expect(report.json().people).toHaveLength(50);
    const summary = await viewer.request({
      url: `/api/orgs/paneelit/panels/${id}/candidates/summary`,
    });
    expect(summary.json().byStatus).toMatchObject({ selected: 10, reserve: 4 });
    // The viewer sees candidates without contact data, and may not read it.
    const list = await viewer.request({ url: `/api/orgs/paneelit/panels/${id}/candidates` });
    expect(list.body).not.toContain("example.invalid");
    const contact = await viewer.request({
      url: `/api/orgs/paneelit/panels/${id}/candidates/${list.json().candidates[0].id}/contact`,
    });
    expect(contact.statusCode).toBe(403);
  });

  it("answers infeasible quotas with 422 and the smallest relaxation", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 30,
      k: 6,
      setup: {
        quotas: [
          { feature: "gender", value: "woman", min: 0, max: 6 },
          { feature: "gender", value: "man", min: 0, max: 6 },
          // Nobody signed up with "other": one seat for it cannot be filled.
          { feature: "gender", value: "other", min: 1, max: 1 },
        ],
      },
    });
    await admin.request({
      method: "PUT",
      url: `/api/orgs/paneelit/panels/${panel.id}/seed-announcement`,
      payload: {
        announcement: "Lotto 2026-12-05, kaikki numerot",
        knownAt: "2026-01-01T00:00:00Z",
      },
    });
    const drawn = await admin.request({
      method: "POST",
      url: `/api/orgs/paneelit/panels/${panel.id}/draw`,
      payload: { seed: "1" },
    });
    expect(drawn.statusCode).toBe(422);
    expect(drawn.json().code).toBe("panel.quotas_infeasible");
    expect(drawn.json().errors.length).toBe(1);
    expect(drawn.json().errors[0]).toMatchObject({
      path: "quotas.2.min",
      params: { limit: 1, relaxedTo: 0 },
    });
  });

  it("invites with a one-time link: confirm, and a decline refilled within the quotas and invited", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 40,
      k: 8,
      seed: "kutsu",
      draw: "kutsu-siemen",
    });
    const invited = await admin.request({
      method: "POST",
      url: `/api/orgs/paneelit/panels/${panel.id}/invitations`,
      payload: { deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    });
    expect(invited.json()).toMatchObject({ invited: 8, byEmail: 8 });
    await t.deliverMail();
    const mails = (await listOutbox(t.database.db, 500)).filter((m) =>
      m.subject.includes("Asukaspaneeli"),
    );
    expect(mails).toHaveLength(8);
    const tokenOf = (text: string) => /panels\/me(?:\?lang=\w+)?#([A-Za-z0-9_-]+)/.exec(text)![1]!;
    const first = tokenOf(mails[0]!.text);
    const opened = await t.app.inject({
      method: "POST",
      url: "/api/orgs/paneelit/panelists/session",
      payload: { token: first },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: "selected", panel: { title: "Asukaspaneeli" } });
    const cookie = String(opened.headers["set-cookie"]).split(";")[0]!;
    const again = await t.app.inject({
      method: "POST",
      url: "/api/orgs/paneelit/panelists/session",
      payload: { token: first },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("auth.link_used");
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/api/orgs/paneelit/panelists/me/answer",
      headers: { cookie },
      payload: { answer: "confirm" },
    });
    expect(confirmed.json().status).toBe("confirmed");

    const second = await t.app.inject({
      method: "POST",
      url: "/api/orgs/paneelit/panelists/session",
      payload: { token: tokenOf(mails[1]!.text) },
    });
    const declined = await t.app.inject({
      method: "POST",
      url: "/api/orgs/paneelit/panelists/me/answer",
      headers: { "x-panel-session": second.json().session },
      payload: { answer: "decline" },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().status).toBe("declined");
    const rows = await t.database.db
      .select()
      .from(panelCandidates)
      .where(eq(panelCandidates.panelId, panel.id));
    const seated = rows.filter((r) => r.status === "selected" || r.status === "confirmed");
    expect(seated).toHaveLength(8);
    for (const q of panel.quotas) {
      const n = seated.filter((r) => r.attributes[q.feature] === q.value).length;
      expect(n).toBeGreaterThanOrEqual(q.min);
      expect(n).toBeLessThanOrEqual(q.max);
    }
    expect(rows.filter((r) => r.invitedAt).length).toBe(9);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, panel.id)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["panels.drawn", "panels.invited", "panels.replaced"]),
    );
  });
});
