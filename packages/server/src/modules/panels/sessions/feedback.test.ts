import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { listOutbox } from "../../messaging/index.js";
import { latestVersion, surveyResponses } from "../../surveys/index.js";
import { candidatesOf } from "../candidates.js";
import { sessionsOf, setPanelStatus } from "../setup.js";
import { panelistSession, panelWithCandidates } from "../testing.js";
import { confirmSeated } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** Feedback after the panel: two surveys from the template, sent out, pooled in the brief. */
describe("panel feedback", () => {
  let t: TestApp;
  let staff: StaffClient;
  let viewer: StaffClient;
  let orgId: string;
  let facilitatorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("palaute");
    orgId = org.id;
    facilitatorId = await t.addMember(org, "vetaja@palaute.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@palaute.fi", ["viewer"]);
    staff = await t.signIn("vetaja@palaute.fi");
    viewer = await t.signIn("katsoja@palaute.fi");
  });
  afterAll(() => t.close());

  it("opens a panelists' and a facilitators' survey, mails the facilitators and reports the results", async () => {
    const db = t.database.db;
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: orgId,
      count: 40,
      k: 8,
      draw: "palaute",
    });
    await confirmSeated(db, { organizationId: orgId, panelId: panel.id });
    const [session] = await sessionsOf(db, panel);
    const base = `/api/orgs/palaute/panels/${panel.id}`;
    await staff.request({
      method: "POST",
      url: `${base}/sessions/${session!.id}/tables`,
      payload: { tables: 2 },
    });
    await staff.request({
      method: "PUT",
      url: `${base}/sessions/${session!.id}/tables/1/facilitator`,
      payload: { facilitatorId },
    });
    const early = await staff.request({ method: "POST", url: `${base}/feedback`, payload: {} });
    expect(early.statusCode).toBe(409);
    await setPanelStatus(db, {
      organizationId: orgId,
      panelId: panel.id,
      status: "running",
      actor: { label: "test" },
    });
    expect(
      (await viewer.request({ method: "POST", url: `${base}/feedback`, payload: {} })).statusCode,
    ).toBe(403);
    const opened = await staff.request({ method: "POST", url: `${base}/feedback`, payload: {} });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().facilitatorsMailed).toBe(1);
    const surveys = opened.json().surveys as {
      audience: string;
      surveyId: string;
      surveySlug: string;
      url: string;
    }[];
    expect(surveys.map((s) => s.audience)).toEqual(["facilitators", "panelists"]);
    // Again: the same surveys, no second mail.
    const again = await staff.request({ method: "POST", url: `${base}/feedback`, payload: {} });
    expect(again.json()).toMatchObject({ facilitatorsMailed: 0, surveys });
    await t.deliverMail();
    const mails = (await listOutbox(db, 100)).filter(
      (m) => m.to === "vetaja@palaute.fi" && m.subject.startsWith("Palaute"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(surveys[0]!.url);
    // The survey answers on its public page.
    const page = await t.app.inject({
      method: "GET",
      url: `/api/orgs/palaute/s/${surveys[1]!.surveySlug}`,
    });
    expect(page.statusCode, page.body).toBe(200);

    // A seated panelist finds the panelists' survey in their space.
    const seated = (await candidatesOf(db, panel)).find((c) => c.status === "confirmed")!;
    const me = await t.app.inject({
      method: "GET",
      url: "/api/orgs/palaute/panelists/me/sessions",
      headers: {
        "x-panel-session": await panelistSession(db, {
          organizationId: orgId,
          panelId: panel.id,
          candidateId: seated.id,
        }),
      },
    });
    expect(me.json().feedbackPath).toBe(`/palaute/surveys/${surveys[1]!.surveySlug}`);

    // Six panelists answer: 5,5,4,4,2,1 on "easy" → 4 of 6 agree; the brief shows it.
    const panelists = surveys[1]!.surveyId;
    const version = await latestVersion(db, panelists);
    await db.insert(surveyResponses).values(
      [5, 5, 4, 4, 2, 1].map((easy) => ({
        organizationId: orgId,
        surveyId: panelists,
        versionId: version!.id,
        status: "complete" as const,
        channel: "web" as const,
        answers: { easy, heard: 5 },
        submittedAt: new Date(),
      })),
    );
    const brief = await staff.request({
      method: "GET",
      url: `/api/orgs/palaute/reports/panels/${panel.id}?lang=fi`,
    });
    expect(brief.statusCode, brief.body).toBe(200);
    const findings = brief.json().sections.find((s: { key: string }) => s.key === "findings");
    const tables = findings.blocks
      .filter((b: { type: string }) => b.type === "table")
      .map((b: { table: unknown }) => b.table);
    const panelistsTable = tables.find((x: { caption: string }) =>
      x.caption.startsWith("Panelistien palaute"),
    );
    expect(panelistsTable.caption).toBe("Panelistien palaute (n = 6)");
    expect(panelistsTable.rows[0]).toEqual([expect.any(String), 6, 4 / 6]);
    const facilitatorsTable = tables.find((x: { caption: string }) =>
      x.caption.startsWith("Fasilitaattorien"),
    );
    expect(facilitatorsTable.rows[0][1]).toBe(0);
  });
});
