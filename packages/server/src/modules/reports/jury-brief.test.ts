import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { addProposal, mergeProposals } from "../deliberation/drafting.js";
import { giveSupport } from "../deliberation/participant.js";
import { adoptStatement, publishStatement, setStatus } from "../deliberation/statements.js";
import { addHearing } from "../juries/materials.js";
import { addJuror } from "../juries/members.js";
import { addPanelists } from "../juries/panel-jurors.js";
import { recordDecisionResponse } from "../juries/setup.js";
import { startJuryStatement } from "../juries/statement.js";
import { runningJury, sampleJuror } from "../juries/testing.js";
import { panelCandidates } from "../panels/index.js";
import { panelWithCandidates } from "../panels/testing.js";
import { tinyPopulation } from "../pool/draws/testing.js";
import { activitiesInPeriod } from "./period/activities.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };

/** Reports (#18): a jury's brief and its place in the period report. */
describe("jury reports", () => {
  let t: TestApp;
  let orgId: string;
  let admin: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raportti-raati");
    orgId = org.id;
    await t.addMember(org, "admin@raportti-raati.fi", ["admin"]);
    admin = await t.signIn("admin@raportti-raati.fi", "raportti-raati");
  });
  afterAll(() => t.close());

  it("briefs jurors by age, hearings, recommendations with support and the decision-makers' response", async () => {
    const db = t.database.db;
    const { jury, jurors, expert } = await runningJury(db, sealer, {
      organizationId: orgId,
      jurors: 4,
    });
    const scope = { organizationId: orgId, juryId: jury.id };
    await addJuror(db, sealer, { ...scope, input: sampleJuror(9, { age: 34 }), actor });
    await addHearing(db, { ...scope, expertId: expert.id, subject: { fi: "Koulut" }, actor });
    const { statement } = await startJuryStatement(db, { ...scope, actor });
    const s = { organizationId: orgId, statementId: statement.id, actor };
    const proposal = await addProposal(db, {
      ...s,
      input: { sourceLabel: "Raati", text: "Lisää nuorisotiloja" },
    });
    const made = await mergeProposals(db, {
      ...s,
      proposalIds: [proposal.id],
      into: { title: "Nuorisotilat", text: "Lisää nuorisotiloja" },
    });
    await setStatus(db, { ...s, status: "amending" });
    await setStatus(db, { ...s, status: "support_check" });
    for (const j of jurors.slice(0, 2))
      await giveSupport(db, {
        organizationId: orgId,
        statementId: statement.id,
        participantRef: j.id,
        recommendationId: made.id,
        level: 5,
      });
    const url = `/api/orgs/raportti-raati/reports/juries/${jury.id}`;
    const hidden = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-raati/reports/public/juries/${jury.id}`,
    });
    expect(hidden.statusCode).toBe(404);
    await adoptStatement(db, { ...s, input: { how: "yhteinen päätös" } });
    await publishStatement(db, { ...s, published: true });
    await recordDecisionResponse(db, {
      ...scope,
      response: { body: "Aluehallitus", date: "2027-03-01", text: { fi: "Tilat lisätään." } },
      actor,
    });
    const response = await admin.request({ method: "GET", url: `${url}?lang=fi` });
    expect(response.statusCode, response.body).toBe(200);
    const brief = response.json();
    expect(brief).toMatchObject({ kind: "jury", title: "Nuorten digiraati", resultsPublic: true });
    const figures = brief.sections[0].blocks[0].table.rows;
    expect(figures).toContainEqual(["Raatilaiset", 5]);
    expect(figures).toContainEqual(["Asiantuntijakuulemiset", 1]);
    const ages = brief.sections[1].blocks[0].table.rows;
    expect(ages).toContainEqual(["13–17", 4, 0.8]);
    expect(ages).toContainEqual(["30–44", "alle 3", null]);
    expect(brief.sections[1].blocks[1].text).toBe(
      "Ei saatavilla: organisaatio ei ole tallentanut väestötaulukkoa.",
    );
    const findings = brief.sections[2].blocks;
    expect(findings[1].table.rows).toEqual([["1. Nuorisotilat", "2 / 5", 1]]);
    expect(findings[2].text).toBe("Päättäjien vastaus (Aluehallitus, 2027-03-01): Tilat lisätään.");
    const pdf = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raportti-raati/reports/public/juries/${jury.id}/pdf?lang=sv`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const staffPdf = await admin.request({ method: "GET", url: `${url}/pdf` });
    expect(staffPdf.statusCode).toBe(200);
    expect(staffPdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("compares the jurors with the population: ages, and a panel's gender and municipality", async () => {
    const db = t.database.db;
    const org = await t.createOrg("raati-vaesto");
    await t.addMember(org, "admin@raati-vaesto.fi", ["admin"]);
    const staff = await t.signIn("admin@raati-vaesto.fi", "raati-vaesto");
    const population = await staff.request({
      method: "PUT",
      url: "/api/orgs/raati-vaesto/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode, population.body).toBe(200);
    // 6 jurors aged 17 and 2 aged 50, added by hand: age only.
    const { jury } = await runningJury(db, sealer, { organizationId: org.id, jurors: 6 });
    const scope = { organizationId: org.id, juryId: jury.id };
    for (const n of [7, 8])
      await addJuror(db, sealer, { ...scope, input: sampleJuror(n, { age: 50 }), actor });
    const byHand = await staff.request({
      method: "GET",
      url: `/api/orgs/raati-vaesto/reports/juries/${jury.id}?lang=fi`,
    });
    expect(byHand.statusCode, byHand.body).toBe(200);
    const handTables = byHand
      .json()
      .sections[1].blocks.filter((b: { type: string }) => b.type === "table");
    expect(handTables).toHaveLength(2);
    expect(handTables[1].table.caption).toMatch(/^Ikä \(n = 8, D = /);
    expect(handTables[1].table.columns[2]).toBe("Osuus raatilaisista");
    // tinyPopulation: 80 aged 20 (15-29) and 120 aged 50 (45-64).
    expect(handTables[1].table.rows).toEqual([
      ["15-29", 6, 0.75, 0.4],
      ["30-44", null, null, 0],
      ["45-64", null, null, 0.6],
      ["65-74", null, null, 0],
      ["75-", null, null, 0],
    ]);
    // Then a panel's 12 seated panelists, confirmed, join with their attributes.
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: org.id,
      count: 60,
      k: 12,
      draw: "siemen-1",
    });
    await db
      .update(panelCandidates)
      .set({ status: "confirmed" })
      .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "selected")));
    const added = await addPanelists(db, sealer, { ...scope, panelId: panel.id, actor });
    expect(added.added).toBe(12);
    const seated = await db
      .select({ attributes: panelCandidates.attributes })
      .from(panelCandidates)
      .where(
        and(eq(panelCandidates.panelId, panel.id), inArray(panelCandidates.status, ["confirmed"])),
      );
    const count = (feature: string, value: string) =>
      seated.filter((c) => c.attributes[feature] === value).length;
    const row = (name: string, k: number, n: number, share: number) =>
      k >= 5 ? [name, k, k / n, share] : [name, null, null, share];
    const res = await staff.request({
      method: "GET",
      url: `/api/orgs/raati-vaesto/reports/juries/${jury.id}?lang=fi`,
    });
    const [, age, sex, municipality] = res
      .json()
      .sections[1].blocks.filter((b: { type: string }) => b.type === "table")
      .map((b: { table: unknown }) => b.table);
    // Panelists in the 65-80 band straddle two population bands: left out of age.
    const aged = 8 + 12 - count("ageBand", "65-80");
    expect(age.caption).toContain(`(n = ${aged}, D = `);
    expect(age.rows).toEqual([
      row("15-29", 6 + count("ageBand", "15-29"), aged, 0.4),
      row("30-44", count("ageBand", "30-44"), aged, 0),
      row("45-64", 2 + count("ageBand", "45-64"), aged, 0.6),
      row("65-74", 0, aged, 0),
      row("75-", 0, aged, 0),
    ]);
    // Gender and municipality only from the panel (the same seeded draw as the panel brief's test).
    expect(sex.caption).toMatch(/^Sukupuoli \(n = 12, D = /);
    expect(sex.rows).toEqual([
      ["miehet", null, null, 0.5],
      ["naiset", 8, 8 / 12, 0.5],
    ]);
    const inTable = count("municipality", "179") + count("municipality", "992");
    expect(municipality.rows).toEqual([
      row("Jyväskylä", count("municipality", "179"), inTable, 0.5),
      row("Äänekoski", count("municipality", "992"), inTable, 0.5),
    ]);
    const docx = await staff.request({
      method: "GET",
      url: `/api/orgs/raati-vaesto/reports/juries/${jury.id}/docx?lang=sv`,
    });
    expect(docx.statusCode).toBe(200);
  });

  it("lists a jury in the period its phases overlap, its jurors on the web channel", async () => {
    const db = t.database.db;
    const { jury } = await runningJury(db, sealer, { organizationId: orgId, jurors: 3 });
    const inPeriod = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date("2027-01-01T00:00:00Z"),
      until: new Date("2027-02-02T00:00:00Z"),
      language: "fi",
    });
    expect(inPeriod.find((a) => a.id === jury.id)).toMatchObject({
      kind: "jury",
      startedOn: "2027-02-01",
      endedOn: "2027-02-05",
      participants: 3,
      channels: { web: 3 },
    });
    const outside = await activitiesInPeriod(db, {
      organizationId: orgId,
      from: new Date("2027-02-06T00:00:00Z"),
      until: new Date("2027-03-01T00:00:00Z"),
      language: "fi",
    });
    expect(outside.find((a) => a.id === jury.id)).toBeUndefined();
  });
});
