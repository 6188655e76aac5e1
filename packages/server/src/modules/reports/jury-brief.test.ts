import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { addProposal, mergeProposals } from "../deliberation/drafting.js";
import { giveSupport } from "../deliberation/participant.js";
import { adoptStatement, publishStatement, setStatus } from "../deliberation/statements.js";
import { addHearing } from "../juries/materials.js";
import { addJuror } from "../juries/members.js";
import { recordDecisionResponse } from "../juries/setup.js";
import { startJuryStatement } from "../juries/statement.js";
import { runningJury, sampleJuror } from "../juries/testing.js";
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
