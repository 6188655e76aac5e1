import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { demoAnswer } from "../demo-answers.js";
import { surveysModule } from "../module.js";
import { surveyResponses, surveyVersions } from "../schema.js";
import { publishedSurvey, sampleSurveyInput } from "../testing.js";
import { startAnalysis } from "./analysis.js";
import { ThemeWorkers } from "./workers.js";

type Analysis = {
  id: string;
  status: string;
  done: number;
  total: number;
  signedOff: { by: string | null; at: string } | null;
  themes: {
    id: string;
    label: string;
    renamed: boolean;
    count: number;
    isOther: boolean;
    quotes: { id: string; text: string }[];
    sentiment: { indicative: true } | null;
  }[];
};

/** Open answers analysed in a worker, edited, signed off and published, over HTTP. */
describe("survey themes and the results page", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let facilitator: StaffClient;
  let viewer: StaffClient;
  let other: StaffClient;
  let surveyId: string;
  let organizationId: string;
  let base: string;

  const analysis = async (as: StaffClient = analyst) => {
    const res = await as.request({ method: "GET", url: base });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Analysis;
  };
  const until = async () => {
    for (let i = 0; i < 600; i++) {
      const a = await analysis();
      if (a.status !== "running") return a;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the analysis did not finish");
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("teemakunta");
    organizationId = org.id;
    const second = await t.createOrg("toinenteema");
    await t.addMember(org, "admin@teema.fi", ["admin"]);
    await t.addMember(org, "analyytikko@teema.fi", ["analyst"]);
    await t.addMember(org, "fasilitaattori@teema.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@teema.fi", ["viewer"]);
    await t.addMember(second, "admin@toinenteema.fi", ["admin"]);
    admin = await t.signIn("admin@teema.fi", "teemakunta");
    analyst = await t.signIn("analyytikko@teema.fi", "teemakunta");
    facilitator = await t.signIn("fasilitaattori@teema.fi", "teemakunta");
    viewer = await t.signIn("katsoja@teema.fi", "teemakunta");
    other = await t.signIn("admin@toinenteema.fi", "toinenteema");
    const input = sampleSurveyInput("palaute") as {
      definition: { pages: { questions: object[] }[] };
    };
    input.definition.pages[0]!.questions.push({
      id: "improve",
      type: "text",
      long: true,
      text: { fi: "Mitä parantaisit?" },
    });
    surveyId = await publishedSurvey(admin, "teemakunta", input);
    base = `/api/orgs/teemakunta/surveys/${surveyId}/questions/improve/analysis`;
    const [version] = await t.database.db
      .select()
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, surveyId));
    await t.database.db.insert(surveyResponses).values(
      Array.from({ length: 90 }, (_, i) => ({
        organizationId: org.id,
        surveyId,
        versionId: version!.id,
        status: "complete" as const,
        // Every tenth left the open question empty; an unfinished response never counts.
        answers: {
          q1: { choice: i % 2 ? "yes" : "no" },
          ...(i % 10 === 9 ? {} : { improve: demoAnswer(i).text }),
        },
        submittedAt: new Date(Date.now() - (90 - i) * 60_000),
      })),
    );
    await t.database.db.insert(surveyResponses).values({
      organizationId: org.id,
      surveyId,
      versionId: version!.id,
      answers: { improve: "Kesken jäänyt vastaus ei kuulu analyysiin." },
    });
  }, 60_000);
  afterAll(() => t.close());

  it("runs the analysis in a worker with progress, from the service", async () => {
    const workers = new ThemeWorkers();
    const steps: string[] = [];
    const { analysis: started, done } = await startAnalysis(t.database.db, {
      organizationId,
      surveyId,
      questionId: "improve",
      userId: null,
      workers,
      onProgress: (p) => steps.push(p.step),
    });
    expect(started.status).toBe("running");
    expect(started.total).toBe(81);
    await done;
    expect(steps.length).toBeGreaterThan(3);
    expect(new Set(steps).size).toBeGreaterThan(2);
    await workers.close();
  }, 60_000);

  it("starts over HTTP (202), reports progress and stores themes with answer ids", async () => {
    const started = await analyst.request({ method: "POST", url: base });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ status: "running", total: 81 });
    const a = await until();
    expect(a.status).toBe("done");
    expect(a.done).toBe(a.total);
    expect(a.themes.length).toBeGreaterThanOrEqual(3);
    expect(a.themes.reduce((s, th) => s + th.count, 0)).toBe(81);
    expect(a.themes.every((th) => th.sentiment === null || th.sentiment.indicative === true)).toBe(
      true,
    );
    const list = await analyst.request({
      method: "GET",
      url: `/api/orgs/teemakunta/surveys/${surveyId}/analyses`,
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({ questionId: "wishes", analysis: null }),
      expect.objectContaining({
        questionId: "improve",
        analysis: expect.objectContaining({ id: a.id, status: "done" }),
      }),
    ]);
  }, 120_000);

  it("merges, splits and renames, persisted; an edit after sign-off un-signs", async () => {
    const before = await until();
    const real = before.themes.filter((th) => !th.isOther);
    const merged = await analyst.request({
      method: "POST",
      url: `${base}/merge`,
      payload: { ids: [real[0]!.id, real[1]!.id], label: "Yhdistetty teema" },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const afterMerge = await analysis();
    expect(afterMerge.themes).toHaveLength(before.themes.length - 1);
    const joined = afterMerge.themes.find((th) => th.label === "Yhdistetty teema")!;
    expect(joined.count).toBe(real[0]!.count + real[1]!.count);

    const split = await analyst.request({
      method: "POST",
      url: `${base}/themes/${joined.id}/split`,
      payload: { parts: 2 },
    });
    expect(split.statusCode, split.body).toBe(200);
    expect((await analysis()).themes).toHaveLength(before.themes.length);

    const target = (await analysis()).themes.find((th) => !th.isOther)!;
    const renamed = await analyst.request({
      method: "PUT",
      url: `${base}/themes/${target.id}/label`,
      payload: { label: "Puhelinjonot" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await analysis()).themes.find((th) => th.id === target.id)).toMatchObject({
      label: "Puhelinjonot",
      renamed: true,
    });

    const signed = await analyst.request({ method: "POST", url: `${base}/sign-off` });
    expect(signed.json().signedOff).toMatchObject({ by: "analyytikko@teema.fi" });
    await analyst.request({
      method: "PUT",
      url: `${base}/themes/${target.id}/label`,
      payload: { label: "Puhelinjonot ja soitot" },
    });
    expect((await analysis()).signedOff).toBeNull();
    const edits = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "survey.themes_edited"));
    expect(edits.at(-1)!.detail).toMatchObject({ wasSignedOff: true });
    expect(edits).toHaveLength(4);
  }, 120_000);

  it("keeps both of two edits made at the same time", async () => {
    const [x, y] = (await analysis()).themes.filter((th) => !th.isOther).slice(-2);
    const results = await Promise.all([
      analyst.request({
        method: "PUT",
        url: `${base}/themes/${x!.id}/label`,
        payload: { label: "Samaan aikaan A" },
      }),
      admin.request({
        method: "PUT",
        url: `${base}/themes/${y!.id}/label`,
        payload: { label: "Samaan aikaan B" },
      }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const labels = (await analysis()).themes.map((th) => th.label);
    expect(labels).toEqual(expect.arrayContaining(["Samaan aikaan A", "Samaan aikaan B"]));
  });

  it("rebuilds the worker from the stored edits when it is gone", async () => {
    const before = await analysis();
    await t.modules.services(surveysModule).themeWorkers.close();
    const th = before.themes.find(
      (x) => !x.isOther && x.count >= 4 && x.label !== "Puhelinjonot ja soitot",
    )!;
    const res = await analyst.request({
      method: "POST",
      url: `${base}/themes/${th.id}/split`,
      payload: { parts: 2 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await analysis();
    expect(after.themes).toHaveLength(before.themes.length + 1);
    // The renamed theme survived the rebuild.
    expect(after.themes.some((x) => x.label === "Puhelinjonot ja soitot")).toBe(true);
  }, 120_000);

  it("pages the answers behind a theme, logs the read, and lets quotes be excluded and picked", async () => {
    const a = await analysis();
    const th = a.themes.find((x) => !x.isOther && x.quotes.length > 0)!;
    const page = await analyst.request({
      method: "GET",
      url: `${base}/themes/${th.id}/answers?limit=2`,
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().total).toBe(th.count);
    expect(page.json().items).toHaveLength(2);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "survey.open_answers_read"));
    expect(reads.at(-1)!.detail).toMatchObject({ themeId: th.id, count: 2 });

    const quote = th.quotes[0]!;
    await analyst.request({
      method: "PUT",
      url: `${base}/answers/${quote.id}/quote-exclusion`,
      payload: { excluded: true },
    });
    const excluded = (await analysis()).themes.find((x) => x.id === th.id)!;
    expect(excluded.quotes.map((q) => q.id)).not.toContain(quote.id);

    const all = (
      await analyst.request({ method: "GET", url: `${base}/themes/${th.id}/answers?limit=200` })
    ).json();
    const pick = all.items.find((x: { id: string }) => x.id !== quote.id).id as string;
    const picked = await analyst.request({
      method: "PUT",
      url: `${base}/themes/${th.id}/quotes`,
      payload: { answerIds: [pick] },
    });
    expect(picked.statusCode, picked.body).toBe(200);
    expect(
      picked
        .json()
        .themes.find((x: { id: string }) => x.id === th.id)
        .quotes.map((q: { id: string }) => q.id),
    ).toEqual([pick]);
    const foreign = a.themes.find((x) => x.id !== th.id && !x.isOther)!;
    const notMine = (
      await analyst.request({ method: "GET", url: `${base}/themes/${foreign.id}/answers?limit=1` })
    ).json().items[0].id;
    const bad = await analyst.request({
      method: "PUT",
      url: `${base}/themes/${th.id}/quotes`,
      payload: { answerIds: [notMine] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("body.answerIds.0");
  });

  it("refuses to publish before sign-off, publishes after, with only approved themes and quotes", async () => {
    const url = `/api/orgs/teemakunta/surveys/${surveyId}/publication`;
    const early = await admin.request({ method: "PUT", url, payload: { visibility: "public" } });
    expect(early.statusCode).toBe(409);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: "questions.improve", message: "not_signed_off" }),
    ]);
    await analyst.request({ method: "POST", url: `${base}/sign-off` });
    const a = await analysis();
    const res = await admin.request({ method: "PUT", url, payload: { visibility: "public" } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ published: true, visibility: "public" });
    expect(res.json().token).toBeUndefined();

    const page = await t.app.inject({
      method: "GET",
      url: "/api/orgs/teemakunta/s/palaute/results",
    });
    expect(page.statusCode, page.body).toBe(200);
    const content = page.json().content;
    expect(content.responses).toBe(90);
    const published = content.themes.improve;
    expect(published.analysisId).toBe(a.id);
    expect(published.themes.map((x: { label: string }) => x.label)).toEqual(
      a.themes.map((x) => x.label),
    );
    const quotes = published.themes.flatMap((x: { quotes: { id: string }[] }) =>
      x.quotes.map((q) => q.id),
    );
    expect(quotes.sort()).toEqual(a.themes.flatMap((x) => x.quotes.map((q) => q.id)).sort());
    const q1 = content.results.find((r: { question: string }) => r.question === "q1");
    expect(q1).toMatchObject({ type: "single", answered: 90, suppressed: false });
    expect(q1.otherTexts).toBeUndefined();
    expect(JSON.stringify(content)).not.toContain("Kesken jäänyt");

    // A later edit does not change the published page until it is published again.
    const th = a.themes.find((x) => !x.isOther)!;
    await analyst.request({
      method: "PUT",
      url: `${base}/themes/${th.id}/label`,
      payload: { label: "Julkaisun jälkeen" },
    });
    const again = await t.app.inject({
      method: "GET",
      url: "/api/orgs/teemakunta/s/palaute/results",
    });
    expect(again.body).not.toContain("Julkaisun jälkeen");
    expect(
      (await admin.request({ method: "PUT", url, payload: { visibility: "public" } })).statusCode,
    ).toBe(409);
    await analyst.request({ method: "POST", url: `${base}/sign-off` });
  });

  it("serves a link-only page only with its token, and unpublishes", async () => {
    const url = `/api/orgs/teemakunta/surveys/${surveyId}/publication`;
    const res = await analyst.request({ method: "PUT", url, payload: { visibility: "link" } });
    expect(res.statusCode, res.body).toBe(200);
    const token = res.json().token as string;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const pageUrl = "/api/orgs/teemakunta/s/palaute/results";
    expect((await t.app.inject({ method: "GET", url: pageUrl })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: "GET", url: pageUrl, headers: { "x-results-token": "vaara" } }))
        .statusCode,
    ).toBe(404);
    const ok = await t.app.inject({
      method: "GET",
      url: pageUrl,
      headers: { "x-results-token": token },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("Julkaisun jälkeen");
    expect((await admin.request({ method: "GET", url })).json()).toMatchObject({
      published: true,
      visibility: "link",
    });
    expect((await admin.request({ method: "DELETE", url })).statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: "GET", url: pageUrl, headers: { "x-results-token": token } }))
        .statusCode,
    ).toBe(404);
    const actions = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, surveyId));
    expect(actions.map((e) => e.action)).toEqual(
      expect.arrayContaining(["survey.results_published", "survey.results_unpublished"]),
    );
  });

  it("lets only analysts and admins analyse and publish, and only in their organization", async () => {
    for (const who of [viewer, facilitator]) {
      expect((await who.request({ method: "GET", url: base })).statusCode).toBe(403);
      expect((await who.request({ method: "POST", url: `${base}/sign-off` })).statusCode).toBe(403);
      const pub = `/api/orgs/teemakunta/surveys/${surveyId}/publication`;
      expect(
        (await who.request({ method: "PUT", url: pub, payload: { visibility: "public" } }))
          .statusCode,
      ).toBe(403);
    }
    expect((await admin.request({ method: "GET", url: base })).statusCode).toBe(200);
    const foreign = base.replace("teemakunta", "toinenteema");
    expect((await other.request({ method: "GET", url: foreign })).statusCode).toBe(404);
    expect((await other.request({ method: "GET", url: base })).statusCode).toBe(403);
    const notText = `/api/orgs/teemakunta/surveys/${surveyId}/questions/q1/analysis`;
    expect((await analyst.request({ method: "POST", url: notText })).statusCode).toBe(404);
  });
});
