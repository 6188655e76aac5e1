import { surveyTemplate } from "@kuulo/survey";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { actionMeasures } from "../../actions/index.js";
import { importSampleTable } from "../../actions/testing.js";
import { createTestConversation, resident } from "../../conversations/testing.js";
import { insertMember, tinyPopulation } from "../../pool/draws/testing.js";
import { latestVersion, surveyResponses } from "../../surveys/index.js";
import { publishedSurvey, sampleSurveyInput } from "../../surveys/testing.js";
import type { MetricsResponse, PeriodReportResponse } from "../responses.js";

type Section = PeriodReportResponse["sections"][number];
type Table = Extract<Section["blocks"][number], { type: "table" }>["table"];
const section = (r: PeriodReportResponse, key: string) => r.sections.find((s) => s.key === key)!;
const tables = (r: PeriodReportResponse, key: string): Table[] =>
  section(r, key).blocks.flatMap((b) => (b.type === "table" ? [b.table] : []));
const paragraphs = (r: PeriodReportResponse, key: string) =>
  section(r, key).blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("the period report", () => {
  let t: TestApp;
  let admin: StaffClient;
  let editor: StaffClient;
  let other: StaffClient;
  let orgId: string;
  const year = new Date().getUTCFullYear();
  const period = `from=${year}-01-01&to=${year}-12-31`;
  let conversationId: string;
  let feedbackId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kausi");
    orgId = org.id;
    const otherOrg = await t.createOrg("toinen");
    await t.addMember(org, "admin@kausi.fi", ["admin"]);
    await t.addMember(org, "editor@kausi.fi", ["action_editor"]);
    await t.addMember(otherOrg, "admin@toinen.fi", ["admin"]);
    admin = await t.signIn("admin@kausi.fi");
    editor = await t.signIn("editor@kausi.fi");
    other = await t.signIn("admin@toinen.fi");
    const db = t.database.db;

    // A conversation with 6 participants on the web.
    const c = await createTestConversation(admin, "kausi");
    conversationId = c.id;
    for (let i = 0; i < 6; i++) {
      const r = resident(t);
      expect((await r.vote(c.publicId, 0, "agree")).statusCode).toBe(200);
    }
    // A feedback survey (the template) with 7 responses, 2 on paper; and a draft survey.
    feedbackId = await publishedSurvey(admin, "kausi", {
      slug: "palaute",
      title: "Palaute osallistumisesta",
      definition: surveyTemplate("participant_feedback").definition,
    });
    const version = await latestVersion(db, feedbackId);
    // easy: 5,5,4,2,1,dont_know,(none) → 5 with a view, 3 agree; heard: only 3 with a view.
    const easy = [5, 5, 4, 2, 1, "dont_know", undefined];
    const heard = [5, 4, 1, undefined, undefined, undefined, undefined];
    await db.insert(surveyResponses).values(
      easy.map((value, i) => ({
        organizationId: orgId,
        surveyId: feedbackId,
        versionId: version!.id,
        status: "complete" as const,
        channel: i < 2 ? ("paper" as const) : ("web" as const),
        answers: {
          ...(value !== undefined ? { easy: value } : {}),
          ...(heard[i] !== undefined ? { heard: heard[i] } : {}),
        },
        submittedAt: new Date(),
      })),
    );
    const draft = await admin.request({
      method: "POST",
      url: "/api/orgs/kausi/surveys",
      payload: sampleSurveyInput("luonnos"),
    });
    expect(draft.statusCode, draft.body).toBe(201);

    // An action table (3 measures) with one decision in the period and one budget year.
    const table = await importSampleTable(admin, {
      slug: "kausi",
      title: "Vuoden suositukset",
      source: { kind: "survey", id: feedbackId },
    });
    expect(table.statusCode, table.body).toBe(201);
    const [first] = await db
      .select()
      .from(actionMeasures)
      .where(eq(actionMeasures.organizationId, orgId))
      .orderBy(actionMeasures.position)
      .limit(1);
    await db
      .update(actionMeasures)
      .set({
        budgetYear: year + 1,
        decisions: [
          { body: "Aluehallitus", date: `${year}-03-10`, section: "§ 12", minutesUrl: "" },
          { body: "Aluevaltuusto", date: `${year - 1}-11-02`, section: "§ 5", minutesUrl: "" },
        ],
      })
      .where(eq(actionMeasures.id, first!.id));

    // The pool: a population table and 6 active members (5 in 179, 1 in 992).
    const population = await admin.request({
      method: "PUT",
      url: "/api/orgs/kausi/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode, population.body).toBe(200);
    for (let i = 0; i < 6; i++)
      await insertMember(db, {
        organizationId: orgId,
        municipality: i < 5 ? "179" : "992",
        birthYear: year - 50,
      });
  });
  afterAll(() => t.close());

  const report = async (client: StaffClient, query: string) => {
    const response = await client.request({
      method: "GET",
      url: `/api/orgs/kausi/reports/period?${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PeriodReportResponse;
  };

  it("lists the period's activities with participants by channel, drafts left out", async () => {
    const r = await report(admin, `${period}&lang=fi`);
    expect(r.title).toMatch(
      new RegExp(`^Osallistumisen raportti: .* 1\\.1\\.${year}–31\\.12\\.${year}$`),
    );
    expect(r.activities.map((a) => [a.kind, a.id, a.participants])).toEqual(
      expect.arrayContaining([
        ["conversation", conversationId, 6],
        ["survey", feedbackId, 7],
      ]),
    );
    expect(r.activities).toHaveLength(2);
    const [summary] = tables(r, "summary");
    expect(summary!.rows).toEqual([
      ["Ajanjakso", `1.1.${year}–31.12.${year}`],
      ["Osallistumisia", 2],
      ...(r.activities[0]!.kind === "conversation"
        ? [
            ["Mielipidekeskustelu", 1],
            ["Kysely", 1],
          ]
        : [
            ["Kysely", 1],
            ["Mielipidekeskustelu", 1],
          ]),
      ["Osallistujia yhteensä", 13],
    ]);
    const [channels] = tables(r, "channels");
    expect(channels!.rows).toEqual([
      ["web", 11, 11 / 13],
      ["paper", 2, 2 / 13],
    ]);
    // Nothing in another year.
    const empty = await report(admin, "from=2000-01-01&to=2000-12-31");
    expect(empty.activities).toEqual([]);
    expect(paragraphs(empty, "activities")).toEqual(["Ajanjaksolla ei ollut osallistumisia."]);
    expect(paragraphs(empty, "decisions")).toEqual([
      "Ajanjaksolla ei kirjattu päätöksiä toimenpiteisiin.",
    ]);
  });

  it("pools the feedback form's answers and suppresses a measure under 5 answers", async () => {
    const r = await report(admin, `${period}&lang=en`);
    const [feedback] = tables(r, "feedback");
    expect(feedback!.caption).toBe("Participant feedback (1 / n = 7)");
    expect(feedback!.rows).toEqual([
      ["Taking part was easy", 5, 3 / 5],
      ["Views were listened to", 3, null],
      ["Learned something new", 0, null],
      ["Would take part again", 0, null],
    ]);
  });

  it("compares the pool with the population, and counts recommendations and decisions", async () => {
    const r = await report(admin, `${period}&lang=fi`);
    const [, , municipality] = tables(r, "representativeness");
    expect(municipality!.caption).toMatch(/^Kunta \(n = 6, D = /);
    // 179 has 5 members (shown), 992 has 1 (count hidden); population 100 / 100.
    expect(municipality!.rows).toEqual([
      ["Jyväskylä", 5, 5 / 6, 0.5],
      ["Äänekoski", null, null, 0.5],
    ]);
    const [byStatus, figures] = tables(r, "recommendations");
    expect(byStatus!.rows).toEqual([
      ["Ei aloitettu", 1, 1 / 3],
      ["Käynnissä", 1, 1 / 3],
      ["Toteutettu", 1, 1 / 3],
    ]);
    expect(figures!.rows).toEqual([
      ["Suositukset", 2, null],
      ["Suosituksista päätökseen asti edenneet", 1, 1 / 2],
      ["Toimenpiteitä talousarvion valmistelussa", 1, 1 / 3],
    ]);
    const [decisions] = tables(r, "decisions");
    expect(decisions!.rows).toEqual([
      [
        "Vuoden suositukset 1.1: Nuorisovaltuuston aloiteoikeus",
        "Aluehallitus",
        `${year}-03-10`,
        "§ 12",
        String(year + 1),
      ],
    ]);
  });

  it("shows the table made from the feedback survey in the survey's brief", async () => {
    const brief = await admin.request({
      method: "GET",
      url: `/api/orgs/kausi/reports/surveys/${feedbackId}?lang=fi`,
    });
    expect(brief.statusCode, brief.body).toBe(200);
    const since = brief.json().sections.find((s: { key: string }) => s.key === "since");
    expect(since.blocks[0].text).toMatch(/^Vuoden suositukset: 2 suositukset, 3 toimenpiteet/);
  });

  it("is a tagged PDF and a Word document in Swedish too", async () => {
    const pdf = await admin.request({
      method: "GET",
      url: `/api/orgs/kausi/reports/period/pdf?${period}&lang=sv`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    for (const heading of ["Sammanfattning", "Deltagarrespons", "Periodens beslut"])
      expect(text).toContain(heading);
    expect(pdf.rawPayload.toString("latin1")).toContain("/StructTreeRoot");
    const docx = await admin.request({
      method: "GET",
      url: `/api/orgs/kausi/reports/period/docx?${period}&lang=fi`,
    });
    expect(docx.statusCode).toBe(200);
    const document = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))["word/document.xml"]!);
    const headings = [
      ...document.matchAll(
        /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g,
      ),
    ].map((m) => m[1]);
    expect(headings).toEqual([
      "Yhteenveto",
      "Osallistumiset",
      "Osallistujat kanavittain",
      "Asukaspaneelin edustavuus",
      "Osallistujapalaute",
      "Suositukset ja niiden tila",
      "Ajanjakson päätökset",
    ]);
  });

  it("measures participation per quarter, the pool over time, feedback and decisions", async () => {
    const res = await admin.request({
      method: "GET",
      url: `/api/orgs/kausi/reports/metrics?${period}&lang=fi`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { metrics, sections } = res.json() as MetricsResponse;
    expect(metrics.quarters.map((q) => q.quarter)).toEqual(
      [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    );
    const now = Math.floor(new Date().getUTCMonth() / 3);
    expect(metrics.quarters[now]).toEqual({
      quarter: `${year}-Q${now + 1}`,
      participants: 13,
      channels: { web: 11, paper: 2 },
    });
    expect(metrics.quarters.reduce((s, q) => s + q.participants, 0)).toBe(13);
    // The members joined today: none at the end of earlier quarters.
    expect(metrics.pool!.map((p) => p.members)).toEqual(
      [0, 1, 2, 3].map((q) => (q === now ? 6 : 0)),
    );
    expect(metrics.pool![now]!.municipality).toBeCloseTo(5 / 6 - 0.5, 10);
    expect(metrics.feedback).toEqual([
      expect.objectContaining({ surveyId: feedbackId, responses: 7 }),
    ]);
    expect(metrics.feedback[0]!.figures[0]).toEqual({
      measure: "easy",
      answered: 5,
      agreeShare: 0.6,
    });
    expect(metrics.recommendations).toMatchObject({ total: 2, reachedDecision: 1, inBudget: 1 });
    // The decision (in March) is older than the table made today: not a time taken.
    expect(metrics.recommendations.daysToDecision).toBeNull();
    expect(sections.map((x) => x.key)).toEqual([
      "activities",
      "quarters",
      "pool",
      "feedback",
      "recommendations",
    ]);
    expect(
      (await editor.request({ method: "GET", url: `/api/orgs/kausi/reports/metrics?${period}` }))
        .statusCode,
    ).toBe(403);
  });

  it("refuses a wrong period at its field, and other organizations and roles", async () => {
    const wrong = async (query: string) => {
      const response = await admin.request({
        method: "GET",
        url: `/api/orgs/kausi/reports/period?${query}`,
      });
      expect(response.statusCode).toBe(400);
      return response.json().errors[0];
    };
    expect(await wrong("to=2026-03-01")).toMatchObject({
      path: "querystring.from",
      code: "required",
    });
    expect(await wrong("from=2026-02-30&to=2026-03-01")).toMatchObject({
      path: "querystring.from",
      code: "invalid_format",
    });
    expect(await wrong("from=2026-03-01&to=2026-02-01")).toMatchObject({
      path: "querystring.to",
      code: "invalid_value",
    });
    expect(await wrong("from=2020-01-01&to=2026-01-01")).toMatchObject({
      path: "querystring.to",
      code: "too_large",
    });
    expect(
      (await other.request({ method: "GET", url: `/api/orgs/kausi/reports/period?${period}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await editor.request({ method: "GET", url: `/api/orgs/kausi/reports/period?${period}` }))
        .statusCode,
    ).toBe(403);
  });
});
