import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { statements } from "../conversations/schema.js";
import { createTestConversation, recompute, resident } from "../conversations/testing.js";
import { surveyAnalyses, surveyPublications } from "../surveys/schema.js";
import { publishedSurvey, sampleSurveyInput } from "../surveys/testing.js";
import { actionRecommendationSources } from "./schema.js";
import { importSampleTable } from "./testing.js";

/** The trail: linking sources with their snapshot, the public chain, what came of a source. */
describe("the trail (vaikutusketju)", () => {
  let t: TestApp;
  let admin: StaffClient;
  let editor: StaffClient;
  let viewer: StaffClient;
  let neighbour: StaffClient;
  let orgId: string;
  let tableId: string;
  let recommendationId: string;
  let measureId: string;
  let conversation: { id: string; publicId: string };
  let statementId: string;
  let surveyId: string;

  const sourcesUrl = () => `/api/orgs/maakunta/actions/recommendations/${recommendationId}/sources`;
  const trailUrl = "/api/orgs/maakunta/actions/public/nuorisopaneeli-2025/recommendations/1";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("maakunta");
    orgId = org.id;
    const other = await t.createOrg("naapuri");
    await t.addMember(org, "paakayttaja@maakunta.fi", ["admin"]);
    await t.addMember(org, "muokkaaja@maakunta.fi", ["action_editor"]);
    await t.addMember(org, "katsoja@maakunta.fi", ["viewer"]);
    await t.addMember(other, "naapuri@naapuri.fi", ["admin"]);
    admin = await t.signIn("paakayttaja@maakunta.fi");
    editor = await t.signIn("muokkaaja@maakunta.fi");
    viewer = await t.signIn("katsoja@maakunta.fi");
    neighbour = await t.signIn("naapuri@naapuri.fi");
    const created = await importSampleTable(admin, { slug: "maakunta" });
    tableId = created.json().id;
    const detail = (
      await admin.request({ method: "GET", url: `/api/orgs/maakunta/actions/tables/${tableId}` })
    ).json();
    recommendationId = detail.recommendations[0].id;
    measureId = detail.recommendations[0].measures[0].id;
    // A conversation whose first statement three of four residents agree with.
    conversation = await createTestConversation(admin, "maakunta");
    for (const vote of ["agree", "agree", "agree", "disagree"] as const) {
      const voter = resident(t);
      expect((await voter.vote(conversation.publicId, 0, vote)).statusCode).toBeLessThan(300);
    }
    await recompute(t, conversation.id);
    const [first] = await t.database.db
      .select()
      .from(statements)
      .where(and(eq(statements.conversationId, conversation.id), eq(statements.tid, 0)));
    statementId = first!.id;
    surveyId = await publishedSurvey(admin, "maakunta", sampleSurveyInput("palaute"));
  });
  afterAll(() => t.close());

  it("links a conversation statement with its text and consensus figures frozen", async () => {
    const linked = await editor.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "conversation_statement", sourceId: conversation.id, itemId: "0" },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().snapshot).toEqual({
      text: "Ensimmäinen väite",
      title: "Testikeskustelu",
      voters: 4,
      agreeShare: 0.75,
      disagreeShare: 0.25,
    });
    // The snapshot stays as it was when the statement changes later.
    await t.database.db
      .update(statements)
      .set({ text: "Muutettu väite" })
      .where(eq(statements.id, statementId));
    const listed = await viewer.request({
      method: "GET",
      url: `/api/orgs/maakunta/actions/tables/${tableId}/sources`,
    });
    expect(
      listed.json().sources.map((s: { snapshot: { text: string } }) => s.snapshot.text),
    ).toEqual(["Ensimmäinen väite"]);
  });

  it("refuses a source of another organization, an unsigned theme, and a viewer", async () => {
    const foreign = await createTestConversation(neighbour, "naapuri");
    const [theirs] = await t.database.db
      .select()
      .from(statements)
      .where(eq(statements.conversationId, foreign.id));
    const before = (await t.database.db.select().from(actionRecommendationSources)).length;
    const crossed = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: {
        kind: "conversation_statement",
        sourceId: foreign.id,
        itemId: String(theirs!.tid),
      },
    });
    expect(crossed.statusCode).toBe(404);
    expect(crossed.json().errors[0].path).toBe("body.sourceId");
    const wrongStatement = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "conversation_statement", sourceId: conversation.id, itemId: "99" },
    });
    expect(wrongStatement.statusCode).toBe(404);
    expect(wrongStatement.json().errors[0].path).toBe("body.itemId");
    // The neighbour cannot link to this organization's recommendation either.
    const intruder = await neighbour.request({
      method: "POST",
      url: `/api/orgs/naapuri/actions/recommendations/${recommendationId}/sources`,
      payload: { kind: "other", text: "Vieras" },
    });
    expect(intruder.statusCode).toBe(404);
    const unsigned = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "survey_theme", sourceId: surveyId, questionId: "wishes", itemId: "t1" },
    });
    expect(unsigned.statusCode).toBe(404);
    expect(unsigned.json().errors[0].path).toBe("body.questionId");
    const noText = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "round_table_proposal", sourceId: "pyorea-poyta-7" },
    });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors[0].path).toBe("body.text");
    const byViewer = await viewer.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "other", text: "Katsoja" },
    });
    expect(byViewer.statusCode).toBe(403);
    expect((await t.database.db.select().from(actionRecommendationSources)).length).toBe(before);
  });

  it("links a theme of a signed-off analysis with its label and size", async () => {
    await t.database.db.insert(surveyAnalyses).values({
      organizationId: orgId,
      surveyId,
      questionId: "wishes",
      status: "done",
      report: { themes: [{ id: "t1", label: "Joukkoliikenne", count: 12 }] },
      signedOffAt: new Date(),
    });
    await t.database.db
      .insert(surveyPublications)
      .values({ organizationId: orgId, surveyId, visibility: "public", content: {} });
    const linked = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "survey_theme", sourceId: surveyId, questionId: "wishes", itemId: "t1" },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().snapshot).toMatchObject({ text: "Joukkoliikenne", themeSize: 12 });
    const missing = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: { kind: "survey_theme", sourceId: surveyId, questionId: "wishes", itemId: "t9" },
    });
    expect(missing.statusCode).toBe(404);
    const proposal = await admin.request({
      method: "POST",
      url: sourcesUrl(),
      payload: {
        kind: "round_table_proposal",
        sourceId: "pyorea-poyta-7",
        text: "Nuorille oma tila keskustaan",
        title: "Pyöreä pöytä 3/2025",
      },
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
  });

  it("shows the public chain: sources with their pages, measures with decisions", async () => {
    const edited = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${measureId}`,
      payload: {
        status: "done",
        decisions: [
          {
            body: "Aluehallitus",
            date: "2025-10-14",
            section: "212",
            minutesUrl: "https://example.fi/p/212",
          },
        ],
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const page = await t.app.inject({ url: trailUrl });
    expect(page.statusCode, page.body).toBe(200);
    const trail = page.json();
    expect(trail).toMatchObject({
      table: { slug: "nuorisopaneeli-2025", title: "Nuorisopaneeli 2025" },
      number: 1,
      text: "Nuorten ääni kuuluviin",
    });
    expect(
      trail.sources.map((s: { kind: string; page: string | null }) => [s.kind, s.page]),
    ).toEqual([
      ["conversation_statement", `/maakunta/c/${conversation.publicId}`],
      ["survey_theme", "/maakunta/surveys/palaute/results"],
      ["round_table_proposal", null],
    ]);
    expect(trail.sources[0].snapshot.agreeShare).toBe(0.75);
    expect(trail.measures[0]).toMatchObject({
      number: "1.1",
      status: "done",
      decisions: [{ body: "Aluehallitus", section: "212", minutesUrl: "https://example.fi/p/212" }],
    });
    expect(trail.measures.map((m: { number: string }) => m.number)).toEqual(["1.1", "1.2"]);
    expect(Date.parse(trail.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    // Another organization's address does not reach the table; a missing number is 404.
    expect(
      (
        await t.app.inject({
          url: "/api/orgs/naapuri/actions/public/nuorisopaneeli-2025/recommendations/1",
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: trailUrl.replace(/1$/, "9") })).statusCode).toBe(404);
  });

  it("tells a conversation and a survey what came of them", async () => {
    const fromConversation = await t.app.inject({
      url: `/api/orgs/maakunta/actions/produced?conversation=${conversation.publicId}`,
    });
    expect(fromConversation.statusCode, fromConversation.body).toBe(200);
    expect(fromConversation.json().recommendations).toEqual([
      expect.objectContaining({
        number: 1,
        text: "Nuorten ääni kuuluviin",
        cited: ["Ensimmäinen väite"],
        measures: [
          expect.objectContaining({ number: "1.1", status: "done" }),
          expect.objectContaining({ number: "1.2", status: "not_started" }),
        ],
      }),
    ]);
    const fromSurvey = await t.app.inject({
      url: "/api/orgs/maakunta/actions/produced?survey=palaute",
    });
    expect(fromSurvey.json().recommendations[0].cited).toEqual(["Joukkoliikenne"]);
    // The same conversation asked through another organization is not found.
    expect(
      (
        await t.app.inject({
          url: `/api/orgs/naapuri/actions/produced?conversation=${conversation.publicId}`,
        })
      ).statusCode,
    ).toBe(404);
    const both = await t.app.inject({
      url: `/api/orgs/maakunta/actions/produced?conversation=x&survey=y`,
    });
    expect(both.statusCode).toBe(400);
  });

  it("keeps each link and unlink in the history; an unlinked source produced nothing", async () => {
    const listed = (
      await viewer.request({
        method: "GET",
        url: `/api/orgs/maakunta/actions/tables/${tableId}/sources`,
      })
    ).json().sources as { id: string; kind: string }[];
    const link = listed.find((s) => s.kind === "conversation_statement")!;
    expect(
      (
        await viewer.request({
          method: "DELETE",
          url: `/api/orgs/maakunta/actions/sources/${link.id}`,
        })
      ).statusCode,
    ).toBe(403);
    const removed = await editor.request({
      method: "DELETE",
      url: `/api/orgs/maakunta/actions/sources/${link.id}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const detail = (
      await viewer.request({ method: "GET", url: `/api/orgs/maakunta/actions/tables/${tableId}` })
    ).json();
    const sourceChanges = detail.history
      .filter((h: { field: string }) => h.field === "source")
      .map((h: { measureNumber: string; oldValue: string; newValue: string; actor: string }) => [
        h.measureNumber,
        h.oldValue,
        h.newValue,
      ]);
    expect(sourceChanges).toEqual(
      expect.arrayContaining([
        ["1", "", "conversation_statement: Ensimmäinen väite"],
        ["1", "", "survey_theme: Joukkoliikenne"],
        ["1", "", "round_table_proposal: Nuorille oma tila keskustaan"],
        ["1", "conversation_statement: Ensimmäinen väite", ""],
      ]),
    );
    expect(sourceChanges).toHaveLength(4);
    const after = await t.app.inject({
      url: `/api/orgs/maakunta/actions/produced?conversation=${conversation.publicId}`,
    });
    expect(after.json().recommendations).toEqual([]);
    expect(
      (
        await editor.request({
          method: "DELETE",
          url: `/api/orgs/maakunta/actions/sources/${link.id}`,
        })
      ).statusCode,
    ).toBe(404);
  });
});
