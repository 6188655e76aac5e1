import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { activitiesInPeriod } from "../reports/period/activities.js";
import { actionTableSays, publishedStatement, sampleRoundTable } from "./testing.js";

/** Reports (#18): a round table's brief and its place in the period report. */
describe("round-table reports", () => {
  let t: TestApp;
  let orgId: string;
  let admin: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raportti-pp");
    orgId = org.id;
    await t.addMember(org, "admin@raportti-pp.fi", ["admin"]);
    admin = await t.signIn("admin@raportti-pp.fi", "raportti-pp");
  });
  afterAll(() => t.close());

  it("briefs meetings, participants by role, recommendations with support and what happened since", async () => {
    const db = t.database.db;
    const { scope } = await sampleRoundTable(db, { organizationId: orgId });
    const hidden = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-pp/reports/public/roundtables/${scope.roundTableId}`,
    });
    expect(hidden.statusCode).toBe(404);
    const { statementId } = await publishedStatement(db, scope);
    await actionTableSays(db, { organizationId: orgId, statementId, status: "done" });
    const response = await admin.request({
      method: "GET",
      url: `/api/orgs/raportti-pp/reports/roundtables/${scope.roundTableId}?lang=fi`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const brief = response.json();
    expect(brief.kind).toBe("round_table");
    expect(brief.title).toBe("Nuorten hyvinvointi");
    const figures = brief.sections[0].blocks[0].table.rows;
    expect(figures).toContainEqual(["Tapaamiset", 2]);
    expect(figures).toContainEqual(["Osallistujia tapaamisissa", 35]);
    const roles = brief.sections[1].blocks[0].table.rows;
    expect(roles).toContainEqual(["Nuoret", 17, 17 / 35]);
    expect(brief.sections[1].blocks[1].text).toMatch(/vertailua väestöön ei tehdä/);
    const findings = brief.sections[2].blocks;
    expect(findings[1].table.rows.map((r: unknown[]) => r[0])).toEqual([
      "1. Suositus 1",
      "2. Suositus 2",
    ]);
    const since = JSON.stringify(brief.sections[3]);
    expect(since).toContain("Toteutettu");
    const open = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-pp/reports/public/roundtables/${scope.roundTableId}/pdf?lang=sv`,
    });
    expect(open.statusCode).toBe(200);
    expect(open.headers["content-type"]).toBe("application/pdf");
  });

  it("lists a round table in the period of its meetings, participants by role", async () => {
    const db = t.database.db;
    const { table } = await sampleRoundTable(db, { organizationId: orgId });
    const inPeriod = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date("2026-04-01T00:00:00Z"),
      until: new Date("2026-05-01T00:00:00Z"),
      language: "sv",
    });
    const mine = inPeriod.find((a) => a.id === table.id);
    expect(mine).toMatchObject({
      kind: "round_table",
      title: "Ungas välmående",
      startedOn: "2026-03-10",
      endedOn: "2026-04-14",
      participants: 35,
    });
    expect(mine!.channels["round_table:young_person"]).toBe(17);
    const outside = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date("2026-06-01T00:00:00Z"),
      until: new Date("2026-07-01T00:00:00Z"),
      language: "fi",
    });
    expect(outside.find((a) => a.id === table.id)).toBeUndefined();
  });
});
