import { writeXlsx } from "@kuulo/xlsx";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { surveyResponses, surveys } from "../schema.js";

const header = [
  "Aikaleima",
  "Ikäryhmä",
  "Kuinka tyytyväinen olit?",
  "Kotikunta",
  "Mitä parannettavaa?",
];
const rows = [
  ["2026-11-02 10:15", "alle 30", "5", "Jyväskylä", "Ystävällinen henkilökunta"],
  ["2026-11-02 11:00", "30–64", "4", "Äänekoski", "Jonot olivat pitkät; odotin tunnin"],
  ["2026-11-03 09:30", "yli 64", "2", "Jyväskylä", "Pysäköinti on hankalaa"],
  ["2026-11-03 12:45", "alle 30", "3", "Äänekoski", "Åbo-tyylinen kahvila öisin"],
  ["2026-11-04 08:05", "30–64", "1", "Jyväskylä", ""],
  ["2026-11-04 14:20", "yli 64", "5", "Äänekoski", "Kiitos!"],
];
const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csvOf = (lines: string[][]) =>
  `\ufeff${[header, ...lines].map((r) => r.map(quote).join(";")).join("\r\n")}\r\n`;
const b64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");

/** Importing results made elsewhere (CSV, XLSX), all or nothing, over HTTP. */
describe("survey import (staff)", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let other: StaffClient;
  const url = "/api/orgs/tuontikunta/surveys/import";
  let surveyId: string;
  const countResponses = async (id: string) =>
    (
      await t.database.db
        .select({ id: surveyResponses.id })
        .from(surveyResponses)
        .where(eq(surveyResponses.surveyId, id))
    ).length;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("tuontikunta");
    const second = await t.createOrg("muukunta");
    await t.addMember(org, "admin@tuonti.fi", ["admin"]);
    await t.addMember(org, "analyytikko@tuonti.fi", ["analyst"]);
    await t.addMember(second, "admin@muu.fi", ["admin"]);
    admin = await t.signIn("admin@tuonti.fi", "tuontikunta");
    analyst = await t.signIn("analyytikko@tuonti.fi", "tuontikunta");
    other = await t.signIn("admin@muu.fi", "muukunta");
  });
  afterAll(() => t.close());

  it("previews a `;` CSV with a BOM and ä/ö/å: a proposed survey, nothing stored", async () => {
    const res = await admin.request({
      method: "POST",
      url: `${url}/preview`,
      payload: { file: b64(csvOf(rows)), title: "Palvelukysely" },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ format: "csv", rows: 6, importable: 6, problems: [] });
    expect(body.header[1]).toBe("Ikäryhmä");
    const roles = body.columns.map((c: { role: string }) => c.role);
    expect(roles[0]).toBe("metadata");
    const types = Object.fromEntries(
      body.columns.map((c: { header: string; type?: string }) => [c.header, c.type]),
    );
    expect(types["Kuinka tyytyväinen olit?"]).toBe("scale");
    expect(types.Kotikunta).toBe("single");
    expect((await t.database.db.select().from(surveys)).length).toBe(0);
  });

  it("imports the CSV as a new survey with channel import, in draft, texts intact", async () => {
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(csvOf(rows)), target: { kind: "new", slug: "tuotu", title: "Tuotu" } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 1, rows: 6, imported: 6, skipped: 0 });
    surveyId = res.json().surveyId;
    const [survey] = await t.database.db.select().from(surveys).where(eq(surveys.id, surveyId));
    expect(survey!.status).toBe("draft");
    const stored = await t.database.db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.channel, "import")));
    expect(stored).toHaveLength(6);
    const texts = stored
      .flatMap((r) => Object.values(r.answers))
      .filter((v) => typeof v === "string");
    expect(texts).toContain("Åbo-tyylinen kahvila öisin");
    const results = await admin.request({
      method: "GET",
      url: `/api/orgs/tuontikunta/surveys/${surveyId}/results?channel=import`,
    });
    expect(results.json().responses).toBe(6);
  });

  it("refuses a file with a bad value: 400 naming line, column and value; nothing imported", async () => {
    const before = await countResponses(surveyId);
    const bad = [...rows.slice(0, 2), ["2026-11-05 10:00", "alle 30", "kymmenen", "Jyväskylä", ""]];
    const preview = await admin.request({
      method: "POST",
      url: `${url}/preview`,
      payload: { file: b64(csvOf(rows)) },
    });
    const mapping = preview.json().mapping;
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(csvOf(bad)), target: { kind: "existing", surveyId, mapping } },
    });
    expect(res.statusCode).toBe(400);
    const [error] = res.json().errors;
    expect(error).toMatchObject({
      path: "body.file",
      code: "invalid_file",
      params: { line: 4, column: "C", value: "kymmenen", header: "Kuinka tyytyväinen olit?" },
    });
    expect(await countResponses(surveyId)).toBe(before);
    // skipInvalid leaves the bad row out and imports the others.
    const skipped = await admin.request({
      method: "POST",
      url,
      payload: {
        file: b64(csvOf(bad)),
        skipInvalid: true,
        target: { kind: "existing", surveyId, mapping },
      },
    });
    expect(skipped.statusCode).toBe(201);
    expect(skipped.json()).toMatchObject({ imported: 2, skipped: 1 });
    expect(skipped.json().problems[0]).toMatchObject({ line: 4, column: "C" });
    expect(await countResponses(surveyId)).toBe(before + 2);
  });

  it("adds a same-tool file to the survey without a mapping (the web's import), or names the bad cell", async () => {
    const before = await countResponses(surveyId);
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(csvOf(rows)), target: { kind: "existing", surveyId } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ surveyId, imported: 6, skipped: 0 });
    expect(await countResponses(surveyId)).toBe(before + 6);
    const bad = [rows[0]!, ["2026-11-05 10:00", "alle 30", "kymmenen", "Jyväskylä", ""]];
    const refused = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(csvOf(bad)), target: { kind: "existing", surveyId } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({
      path: "body.file",
      params: { line: 3, column: "C", value: "kymmenen" },
    });
    expect(await countResponses(surveyId)).toBe(before + 6);
  });

  it("re-imports Kuulo's own export into the survey without a mapping", async () => {
    const before = await countResponses(surveyId);
    const exported = await admin.request({
      method: "GET",
      url: `/api/orgs/tuontikunta/surveys/${surveyId}/export?format=xlsx`,
    });
    expect(exported.statusCode).toBe(200);
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(exported.rawPayload), target: { kind: "existing", surveyId } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ imported: before, skipped: 0 });
    expect(await countResponses(surveyId)).toBe(2 * before);
  });

  it("refuses a broken file with its line, and a slug in use, storing nothing", async () => {
    const broken = `\ufeff${header.join(";")}\r\n"avoin lainaus;1;2\r\n`;
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(broken), target: { kind: "new", slug: "rikki", title: "Rikki" } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: "body.file", code: "invalid_file" });
    expect(JSON.stringify(res.json().errors[0])).toMatch(/line|rivi/i);
    const taken = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(csvOf(rows)), target: { kind: "new", slug: "tuotu", title: "Taas" } },
    });
    expect(taken.statusCode).toBe(400);
    expect((await t.database.db.select().from(surveys)).length).toBe(1);
  });

  it("imports an XLSX workbook from another survey tool", async () => {
    const book = writeXlsx([
      {
        name: "Vastaukset",
        rows: [header, ...rows.map((r) => [r[0]!, r[1]!, Number(r[2]), r[3]!, r[4]!])],
      },
    ]);
    const res = await admin.request({
      method: "POST",
      url,
      payload: { file: b64(book), target: { kind: "new", slug: "taulukko", title: "Taulukko" } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ imported: 6, skipped: 0 });
    const stored = await countResponses(res.json().surveyId);
    expect(stored).toBe(6);
  });

  it("lets only survey editors import, into their own organization's surveys", async () => {
    const payload = { file: b64(csvOf(rows)), target: { kind: "new", slug: "ei", title: "Ei" } };
    expect((await analyst.request({ method: "POST", url, payload })).statusCode).toBe(403);
    const foreign = await other.request({
      method: "POST",
      url: "/api/orgs/muukunta/surveys/import",
      payload: { file: b64(csvOf(rows)), target: { kind: "existing", surveyId } },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await other.request({ method: "POST", url, payload })).statusCode).toBe(403);
  });
});
