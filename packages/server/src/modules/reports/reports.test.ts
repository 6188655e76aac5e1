import { readFileSync } from "node:fs";
import { desc, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { SAMPLE_CSV } from "../actions/testing.js";
import { type ConversationResults, conversationMath } from "../conversations/index.js";
import { createTestConversation, recompute, resident } from "../conversations/testing.js";
import { latestVersion } from "../surveys/building.js";
import { SAMPLE_TEXT_QUESTION, surveyAnalysisForRoute } from "../surveys/route-targets.js";
import { surveyAnalyses, surveyResponses } from "../surveys/schema.js";
import { publishedSurvey, sampleSurveyInput } from "../surveys/testing.js";
import type { BriefResponse } from "./responses.js";

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../test/fixtures/polis-exports/brexit-consensus/${name}`, import.meta.url),
    "utf8",
  );

type Table = Extract<
  BriefResponse["sections"][number]["blocks"][number],
  { type: "table" }
>["table"];
const section = (brief: BriefResponse, key: string) => brief.sections.find((s) => s.key === key)!;
const tables = (brief: BriefResponse, key: string): Table[] =>
  section(brief, key).blocks.flatMap((b) => (b.type === "table" ? [b.table] : []));
const paragraphs = (brief: BriefResponse, key: string) =>
  section(brief, key).blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("decision-maker briefs", () => {
  let t: TestApp;
  let admin: StaffClient;
  let editor: StaffClient;
  let other: StaffClient;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raportti");
    orgId = org.id;
    const otherOrg = await t.createOrg("muualla");
    await t.addMember(org, "admin@raportti.fi", ["admin"]);
    await t.addMember(org, "editor@raportti.fi", ["action_editor"]);
    await t.addMember(otherOrg, "admin@muualla.fi", ["admin"]);
    admin = await t.signIn("admin@raportti.fi");
    editor = await t.signIn("editor@raportti.fi");
    other = await t.signIn("admin@muualla.fi");
  });
  afterAll(() => t.close());

  const brief = async (client: StaffClient, path: string, lang = "fi") => {
    const response = await client.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/${path}?lang=${lang}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as BriefResponse;
  };

  it("counts a conversation's participants, votes and channels, and links its action table", async () => {
    const c = await createTestConversation(admin, "raportti");
    for (let i = 0; i < 7; i++) {
      const r = resident(t);
      for (const tid of [0, 1, 2])
        expect((await r.vote(c.publicId, tid, i % 3 === 0 ? "disagree" : "agree")).statusCode).toBe(
          200,
        );
    }
    const table = await admin.request({
      method: "POST",
      url: "/api/orgs/raportti/actions/tables",
      payload: {
        title: "Keskustelun suositukset",
        file: Buffer.from(SAMPLE_CSV, "utf8").toString("base64"),
        publish: true,
        sourceKind: "conversation",
        sourceId: c.id,
      },
    });
    expect(table.statusCode, table.body).toBe(201);
    const b = await brief(admin, `conversations/${c.id}`);
    expect(b).toMatchObject({
      kind: "conversation",
      title: "Testikeskustelu",
      resultsPublic: true,
    });
    const [figures, channels] = tables(b, "figures");
    expect(figures!.rows.slice(0, 3)).toEqual([
      ["Osallistujat", 7],
      ["Äänet", 21],
      ["Kannanotot", 3],
    ]);
    expect(channels!.rows).toEqual([["web", 7, 1]]);
    expect(paragraphs(b, "participation")[0]).toMatch(/^Ei saatavilla: organisaatio ei ole/);
    expect(paragraphs(b, "findings")).toEqual(["Tuloksia ei ole vielä laskettu."]);
    const [byStatus, recommendations] = tables(b, "since");
    expect(byStatus!.rows).toEqual([
      ["Ei aloitettu", 1, 1 / 3],
      ["Käynnissä", 1, 1 / 3],
      ["Toteutettu", 1, 1 / 3],
    ]);
    expect(recommendations!.rows[0]).toEqual([
      "1. Nuorten ääni kuuluviin",
      "1.1 Käynnissä; 1.2 Ei aloitettu",
    ]);
    const sv = await brief(admin, `conversations/${c.id}`, "sv");
    expect(sv.sections.map((s) => s.heading)).toEqual([
      "Nyckeltal",
      "Vilka deltog i förhållande till befolkningen",
      "Huvudresultat",
      "Vad som hänt sedan dess",
    ]);
  });

  it("shows consensus and divisive statements with their shares from the stored math", async () => {
    const imported = await admin.request({
      method: "POST",
      url: "/api/orgs/raportti/conversations/import",
      payload: {
        files: {
          comments: fixture("comments.csv"),
          votes: fixture("votes.csv"),
          participantsVotes: fixture("participants-votes.csv"),
          summary: fixture("summary.csv"),
        },
      },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const id = imported.json().id as string;
    await recompute(t, id);
    const [math] = await t.database.db
      .select({ result: conversationMath.result })
      .from(conversationMath)
      .where(eq(conversationMath.conversationId, id));
    const results = math!.result as ConversationResults;
    const b = await brief(admin, `conversations/${id}`, "en");
    const [agreed, rejected, divisive, groups] = tables(b, "findings");
    expect(agreed!.caption).toBe("Agreed across groups");
    expect(agreed!.rows.length).toBe(results.consensus.agree.length);
    expect(agreed!.rows.length).toBeGreaterThan(0);
    const first = results.statements.find((s) => s.tid === results.consensus.agree[0]!.tid)!;
    const voters = first.agree + first.disagree + first.pass;
    expect(agreed!.rows[0]![1]).toBeCloseTo(first.agree / voters, 10);
    expect(agreed!.rows[0]![0]).not.toMatch(/^#/);
    expect(rejected!.rows.length).toBe(results.consensus.disagree.length);
    expect(divisive!.rows.length).toBe(Math.min(5, results.divisive.length));
    expect(divisive!.rows.length).toBeGreaterThan(0);
    expect(divisive!.rows[0]![1]).toBe(results.divisive[0]!.spread);
    expect(groups!.rows.map((r) => r[1])).toEqual(results.groups.map((g) => g.size));

    const pdf = await admin.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/conversations/${id}/pdf?lang=fi`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    expect(text).toContain("Päähavainnot");
    expect(text).toContain("Yhteisesti kannatetut");
    expect(text).toContain(String(agreed!.rows[0]![0]).slice(0, 30));
    expect(pdf.rawPayload.toString("latin1")).toContain("/StructTreeRoot");

    const docx = await admin.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/conversations/${id}/docx?lang=sv`,
    });
    expect(docx.statusCode).toBe(200);
    const parts = unzipSync(new Uint8Array(docx.rawPayload));
    const document = strFromU8(parts["word/document.xml"]!);
    expect(strFromU8(parts["[Content_Types].xml"]!)).toContain(
      "wordprocessingml.document.main+xml",
    );
    const headings = [
      ...document.matchAll(
        /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g,
      ),
    ].map((m) => m[1]);
    expect(headings).toEqual([
      "Nyckeltal",
      "Vilka deltog i förhållande till befolkningen",
      "Huvudresultat",
      "Vad som hänt sedan dess",
    ]);
    expect(document.match(/<w:tbl>/g)?.length).toBe(
      tables(b, "figures").length + 4 + tables(b, "since").length,
    );
    const texts = [...document.matchAll(/<w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1]);
    expect(texts).toContain("Gemensamt stödda");
    expect(texts).toContain(
      String(agreed!.rows[0]![0])
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;"),
    );
  });

  it("shows a survey's figures with small cells suppressed, and only signed-off themes", async () => {
    const surveyId = await publishedSurvey(admin, "raportti", sampleSurveyInput("raporttikysely"));
    const organizationId = orgId;
    const version = await latestVersion(t.database.db, surveyId);
    await t.database.db.insert(surveyResponses).values(
      Array.from({ length: 3 }, () => ({
        organizationId,
        surveyId,
        versionId: version!.id,
        status: "complete" as const,
        channel: "paper" as const,
        answers: { q1: { choice: "no" } },
        submittedAt: new Date(),
      })),
    );
    const before = await brief(admin, `surveys/${surveyId}`);
    expect(paragraphs(before, "findings")).toContain(
      "Mitä parantaisit?: Avoimen kysymyksen teemoja ei ole vielä hyväksytty.",
    );
    expect(paragraphs(before, "findings")).toContain(
      "Kyllä vai ei? (Vastanneita 3): alle 5 vastaajaa: ei näytetä.",
    );

    // 30 answers "yes" with open answers and a signed-off analysis of them
    await surveyAnalysisForRoute(t.database.db, { organizationId, surveyId })("/themes");
    const [analysis] = await t.database.db
      .select()
      .from(surveyAnalyses)
      .where(eq(surveyAnalyses.surveyId, surveyId))
      .orderBy(desc(surveyAnalyses.createdAt))
      .limit(1);
    const report = analysis!.report as {
      themes: { id: string; label: string; quotes: { id: string; text: string }[] }[];
    };
    const quoted = report.themes.find((th) => th.quotes.length >= 2)!;
    const excluded = quoted.quotes[0]!;
    const quotesOf = (x: BriefResponse) =>
      section(x, "findings").blocks.flatMap((q) => (q.type === "quotes" ? q.quotes : []));
    const signed = quotesOf(await brief(admin, `surveys/${surveyId}`));
    const times = (list: string[]) => list.filter((q) => q === excluded.text).length;
    expect(times(signed)).toBeGreaterThan(0);
    await t.database.db
      .update(surveyAnalyses)
      .set({ excludedQuotes: [excluded.id] })
      .where(eq(surveyAnalyses.id, analysis!.id));
    const b = await brief(admin, `surveys/${surveyId}`);
    expect(tables(b, "figures")[0]!.rows[0]).toEqual(["Vastaukset", 33]);
    const [yesNo, themes] = tables(b, "findings");
    expect(yesNo!.rows).toEqual([
      ["yes", 30, 30 / 33],
      ["no", "alle 5 vastaajaa: ei näytetä", null],
    ]);
    expect(themes!.caption).toBe("Mitä parantaisit?: Teemat");
    expect(themes!.rows.map((r) => r[0])).toContain(quoted.label);
    const quotes = section(b, "findings").blocks.flatMap((x) =>
      x.type === "quotes" ? x.quotes : [],
    );
    expect(quotes).toContain(quoted.quotes[1]!.text);
    expect(quotes).not.toContain(excluded.text);
    expect(SAMPLE_TEXT_QUESTION).toBe("wishes");
  });

  it("shows a brief to anyone only when the activity's results are public", async () => {
    const open = await createTestConversation(admin, "raportti");
    const closed = await createTestConversation(admin, "raportti", { resultsPublic: false });
    const anyone = (url: string) => t.app.inject({ method: "GET", url });
    const shown = await anyone(
      `/api/orgs/raportti/reports/public/conversations/${open.id}?lang=sv`,
    );
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      kind: "conversation",
      language: "sv",
      resultsPublic: true,
    });
    const pdf = await anyone(`/api/orgs/raportti/reports/public/conversations/${open.id}/pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(
      (await anyone(`/api/orgs/raportti/reports/public/conversations/${closed.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await anyone(`/api/orgs/muualla/reports/public/conversations/${open.id}`)).statusCode,
    ).toBe(404);
    const survey = await publishedSurvey(admin, "raportti", sampleSurveyInput("julkaisematon"));
    expect((await anyone(`/api/orgs/raportti/reports/public/surveys/${survey}`)).statusCode).toBe(
      404,
    );
    expect((await brief(admin, `conversations/${closed.id}`)).resultsPublic).toBe(false);
  });

  it("answers only the organization's own activities, and only to roles that may read results", async () => {
    const c = await createTestConversation(admin, "raportti");
    const foreign = await other.request({
      method: "GET",
      url: `/api/orgs/muualla/reports/conversations/${c.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    const outsider = await other.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/conversations/${c.id}`,
    });
    expect(outsider.statusCode).toBe(403);
    const denied = await editor.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/conversations/${c.id}/pdf`,
    });
    expect(denied.statusCode).toBe(403);
    const bad = await admin.request({
      method: "GET",
      url: `/api/orgs/raportti/reports/conversations/${c.id}?lang=de`,
    });
    expect(bad.statusCode).toBe(400);
  });
});
