import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { setUpPool } from "../pool/testing.js";
import { surveyResponses } from "./schema.js";
import { everyTypeSurvey, publishedSurvey, sampleEntry, sampleSurveyInput } from "./testing.js";

/** Building, versioning, staff entry, permissions and tenant isolation, over HTTP. */
describe("surveys (staff)", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let viewer: StaffClient;
  let other: StaffClient;
  const url = "/api/orgs/kyselykunta/surveys";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kyselykunta");
    const second = await t.createOrg("toinenkunta");
    await t.addMember(org, "admin@kysely.fi", ["admin"]);
    await t.addMember(org, "analyytikko@kysely.fi", ["analyst"]);
    await t.addMember(org, "katsoja@kysely.fi", ["viewer"]);
    await t.addMember(second, "admin@toinen.fi", ["admin"]);
    admin = await t.signIn("admin@kysely.fi", "kyselykunta");
    analyst = await t.signIn("analyytikko@kysely.fi", "kyselykunta");
    viewer = await t.signIn("katsoja@kysely.fi", "kyselykunta");
    other = await t.signIn("admin@toinen.fi", "toinenkunta");
    await setUpPool(admin, "kyselykunta");
  });
  afterAll(() => t.close());

  it("names every problem of a draft by its path", async () => {
    const broken = structuredClone(everyTypeSurvey) as { pages: { questions: object[] }[] };
    broken.pages[0]!.questions[1] = {
      ...broken.pages[0]!.questions[1],
      showIf: { question: "comments", op: "answered" },
    };
    (broken.pages[2]!.questions[0] as { id: string }).id = "used";
    const res = await admin.request({
      method: "POST",
      url,
      payload: { slug: "rikki", title: "Rikki", definition: broken },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain("body.definition.pages.2.questions.0.id");
    expect(
      paths.some((p: string) => p.startsWith("body.definition.pages.0.questions.1.showIf")),
    ).toBe(true);
    const noText = await admin.request({
      method: "POST",
      url,
      payload: {
        slug: "rikki",
        title: "Rikki",
        definition: { languages: ["fi"], title: {}, pages: [] },
      },
    });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["body.definition.title", "body.definition.pages"]),
    );
  });

  it("fills municipality questions with the organization's municipalities", async () => {
    const res = await admin.request({
      method: "POST",
      url,
      payload: { slug: "kunnat", title: "Kunnat", definition: everyTypeSurvey },
    });
    expect(res.statusCode).toBe(201);
    const home = res.json().draft.pages[0].questions[2];
    expect(home).toMatchObject({ type: "municipality", municipalities: ["179", "410"] });
    expect(res.json()).toMatchObject({ status: "draft", version: null, unpublishedChanges: true });
    const again = await admin.request({
      method: "POST",
      url,
      payload: { slug: "kunnat", title: "Sama osoite", definition: everyTypeSurvey },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].path).toBe("body.slug");
  });

  it("publishes frozen versions: an edit after publishing makes v2, v1's responses keep v1", async () => {
    const id = await publishedSurvey(admin, "kyselykunta", sampleSurveyInput("versiot"));
    const entry = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: sampleEntry(),
    });
    expect(entry.statusCode).toBe(201);
    // Publishing an unchanged draft makes no new version.
    const same = await admin.request({ method: "POST", url: `${url}/${id}/publish` });
    expect(same.json()).toMatchObject({ version: 1, created: false });
    const changed = sampleSurveyInput("versiot").definition as { pages: { questions: object[] }[] };
    changed.pages[0]!.questions.push({
      id: "q2",
      type: "text",
      text: { fi: "Kerro lisää" },
      required: true,
    });
    const saved = await admin.request({
      method: "PATCH",
      url: `${url}/${id}`,
      payload: { definition: changed },
    });
    expect(saved.json()).toMatchObject({ version: 1, unpublishedChanges: true });
    // v1 still takes v1's answers until v2 is published.
    const stillV1 = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: sampleEntry(),
    });
    expect(stillV1.statusCode).toBe(201);
    const v2 = await admin.request({ method: "POST", url: `${url}/${id}/publish` });
    expect(v2.json()).toMatchObject({ version: 2, created: true });
    const missing = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: sampleEntry(),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ path: "body.answers.q2", code: "required" }),
    ]);
    const list = await analyst.request({ method: "GET", url: `${url}/${id}/responses` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { version: number }) => r.version)).toEqual([1, 1]);
    const stored = await t.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, id));
    expect(stored.map((r) => r.answers)).toEqual([
      { q1: { choice: "yes" } },
      { q1: { choice: "yes" } },
    ]);
  });

  it("records staff entry with its channel and source, checked as a submission is", async () => {
    const id = await publishedSurvey(admin, "kyselykunta", sampleSurveyInput("paperit"));
    const bad = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: {
        channel: "interview",
        sourceNote: "Haastattelu 3",
        answers: { q1: { choice: "maybe" } },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "body.answers.q1", code: "invalid_value" });
    const ok = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: {
        channel: "interview",
        sourceNote: "Haastattelu 3",
        answers: { q1: { choice: "no" } },
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ channel: "interview", sourceNote: "Haastattelu 3" });
    const [row] = await t.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, ok.json().id));
    expect(row).toMatchObject({ status: "complete", channel: "interview" });
    expect(row!.enteredBy).toBeTruthy();
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, ok.json().id));
    expect(events.map((e) => e.action)).toEqual(["survey.response_entered"]);
    // A closed survey still takes late paper forms.
    await admin.request({
      method: "PUT",
      url: `${url}/${id}/status`,
      payload: { status: "closed" },
    });
    const late = await admin.request({
      method: "POST",
      url: `${url}/${id}/entries`,
      payload: sampleEntry(),
    });
    expect(late.statusCode).toBe(201);
  });

  it("lets each role do only what its permissions allow, and logs reading answers", async () => {
    const id = await publishedSurvey(admin, "kyselykunta", sampleSurveyInput("oikeudet"));
    expect((await viewer.request({ method: "GET", url })).statusCode).toBe(200);
    expect((await viewer.request({ method: "POST", url: `${url}/${id}/publish` })).statusCode).toBe(
      403,
    );
    expect(
      (
        await analyst.request({
          method: "POST",
          url: `${url}/${id}/entries`,
          payload: sampleEntry(),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await viewer.request({ method: "GET", url: `${url}/${id}/responses` })).statusCode,
    ).toBe(403);
    await analyst.request({ method: "GET", url: `${url}/${id}/responses` });
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, id));
    expect(reads.map((e) => e.action)).toEqual(
      expect.arrayContaining(["survey.created", "survey.published", "survey.responses_read"]),
    );
  });

  it("keeps organizations apart", async () => {
    const id = await publishedSurvey(admin, "kyselykunta", sampleSurveyInput("oma"));
    const viaOwn = await other.request({
      method: "GET",
      url: `/api/orgs/toinenkunta/surveys/${id}`,
    });
    expect(viaOwn.statusCode).toBe(404);
    const entry = await other.request({
      method: "POST",
      url: `/api/orgs/toinenkunta/surveys/${id}/entries`,
      payload: sampleEntry(),
    });
    expect(entry.statusCode).toBe(404);
    expect((await other.request({ method: "GET", url })).statusCode).toBe(403);
    const list = await other.request({ method: "GET", url: "/api/orgs/toinenkunta/surveys" });
    expect(list.json().items).toEqual([]);
    // The same address in another organization is its own survey.
    const created = await other.request({
      method: "POST",
      url: "/api/orgs/toinenkunta/surveys",
      payload: sampleSurveyInput("oma"),
    });
    expect(created.statusCode).toBe(201);
  });
});
