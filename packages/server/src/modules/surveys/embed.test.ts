import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { publishedSurvey, sampleSurveyInput } from "./testing.js";

/** A survey's embed allow-list: `frame-ancestors` of its answering page lists only those sites. */
describe("embedding a survey only on listed sites", () => {
  let t: TestApp;
  let admin: StaffClient;
  let surveyId = "";

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "kuulo-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Kuulo</title>");
    t = await createTestApp({ WEB_DIST: dist });
    const org = await t.createOrg("upotuskunta");
    await t.addMember(org, "admin@upotus.fi", ["admin"]);
    admin = await t.signIn("admin@upotus.fi", "upotuskunta");
    surveyId = await publishedSurvey(admin, "upotuskunta", sampleSurveyInput("upotettu"));
    await publishedSurvey(admin, "upotuskunta", sampleSurveyInput("vapaa"));
  });
  afterAll(() => t.close());

  const page = (url: string) => t.app.inject({ method: "GET", url });
  const frameAncestors = async (url: string) => {
    const res = await page(url);
    expect(res.statusCode).toBe(200);
    return /frame-ancestors ([^;]*)/.exec(String(res.headers["content-security-policy"]))?.[1];
  };
  const settings = (embedOrigins: unknown) =>
    admin.request({
      method: "PATCH",
      url: `/api/orgs/upotuskunta/surveys/${surveyId}`,
      payload: { embedOrigins },
    });

  it("lets any site embed a survey without a list, as before", async () => {
    expect(await frameAncestors("/upotuskunta/surveys/upotettu?embed=1")).toBe("*");
  });

  it("lists only the survey's sites once staff set them (normalised, duplicates dropped)", async () => {
    const saved = await settings([
      "https://www.Kunta.fi/",
      "https://intra.kunta.fi:8443",
      "https://www.kunta.fi",
      "http://localhost:5173",
    ]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().embedOrigins).toEqual([
      "https://www.kunta.fi",
      "https://intra.kunta.fi:8443",
      "http://localhost:5173",
    ]);
    const res = await page("/upotuskunta/surveys/upotettu?embed=1");
    expect(res.headers["x-frame-options"]).toBeUndefined();
    expect(await frameAncestors("/upotuskunta/surveys/upotettu?embed=1")).toBe(
      "https://www.kunta.fi https://intra.kunta.fi:8443 http://localhost:5173",
    );
    expect(await frameAncestors("/upotuskunta/surveys/upotettu")).not.toContain("*");
    // Another survey keeps its own (no) list; staff and results pages are never framed.
    expect(await frameAncestors("/upotuskunta/surveys/vapaa?embed=1")).toBe("*");
    expect(await frameAncestors("/upotuskunta/surveys/upotettu/results")).toBe("'self'");
    expect((await page("/upotuskunta/surveys/upotettu/results")).headers["x-frame-options"]).toBe(
      "SAMEORIGIN",
    );
  });

  it("refuses what is not a site's https address, naming the field", async () => {
    for (const bad of [
      "http://www.kunta.fi",
      "https://www.kunta.fi/kysely",
      "https://www.kunta.fi/?a=1",
      "https://kayttaja@www.kunta.fi",
      "www.kunta.fi",
      "javascript:alert(1)",
      "https://a.fi; script-src *",
    ]) {
      const res = await settings(["https://ok.fi", bad]);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().errors[0], bad).toMatchObject({
        path: "body.embedOrigins.1",
        code: "invalid_format",
        params: { format: "url" },
      });
    }
    const many = await settings(Array.from({ length: 21 }, (_, i) => `https://s${i}.fi`));
    expect(many.statusCode).toBe(400);
    expect(many.json().errors[0].path).toBe("body.embedOrigins");
    // Nothing was changed by the refused requests.
    expect(await frameAncestors("/upotuskunta/surveys/upotettu")).toContain("https://www.kunta.fi");
  });

  it("goes back to any site when the list is emptied", async () => {
    expect((await settings([])).json().embedOrigins).toEqual([]);
    expect(await frameAncestors("/upotuskunta/surveys/upotettu?embed=1")).toBe("*");
  });
});
