import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { campaignDashboard } from "../phone/dashboard.js";
import { seedDemoPhone } from "../phone/demo.js";
import { phoneCampaigns } from "../phone/schema.js";
import { seedDemoSurvey } from "../surveys/demo.js";
import { surveyPublications } from "../surveys/schema.js";
import { activitiesInPeriod } from "./period/activities.js";

/** Reports (#18): a phone campaign's brief and its place in the period report. */
describe("phone campaign reports", () => {
  let t: TestApp;
  let orgId: string;
  let admin: StaffClient;
  let campaign: typeof phoneCampaigns.$inferSelect;

  beforeAll(async () => {
    t = await createTestApp({ PHONE_WORKER: "false" });
    const org = await t.createOrg("raportti-puhelut");
    orgId = org.id;
    await t.addMember(org, "admin@raportti-puhelut.fi", ["admin"]);
    admin = await t.signIn("admin@raportti-puhelut.fi", "raportti-puhelut");
    const options = { organization: org, dataKey: Buffer.from(TEST_DATA_KEY, "hex") };
    await seedDemoSurvey(t.database.db, options);
    await seedDemoPhone(t.database.db, options);
    [campaign] = (await t.database.db
      .select()
      .from(phoneCampaigns)
      .where(eq(phoneCampaigns.organizationId, orgId))) as [typeof campaign];
  });
  afterAll(() => t.close());

  it("briefs the calls and the campaign's own answers by question, public when the survey's results are", async () => {
    const db = t.database.db;
    const board = await campaignDashboard(db, { organizationId: orgId, campaignId: campaign.id });
    const url = `/api/orgs/raportti-puhelut/reports/phone/${campaign.id}`;
    const response = await admin.request({ method: "GET", url: `${url}?lang=fi` });
    expect(response.statusCode, response.body).toBe(200);
    const brief = response.json();
    expect(brief).toMatchObject({ kind: "phone", title: campaign.name, resultsPublic: true });
    const figures = brief.sections[0].blocks[0].table.rows;
    expect(figures).toContainEqual(["Soittoyrityksiä", board.attempted]);
    expect(figures).toContainEqual(["Loppuun asti vastattuja", board.completed]);
    expect(figures).toContainEqual(["Osittain vastattuja", board.partial]);
    expect(figures).toContainEqual(["Kieltäytyi soitoista", 6]);
    const failed = Object.values(board.failedByReason).reduce((a, b) => a + b, 0);
    expect(failed).toBeGreaterThan(0);
    expect(figures).toContainEqual(["Epäonnistuneita", failed]);
    const tables = brief.sections[1].blocks.filter((b: { type: string }) => b.type === "table");
    expect(tables.length).toBeGreaterThan(0);
    // Only this campaign's answers: no question counts more than the calls that answered.
    for (const table of tables) {
      const answered = Number(/\d+\)$/.exec(table.table.caption)?.[0].slice(0, -1));
      expect(answered).toBeGreaterThan(0);
      expect(answered).toBeLessThanOrEqual(board.completed + board.partial);
    }
    const open = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-puhelut/reports/public/phone/${campaign.id}/pdf?lang=en`,
    });
    expect(open.statusCode).toBe(200);
    expect(open.headers["content-type"]).toBe("application/pdf");
    await db
      .update(surveyPublications)
      .set({ visibility: "link" })
      .where(eq(surveyPublications.surveyId, campaign.surveyId));
    const hidden = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-puhelut/reports/public/phone/${campaign.id}`,
    });
    expect(hidden.statusCode).toBe(404);
    const staffPdf = await admin.request({ method: "GET", url: `${url}/pdf?lang=sv` });
    expect(staffPdf.statusCode).toBe(200);
    expect(staffPdf.headers["content-type"]).toBe("application/pdf");
  });

  it("lists the campaign in the period it called, completed and partial calls on the phone channel", async () => {
    const db = t.database.db;
    const board = await campaignDashboard(db, { organizationId: orgId, campaignId: campaign.id });
    const now = new Date();
    const inPeriod = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date(now.getTime() - 366 * 86_400_000),
      until: new Date(now.getTime() + 86_400_000),
      language: "fi",
    });
    expect(inPeriod.find((a) => a.id === campaign.id)).toMatchObject({
      kind: "phone",
      participants: board.completed + board.partial,
      channels: { phone: board.completed + board.partial },
    });
    const outside = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date("2000-01-01T00:00:00Z"),
      until: new Date("2000-02-01T00:00:00Z"),
      language: "fi",
    });
    expect(outside.find((a) => a.id === campaign.id)).toBeUndefined();
  });
});
