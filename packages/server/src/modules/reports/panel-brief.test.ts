import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { advance, participant, sampleStatement } from "../deliberation/testing.js";
import { panelWithCandidates } from "../panels/testing.js";
import type { BriefResponse, PeriodReportResponse } from "./responses.js";

type Table = Extract<
  BriefResponse["sections"][number]["blocks"][number],
  { type: "table" }
>["table"];
const tables = (brief: BriefResponse, key: string): Table[] =>
  brief.sections
    .find((s) => s.key === key)!
    .blocks.flatMap((b) => (b.type === "table" ? [b.table] : []));

/** A panel's brief: seats against quotas and its statement's support results; in the period report. */
describe("a panel's decision-maker brief", () => {
  let t: TestApp;
  let admin: StaffClient;
  let other: StaffClient;
  let panelId: string;
  let quotas: { feature: string; value: string; min: number; max: number }[];

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("paneelikunta");
    const otherOrg = await t.createOrg("muukunta");
    await t.addMember(org, "admin@paneeli.fi", ["admin"]);
    await t.addMember(otherOrg, "admin@muu.fi", ["admin"]);
    admin = await t.signIn("admin@paneeli.fi", "paneelikunta");
    other = await t.signIn("admin@muu.fi", "muukunta");
    const db = t.database.db;
    const { panel } = await panelWithCandidates(
      db,
      createSealer(Buffer.from(TEST_DATA_KEY, "hex")),
      {
        organizationId: org.id,
        count: 60,
        k: 12,
        draw: "siemen-1",
      },
    );
    panelId = panel.id;
    quotas = panel.quotas;
    const { statement, recommendationIds } = await sampleStatement(db, {
      organizationId: org.id,
      ownerId: panel.id,
      participants: 5,
      recommendations: 2,
    });
    await advance(db, { organizationId: org.id, statementId: statement.id, to: "support_check" });
    for (const [i, level] of [5, 4, 3, 2, 1].entries())
      await participant(org.id, statement.id, `p${i + 1}`).support(
        db,
        recommendationIds[0]!,
        level,
      );
  });
  afterAll(() => t.close());

  it("counts seats against the quotas and shows each recommendation's support", async () => {
    const res = await admin.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/panels/${panelId}?lang=fi`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const brief = res.json() as BriefResponse;
    expect(brief).toMatchObject({ kind: "panel", title: "Asukaspaneeli", resultsPublic: false });
    const [figures] = tables(brief, "figures");
    expect(figures!.rows.slice(0, 2)).toEqual([
      ["Ilmoittautuneet", 60],
      ["Valitut panelistit", 12],
    ]);
    const [byQuota] = tables(brief, "participation");
    expect(byQuota!.rows).toHaveLength(quotas.length);
    for (const [i, q] of quotas.entries()) {
      const seated = byQuota!.rows[i]![3] as number;
      expect(byQuota!.rows[i]![0]).toBe(`${q.feature}: ${q.value}`);
      expect(seated).toBeGreaterThanOrEqual(q.min);
      expect(seated).toBeLessThanOrEqual(q.max);
    }
    const [support] = tables(brief, "findings");
    // 5, 4 and 3 ("I can live with it") are acceptable: 3 of 5.
    expect(support!.rows).toEqual([
      ["1. Suositus 1", "5 / 5", 0.6],
      ["2. Suositus 2", "0 / 5", null],
    ]);
    const elsewhere = await other.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/panels/${panelId}`,
    });
    expect(elsewhere.statusCode).toBe(403);
    const hidden = await other.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/public/panels/${panelId}`,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it("lists the panel in the period of its sessions, its seats as participants", async () => {
    const res = await admin.request({
      method: "GET",
      url: "/api/orgs/paneelikunta/reports/period?from=2027-01-01&to=2027-12-31",
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as PeriodReportResponse;
    expect(report.activities).toEqual([
      expect.objectContaining({
        kind: "panel",
        id: panelId,
        participants: 12,
        channels: { panel: 12 },
      }),
    ]);
    const none = await admin.request({
      method: "GET",
      url: "/api/orgs/paneelikunta/reports/period?from=2026-01-01&to=2026-12-31",
    });
    expect((none.json() as PeriodReportResponse).activities).toEqual([]);
  });
});
