import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";

describe("serving the web app", () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "kuulo-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Kuulo</title>");
    writeFileSync(join(dist, "embed.js"), "/* embed */");
    t = await createTestApp({ WEB_DIST: dist });
  });
  afterAll(() => t.close());

  it("answers app paths with index.html, so the app's router shows its pages", async () => {
    const response = await t.app.inject({ method: "GET", url: "/keski-suomi/staff/audit" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("<title>Kuulo</title>");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });

  it("lets other sites embed residents' conversation pages, and only those", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/keski-suomi/c/abcdefgh23?embed=1",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-frame-options"]).toBeUndefined();
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("lets other sites embed survey answering pages, but not their results or staff pages", async () => {
    const page = await t.app.inject({ method: "GET", url: "/keski-suomi/surveys/palaute?embed=1" });
    expect(page.headers["x-frame-options"]).toBeUndefined();
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors *");
    for (const url of ["/keski-suomi/surveys/palaute/results", "/keski-suomi/staff/surveys/x"]) {
      const other = await t.app.inject({ method: "GET", url });
      expect(other.headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });

  it("serves the embed script to other sites", async () => {
    const response = await t.app.inject({ method: "GET", url: "/embed.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    const other = await t.app.inject({ method: "GET", url: "/index.html" });
    expect(other.headers["cross-origin-resource-policy"]).toBe("same-origin");
  });

  it("answers unknown API paths with problem+json, not the app", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/problem\+json/);
  });
});
