import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { setStatus } from "../deliberation/statements.js";
import { advance } from "../deliberation/testing.js";
import { panelCandidates } from "./schema.js";
import { panelistSession, panelWithCandidates } from "./testing.js";

/** A panel's final statement: started by staff, voted on by the seated panelists in their space. */
describe("the panel's statement", () => {
  let t: TestApp;
  let admin: StaffClient;
  let viewer: StaffClient;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("lausuma");
    orgId = org.id;
    await t.addMember(org, "admin@lausuma.fi", ["admin"]);
    await t.addMember(org, "katsoja@lausuma.fi", ["viewer"]);
    admin = await t.signIn("admin@lausuma.fi", "lausuma");
    viewer = await t.signIn("katsoja@lausuma.fi", "lausuma");
  });
  afterAll(() => t.close());

  it("makes the seated panelists its participants and lets them support and amend", async () => {
    const db = t.database.db;
    const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
    const recruiting = await panelWithCandidates(db, sealer, {
      organizationId: orgId,
      count: 20,
      k: 4,
    });
    const early = await admin.request({
      method: "POST",
      url: `/api/orgs/lausuma/panels/${recruiting.panel.id}/statement`,
      payload: {},
    });
    expect(early.statusCode).toBe(409);

    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: orgId,
      count: 30,
      k: 6,
      draw: "lausuma-siemen",
    });
    const url = `/api/orgs/lausuma/panels/${panel.id}/statement`;
    expect((await viewer.request({ method: "POST", url, payload: {} })).statusCode).toBe(403);
    const started = await admin.request({ method: "POST", url, payload: {} });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().participants).toBe(6);
    const statementId = started.json().statementId as string;
    // Starting again keeps the same statement.
    expect((await admin.request({ method: "POST", url, payload: {} })).json().statementId).toBe(
      statementId,
    );

    // Staff draft one recommendation and open the support check.
    const base = `/api/orgs/lausuma/deliberation/statements/${statementId}`;
    const proposal = await admin.request({
      method: "POST",
      url: `${base}/proposals`,
      payload: { sourceLabel: "Pöytä 1", text: "Lähipalvelut auki iltaisin" },
    });
    expect(proposal.statusCode, proposal.body).toBeLessThan(300);
    const proposalId = proposal.json().proposals[0].id as string;
    const merged = await admin.request({
      method: "POST",
      url: `${base}/merge`,
      payload: {
        proposalIds: [proposalId],
        title: "Iltavastaanotot",
        text: "Terveysasemat auki iltaisin.",
        rationale: "Työssäkäyvät.",
      },
    });
    expect(merged.statusCode, merged.body).toBeLessThan(300);
    const recommendationId = merged.json().recommendations[0].id as string;

    const seated = (
      await db.select().from(panelCandidates).where(eq(panelCandidates.panelId, panel.id))
    ).filter((c) => c.status === "selected");
    const other = (
      await db.select().from(panelCandidates).where(eq(panelCandidates.panelId, panel.id))
    ).find((c) => c.status === "reserve" || c.status === "candidate")!;
    const me = await panelistSession(db, {
      organizationId: orgId,
      panelId: panel.id,
      candidateId: seated[0]!.id,
    });
    const as = (session: string) => ({ "x-panel-session": session });
    const draft = await t.app.inject({
      method: "GET",
      url: "/api/orgs/lausuma/panelists/me/statement",
      headers: as(me),
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      statement: { id: statementId, status: "drafting" },
      participant: { label: `Panelisti ${seated[0]!.number + 1}`, role: "panelist" },
      recommendations: [{ id: recommendationId, title: "Iltavastaanotot", myLevel: null }],
    });
    // No support before the support check; an amendment while drafting is refused too.
    const tooEarly = await t.app.inject({
      method: "POST",
      url: "/api/orgs/lausuma/panelists/me/statement/support",
      headers: as(me),
      payload: { recommendationId, level: 4 },
    });
    expect(tooEarly.statusCode).toBe(409);
    await advance(db, { organizationId: orgId, statementId, to: "amending" });
    const amended = await t.app.inject({
      method: "POST",
      url: "/api/orgs/lausuma/panelists/me/statement/amendments",
      headers: as(me),
      payload: { recommendationId, comment: "Myös lauantaisin." },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json().recommendations[0].myAmendments[0]).toMatchObject({
      comment: "Myös lauantaisin.",
      status: "proposed",
    });
    await setStatus(db, {
      organizationId: orgId,
      statementId,
      status: "support_check",
      actor: { label: "test" },
    });
    const supported = await t.app.inject({
      method: "POST",
      url: "/api/orgs/lausuma/panelists/me/statement/support",
      headers: as(me),
      payload: { recommendationId, level: 3 },
    });
    expect(supported.statusCode, supported.body).toBe(200);
    expect(supported.json().recommendations[0].myLevel).toBe(3);
    const wrongLevel = await t.app.inject({
      method: "POST",
      url: "/api/orgs/lausuma/panelists/me/statement/support",
      headers: as(me),
      payload: { recommendationId, level: 9 },
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().errors[0].path).toBe("body.level");

    // A candidate who is not seated has no say; no session, no statement.
    const outsider = await panelistSession(db, {
      organizationId: orgId,
      panelId: panel.id,
      candidateId: other.id,
    });
    const refused = await t.app.inject({
      method: "GET",
      url: "/api/orgs/lausuma/panelists/me/statement",
      headers: as(outsider),
    });
    expect(refused.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: "GET",
      url: "/api/orgs/lausuma/panelists/me/statement",
    });
    expect(anonymous.statusCode).toBeGreaterThanOrEqual(400);
    expect(anonymous.statusCode).not.toBe(200);

    // The staff view counts the answer.
    const detail = await admin.request({ method: "GET", url: base });
    expect(detail.json().recommendations[0].support).toMatchObject({ answered: 1, eligible: 6 });
    const created = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "deliberation.statement_created"));
    expect(created.some((e) => e.targetId === statementId)).toBe(true);
  });
});
