import { qrMatrix } from "@kuulo/letters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { setUpPool } from "../pool/testing.js";
import { qrSvg } from "./share.js";
import { publishedSurvey, sampleSurveyInput } from "./testing.js";

/** Reads the dark modules back from the SVG's path (its rectangles, quiet zone of 4 removed). */
function modulesOf(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const n = size - 8;
  const grid = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1]!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(w); i++) grid[Number(y) - 4]![Number(x) - 4 + i] = true;
  return grid;
}

describe("sharing a survey: QR code", () => {
  let t: TestApp;
  let admin: StaffClient;
  let surveyId = "";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("jakokunta");
    await t.addMember(org, "admin@jako.fi", ["admin"]);
    admin = await t.signIn("admin@jako.fi", "jakokunta");
    await setUpPool(admin, "jakokunta");
    surveyId = await publishedSurvey(admin, "jakokunta", sampleSurveyInput("asukaskysely"));
  });
  afterAll(() => t.close());

  it("draws every module of the code, with a quiet zone, and escapes the title", () => {
    const url = "https://kuulo.example/jakokunta/surveys/asukaskysely";
    const svg = qrSvg(url, 'Kysely <"A&B">');
    expect(modulesOf(svg)).toEqual(qrMatrix(url));
    expect(svg).toContain("<title>Kysely &lt;&quot;A&amp;B&quot;&gt;</title>");
    expect(modulesOf(qrSvg(`${url}x`, "t"))).not.toEqual(qrMatrix(url));
  });

  it("serves the QR code of the survey's public address as SVG to staff", async () => {
    const res = await admin.request({
      method: "GET",
      url: `/api/orgs/jakokunta/surveys/${surveyId}/qr.svg?download=1`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(res.headers["content-disposition"]).toContain("asukaskysely-qr.svg");
    expect(res.body.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const url = `${t.config.publicUrl.replace(/\/$/, "")}/jakokunta/surveys/asukaskysely`;
    expect(modulesOf(res.body)).toEqual(qrMatrix(url));
    const anonymous = await t.app.inject({
      method: "GET",
      url: `/api/orgs/jakokunta/surveys/${surveyId}/qr.svg`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
