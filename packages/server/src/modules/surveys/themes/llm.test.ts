import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { SAMPLE_TEXT_QUESTION, surveyAnalysisForRoute } from "../route-targets.js";
import { publishedSurvey, sampleSurveyInput } from "../testing.js";
import { startSummaries } from "./llm.js";

interface Summaries {
  model: string;
  themes: {
    themeId: string;
    source: string;
    summary: string | null;
    citedIds: string[];
    error?: string;
  }[];
}

/**
 * A real HTTP server on 127.0.0.1 speaking OpenAI's chat/completions: it answers with a label
 * and a summary citing the first answer it was sent; the first request of a round cites an id
 * that is not in the theme (the summary must fall back to the keywords).
 */
function fakeModel() {
  const requests: { model: string; messages: { role: string; content: string }[] }[] = [];
  let round = 0;
  const state = { failing: false, delayMs: 0 };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", async () => {
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      const request = JSON.parse(body) as (typeof requests)[number];
      requests.push(request);
      if (state.failing) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "model overloaded" } }));
        return;
      }
      const user = request.messages.find((m) => m.role === "user")!.content;
      const ids = [...user.matchAll(/^\[([^\]]+)\]/gm)].map((m) => m[1]!);
      const cited = round++ === 0 ? "00000000-0000-4000-8000-000000000000" : ids[0]!;
      const content = JSON.stringify({
        label: "Jonot ja odotus",
        summary: `Vastaajat toivovat lyhyempiä jonoja [${cited}].`,
        quotes: [],
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
    });
  });
  return { server, requests, state, reset: () => (round = 0) };
}

