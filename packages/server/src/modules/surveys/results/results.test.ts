import { readTable } from "@kuulo/survey";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { tinyPopulation } from "../../pool/draws/testing.js";
import { setUpPool } from "../../pool/testing.js";
import { publishedSurvey } from "../testing.js";
import { enterSample, SAMPLE, weightedSurveyInput } from "./testing.js";

type Count = { value: string; count: number; weighted?: number; weightedShare?: number };

/** Results, cross-tabs, raking weights and exports over HTTP. */
describe("survey results (staff)", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let viewer: StaffClient;
  let other: StaffClient;
  let url: string;
  let entered: number;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("tuloskunta");
    const second = await t.createOrg("vierasskunta");
    await t.addMember(org, "admin@tulos.fi", ["admin"]);
    await t.addMember(org, "analyytikko@tulos.fi", ["analyst"]);
    await t.addMember(org, "katsoja@tulos.fi", ["viewer"]);
    await t.addMember(second, "admin@vieras.fi", ["admin"]);
    admin = await t.signIn("admin@tulos.fi", "tuloskunta");
    analyst = await t.signIn("analyytikko@tulos.fi", "tuloskunta");
    viewer = await t.signIn("katsoja@tulos.fi", "tuloskunta");
    other = await t.signIn("admin@vieras.fi", "vierasskunta");
    await setUpPool(admin, "tuloskunta");
    const id = await publishedSurvey(admin, "tuloskunta", weightedSurveyInput("palvelu"));
    url = `/api/orgs/tuloskunta/surveys/${id}`;
    entered = await enterSample(admin, url);
  });
  afterAll(() => t.close());

  it("counts every question over the complete responses and logs the read", async () => {
    const res = await analyst.request({ method: "GET", url: `${url}/results` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.responses).toBe(entered);
    expect(body.versions).toEqual([expect.objectContaining({ number: 1, responses: entered })]);
    expect(body.weights).toBeNull();
    const gender = body.questions.find((q: { question: string }) => q.question === "gender");
    const women = SAMPLE.filter((s) => s[1] === "woman").reduce((s, x) => s + x[3], 0);
    expect(gender.options.find((o: Count) => o.value === "woman").count).toBe(women);
    const sat = body.questions.find((q: { question: string }) => q.question === "sat");
    expect(sat.type).toBe("likert");
    expect(sat.diverging).toBeDefined();
    expect(sat.summary.mean).toBeGreaterThan(1);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "survey.results_read"));
    expect(reads.length).toBeGreaterThan(0);
  });

  it("filters by channel and version", async () => {
    const web = await analyst.request({ method: "GET", url: `${url}/results?channel=web` });
    expect(web.json().responses).toBe(0);
    const paper = await analyst.request({
      method: "GET",
      url: `${url}/results?channel=paper,web&version=1`,
    });
    expect(paper.json().responses).toBe(entered);
    const none = await analyst.request({ method: "GET", url: `${url}/results?version=7` });
    expect(none.json().responses).toBe(0);
    const bad = await analyst.request({ method: "GET", url: `${url}/results?channel=fax` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("querystring.channel");
  });

  it("cross-tabs a question by a background question and suppresses cells under 5", async () => {
    const res = await analyst.request({
      method: "GET",
      url: `${url}/results/crosstab?question=used&by=gender`,
    });
    expect(res.statusCode).toBe(200);
    const tab = res.json();
    expect(tab.minCell).toBe(5);
    // Two answered "muu" without "used": that group is under 5 and hidden.
    const small = tab.cells.filter((c: { group: string }) => c.group === "muu");
    for (const c of small) {
      expect(c.count).toBeNull();
    }
    const shown = tab.cells.filter((c: { suppressed: boolean }) => !c.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(c.count === 0 || c.count >= 5).toBe(true);
    const sat = await analyst.request({
      method: "GET",
      url: `${url}/results/crosstab?question=sat&by=born`,
    });
    expect(sat.statusCode).toBe(200);
    const suppressed = sat.json().cells.filter((c: { suppressed: boolean }) => c.suppressed);
    expect(suppressed.every((c: { count: number | null }) => c.count === null)).toBe(true);
    const bad = await analyst.request({
      method: "GET",
      url: `${url}/results/crosstab?question=nope&by=gender`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/^querystring\.question/);
  });

  it("says why weights are unavailable without a population table", async () => {
    const res = await analyst.request({ method: "GET", url: `${url}/results?weighted=true` });
    expect(res.statusCode).toBe(200);
    expect(res.json().weights).toMatchObject({ available: false, reason: "no_population" });
  });

  it("rakes to the population margins: weighted shares equal the population's", async () => {
    const population = await admin.request({
      method: "PUT",
      url: "/api/orgs/tuloskunta/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode).toBe(200);
    const res = await analyst.request({ method: "GET", url: `${url}/results?weighted=true` });
    const { weights, questions } = res.json();
    expect(weights).toMatchObject({ available: true, dimensions: ["age", "sex", "municipality"] });
    expect(weights.excluded).toEqual([{ reason: "sex not 1 or 2", count: 2 }]);
    expect(weights.designEffect).toBeGreaterThan(1);
    // tinyPopulation: 179 and 992 half each; men and women half each; 20-year-olds 40 %.
    const expected: Record<string, Record<string, number>> = {
      gender: { man: 0.5, woman: 0.5, muu: 0 },
      home: { "179": 0.5, "992": 0.5 },
    };
    for (const [id, shares] of Object.entries(expected)) {
      const q = questions.find((x: { question: string }) => x.question === id);
      const counts: Count[] = id === "home" ? q.municipalities : q.options;
      const total = counts.reduce((s, c) => s + (c.weighted ?? 0), 0);
      for (const [value, share] of Object.entries(shares)) {
        const c = counts.find((x) => x.value === value)!;
        expect(Math.abs(c.weighted! / total - share)).toBeLessThan(1e-6);
      }
      expect(q.weighted.designEffect).toBeGreaterThan(1);
    }
    for (const m of weights.margins) expect(Math.abs(m.weighted - m.population)).toBeLessThan(1e-6);
    const age = weights.margins.find((m: { category: string }) => m.category === "15-29");
    expect(age.population).toBeCloseTo(0.4, 10);
  });

  it("exports CSV, its code book and XLSX that read back, logged, without contact data", async () => {
    const csv = await analyst.request({ method: "GET", url: `${url}/export?format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table = readTable(new Uint8Array(csv.rawPayload));
    expect(table.header.slice(0, 4)).toEqual(["response_id", "version", "channel", "submitted"]);
    expect(table.rows).toHaveLength(entered);
    expect(table.header.some((h) => /pool|email|phone|source/i.test(h))).toBe(false);
    const xlsx = await analyst.request({ method: "GET", url: `${url}/export?format=xlsx&lang=sv` });
    expect(xlsx.statusCode).toBe(200);
    const book = readTable(new Uint8Array(xlsx.rawPayload));
    expect(book.format).toBe("xlsx");
    expect(book.rows).toHaveLength(entered);
    expect(book.sheets).toHaveLength(2);
    const first = book.header.indexOf("gender");
    expect(book.rows.map((r) => r.values[first]).filter((v) => v === "woman")).toHaveLength(
      SAMPLE.filter((s) => s[1] === "woman").reduce((s, x) => s + x[3], 0),
    );
    const codebook = await analyst.request({ method: "GET", url: `${url}/export?format=codebook` });
    expect(codebook.statusCode).toBe(200);
    expect(codebook.body).toContain("Olin tyytyväinen");
    const exports = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "survey.responses_exported")));
    expect(exports.map((e) => (e.detail as { format: string }).format).sort()).toEqual([
      "codebook",
      "csv",
      "xlsx",
    ]);
  });

  it("lets only staff with survey.results.read in, and only their own organization's", async () => {
    for (const path of ["/results", "/results/crosstab?question=used&by=gender", "/export"]) {
      const denied = await viewer.request({ method: "GET", url: `${url}${path}` });
      expect(denied.statusCode).toBe(403);
      const foreign = await other.request({ method: "GET", url: `${url}${path}` });
      expect([403, 404]).toContain(foreign.statusCode);
      const own = await other.request({
        method: "GET",
        url: `${url.replace("tuloskunta", "vierasskunta")}${path}`,
      });
      expect(own.statusCode).toBe(404);
    }
  });
});
