import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { advance, participant, sampleStatement } from "../deliberation/testing.js";
import { panelCandidates } from "../panels/index.js";
import { panelWithCandidates } from "../panels/testing.js";
import { tinyPopulation } from "../pool/draws/testing.js";
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
    const population = await admin.request({
      method: "PUT",
      url: "/api/orgs/paneelikunta/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode, population.body).toBe(200);
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

  it("compares the seated panel with the population, small groups hidden", async () => {
    const seated = await t.database.db
      .select({ attributes: panelCandidates.attributes })
      .from(panelCandidates)
      .where(
        and(
          eq(panelCandidates.panelId, panelId),
          inArray(panelCandidates.status, ["selected", "confirmed"]),
        ),
      );
    expect(seated).toHaveLength(12);
    const count = (feature: string, value: string) =>
      seated.filter((c) => c.attributes[feature] === value).length;
    // Shown from 5 up: [group, count, share of panelists, share of the population].
    const row = (name: string, k: number, n: number, population: number) =>
      k >= 5 ? [name, k, k / n, population] : [name, null, null, population];
    const res = await admin.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/panels/${panelId}?lang=fi`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const brief = res.json() as BriefResponse;
    const [, age, sex, municipality] = tables(brief, "participation");
    // tinyPopulation: 100 men and 100 women; 100 in 179 and 100 in 992; 80 aged 20, 120 aged 50.
    expect(sex!.caption).toMatch(/^Sukupuoli \(n = 12, D = /);
    expect(sex!.columns).toEqual([
      "Ryhmä",
      "Valitut panelistit",
      "Osuus panelisteista",
      "Osuus väestöstä",
    ]);
    expect(sex!.rows).toEqual([
      row("miehet", count("gender", "man"), 12, 0.5),
      row("naiset", count("gender", "woman"), 12, 0.5),
    ]);
    // Seated in 182, 931 or 249 are not in the population table: left out of municipality.
    const inTable = count("municipality", "179") + count("municipality", "992");
    expect(municipality!.caption).toContain(`(n = ${inTable}, D = `);
    expect(municipality!.rows).toEqual([
      row("Jyväskylä", count("municipality", "179"), inTable, 0.5),
      row("Äänekoski", count("municipality", "992"), inTable, 0.5),
    ]);
    // The 65-80 band straddles 65-74 and 75-: those panelists are left out of age.
    const aged = seated.length - count("ageBand", "65-80");
    expect(age!.caption).toContain(`(n = ${aged}, D = `);
    expect(age!.rows).toEqual([
      row("15-29", count("ageBand", "15-29"), aged, 0.4),
      row("30-44", count("ageBand", "30-44"), aged, 0),
      row("45-64", count("ageBand", "45-64"), aged, 0.6),
      row("65-74", 0, aged, 0),
      row("75-", 0, aged, 0),
    ]);
    // The seeded draw: 8 women of 12 shown, the 4 men hidden.
    expect(sex!.rows).toEqual([
      ["miehet", null, null, 0.5],
      ["naiset", 8, 8 / 12, 0.5],
    ]);
    // Some group is small enough to be hidden, and some is shown.
    const all = [...age!.rows, ...sex!.rows, ...municipality!.rows];
    expect(all.some((r) => r[1] === null)).toBe(true);
    expect(all.some((r) => typeof r[1] === "number")).toBe(true);
    const sv = await admin.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/panels/${panelId}?lang=sv`,
    });
    expect(tables(sv.json() as BriefResponse, "participation")[2]!.columns[2]).toBe(
      "Andel av panelisterna",
    );
    const docx = await admin.request({
      method: "GET",
      url: `/api/orgs/paneelikunta/reports/panels/${panelId}/docx?lang=sv`,
    });
    expect(docx.statusCode).toBe(200);
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