describe("language model summaries of themes", () => {
  const model = fakeModel();
  let t: TestApp;
  let analyst: StaffClient;
  let admin: StaffClient;
  let port = 0;
  let target: { organizationId: string; surveyId: string; questionId: string; userId: null };
  let base = "";

  beforeAll(async () => {
    await new Promise<void>((r) => model.server.listen(0, "127.0.0.1", r));
    port = (model.server.address() as AddressInfo).port;
    t = await createTestApp({
      LLM_BASE_URL: `http://127.0.0.1:${port}/v1`,
      LLM_MODEL: "testimalli",
      OUTBOUND_URL_ALLOW: `http://127.0.0.1:${port}`,
    });
    const org = await t.createOrg("mallikunta");
    await t.addMember(org, "admin@malli.fi", ["admin"]);
    await t.addMember(org, "analyytikko@malli.fi", ["analyst"]);
    admin = await t.signIn("admin@malli.fi", "mallikunta");
    analyst = await t.signIn("analyytikko@malli.fi", "mallikunta");
    const surveyId = await publishedSurvey(admin, "mallikunta", sampleSurveyInput("malli"));
    // One real analysis of 30 synthetic answers, signed off (the route walks' helper).
    await surveyAnalysisForRoute(t.database.db, { organizationId: org.id, surveyId })("/x");
    target = { organizationId: org.id, surveyId, questionId: SAMPLE_TEXT_QUESTION, userId: null };
    base = `/api/orgs/mallikunta/surveys/${surveyId}/questions/${SAMPLE_TEXT_QUESTION}/analysis`;
  }, 120_000);
  /** Polls the analysis until its summarising job has finished. */
  const settled = async () => {
    for (let i = 0; i < 200; i++) {
      const res = await analyst.request({ method: "GET", url: base });
      if (res.json().llm.status !== "running") return res;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the summaries did not finish");
  };
  afterAll(async () => {
    await t.close();
    await new Promise((r) => model.server.close(r));
  });

  it("summarises each theme through the outbound policy, checks citations and logs the sending", async () => {
    const before = await analyst.request({ method: "GET", url: base });
    expect(before.json().llm).toEqual({
      available: true,
      status: null,
      done: 0,
      total: 0,
      error: null,
      summaries: null,
    });
    const themes = before.json().themes as { id: string; isOther: boolean }[];
    const summarised = themes.filter((th) => !th.isOther);
    // Answered at once: the job runs on after the request (each model call takes 100 ms).
    model.state.delayMs = 100;
    const started = await analyst.request({ method: "POST", url: `${base}/llm-summaries` });
    expect(started.statusCode, started.body).toBe(202);
    // One job at a time.
    const again = await analyst.request({ method: "POST", url: `${base}/llm-summaries` });
    expect(again.statusCode, again.body).toBe(409);
    expect(started.json().llm).toMatchObject({
      status: "running",
      done: 0,
      total: summarised.length,
      summaries: null,
    });
    const res = await settled();
    model.state.delayMs = 0;
    expect(res.json().llm).toMatchObject({
      status: "done",
      done: summarised.length,
      total: summarised.length,
      error: null,
    });
    const summaries = res.json().llm.summaries as Summaries;
    expect(summaries.model).toBe("testimalli");
    expect(summaries.themes.map((s) => s.themeId)).toEqual(summarised.map((th) => th.id));
    expect(model.requests).toHaveLength(summarised.length);
    expect(model.requests[0]).toMatchObject({ model: "testimalli" });
    expect(model.requests[0]!.messages.map((m) => m.role)).toEqual(["system", "user"]);
    // The first answer cited an id not in its theme: the keywords stay, with the reason.
    const [fellBack, ...checked] = summaries.themes;
    expect(fellBack).toMatchObject({ source: "keywords", summary: null, citedIds: [] });
    expect(fellBack!.error).toMatch(/not in the theme/);
    expect(checked.length).toBeGreaterThan(0);
    for (const s of checked) {
      expect(s.source).toBe("llm");
      expect(s.citedIds).toHaveLength(1);
      expect(s.summary).toContain(`[${s.citedIds[0]}]`);
    }
    // The analyst's sign-off stays (the summaries are not yet signed off, see below).
    expect(res.json().signedOff).not.toBeNull();
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "survey.llm_summarised"));
    expect(event!.detail).toMatchObject({
      model: "testimalli",
      origin: `http://127.0.0.1:${port}`,
      themes: summarised.length,
      fellBack: 1,
    });
    expect((event!.detail as { answersSent: number }).answersSent).toBeGreaterThan(0);
  });

  it("publishes a summary only when the analyst signed off after it, without answer ids", async () => {
    const url = `/api/orgs/mallikunta/surveys/${target.surveyId}/publication`;
    const page = async () => {
      const put = await admin.request({ method: "PUT", url, payload: { visibility: "public" } });
      expect(put.statusCode, put.body).toBe(200);
      const res = await t.app.inject({
        method: "GET",
        url: "/api/orgs/mallikunta/s/malli/results",
      });
      return res.json().content.themes[SAMPLE_TEXT_QUESTION].themes as {
        summary: string | null;
      }[];
    };
    expect((await page()).every((th) => th.summary === null)).toBe(true);
    await analyst.request({ method: "POST", url: `${base}/sign-off` });
    const shown = (await page()).filter((th) => th.summary !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const th of shown) {
      expect(th.summary).toBe("Vastaajat toivovat lyhyempiä jonoja.");
    }
  });

  it("clears the summaries when the themes are edited", async () => {
    const a = (await analyst.request({ method: "GET", url: base })).json();
    const theme = a.themes.find((th: { isOther: boolean }) => !th.isOther);
    const renamed = await analyst.request({
      method: "PUT",
      url: `${base}/themes/${theme.id}/label`,
      payload: { label: "Uusi nimi" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().llm).toMatchObject({ status: null, summaries: null });
    expect(renamed.json().signedOff).toBeNull();
  });

  it("refuses a model address the outbound policy does not allow, sending nothing", async () => {
    const sent = model.requests.length;
    await expect(
      startSummaries(t.database.db, target, {
        llm: { baseUrl: `http://127.0.0.2:${port}/v1`, model: "testimalli", apiKey: undefined },
        outbound: t.config.outbound,
      }),
    ).rejects.toThrow(/127\.0\.0\.2.*not allowed by the outbound URL policy/);
    expect(model.requests.length).toBe(sent);
  });

  it("marks the job failed with the reason when the model answers with errors", async () => {
    model.state.failing = true;
    try {
      const started = await analyst.request({ method: "POST", url: `${base}/llm-summaries` });
      expect(started.statusCode, started.body).toBe(202);
      const res = await settled();
      expect(res.json().llm.status).toBe("failed");
      expect(res.json().llm.error).toMatch(/No theme could be summarised: HTTP 500 from/);
      expect(res.json().llm.summaries).toBeNull();
    } finally {
      model.state.failing = false;
    }
  });
});
