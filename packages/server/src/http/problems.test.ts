import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../test-app.js";

describe("errors are RFC 9457 problem+json", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: "4096" });
    const org = await t.createOrg("ongelma");
    await t.addMember(org, "admin@ongelma.example", ["admin"]);
    admin = await t.signIn("admin@ongelma.example");
  });
  afterAll(() => t.close());

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
    status: number,
    code: string,
  ) {
    expect(response.statusCode).toBe(status);
    expect(String(response.headers["content-type"])).toMatch(/^application\/problem\+json/);
    const body = response.json() as Record<string, unknown>;
    expect(body).toMatchObject({ status, code, type: `https://kuulo.fi/problems/${code}` });
    expect(typeof body.title).toBe("string");
    expect(typeof body.detail).toBe("string");
    return body;
  }

  it("malformed JSON → 400 naming the body", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      headers: { "content-type": "application/json" },
      payload: '{"email": ',
    });
    const body = expectProblem(response, 400, "validation.failed");
    expect(body.errors).toEqual([
      { path: "body", message: "is not valid JSON", code: "invalid_json" },
    ]);
  });

  it("an unknown field → 400 naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: "a@b.fi", admin: true },
    });
    const body = expectProblem(response, 400, "validation.failed");
    expect(body.errors).toEqual([
      expect.objectContaining({ path: "body.admin", code: "unknown_field" }),
    ]);
  });

  it("a wrong value → 400 naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: "nope" },
    });
    const body = expectProblem(response, 400, "validation.failed");
    expect(body.errors).toEqual([
      {
        path: "body.email",
        message: "must be an email address",
        code: "invalid_format",
        params: { format: "email" },
      },
    ]);
  });

  it("an over-long string → 400 naming the nested field, and nothing is written", async () => {
    const response = await admin.request({
      method: "PATCH",
      url: "/api/orgs/ongelma/settings",
      payload: { name: { fi: "x".repeat(201), sv: "a", en: "b" }, themeColor: "#112233" },
    });
    const body = expectProblem(response, 400, "validation.failed");
    expect(body.errors).toEqual([
      expect.objectContaining({ path: "body.name.fi", code: "too_long", params: { max: 200 } }),
    ]);
    const settings = await admin.request({ method: "GET", url: "/api/orgs/ongelma/settings" });
    expect(settings.json().themeColor).toBe("#005eb8");
  });

  it("every field error carries a stable code for the client to word in the user's language", async () => {
    const missing = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: {},
    });
    expect(expectProblem(missing, 400, "validation.failed").errors).toEqual([
      expect.objectContaining({ path: "body.email", code: "required" }),
    ]);
    const wrongType = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: 12 },
    });
    expect(expectProblem(wrongType, 400, "validation.failed").errors).toEqual([
      expect.objectContaining({ path: "body.email", code: "invalid_type" }),
    ]);
    const role = await admin.request({
      method: "POST",
      url: "/api/orgs/ongelma/staff",
      payload: { email: "uusi@ongelma.example", displayName: "Uusi", roles: ["king"] },
    });
    expect(expectProblem(role, 400, "validation.failed").errors).toEqual([
      expect.objectContaining({ path: "body.roles.0", code: "invalid_value" }),
    ]);
    const limit = await admin.request({ method: "GET", url: "/api/orgs/ongelma/audit?limit=500" });
    expect(expectProblem(limit, 400, "validation.failed").errors).toEqual([
      expect.objectContaining({
        path: "querystring.limit",
        code: "too_large",
        params: { max: 200 },
      }),
    ]);
    // A service's own check without a code of its own is "invalid"; `message` stays as it was.
    const defaultLanguage = await admin.request({
      method: "PATCH",
      url: "/api/orgs/ongelma/settings",
      payload: { languages: ["fi"], defaultLanguage: "sv" },
    });
    expect(expectProblem(defaultLanguage, 400, "validation.failed").errors).toEqual([
      {
        path: "body.defaultLanguage",
        message: "must be one of the enabled languages",
        code: "invalid",
      },
    ]);
  });

  it("an oversize body → 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: `${"a".repeat(5000)}@b.fi` },
    });
    expectProblem(response, 413, "payload_too_large");
  });

  it("an unknown API path → 404", async () => {
    expectProblem(
      await t.app.inject({ method: "GET", url: "/api/nothing-here" }),
      404,
      "not_found",
    );
  });

  it("an unknown organization → 404 org.not_found", async () => {
    expectProblem(
      await t.app.inject({ method: "GET", url: "/api/orgs/no-such-county" }),
      404,
      "org.not_found",
    );
  });

  it("staff routes without a session → 401", async () => {
    expectProblem(
      await t.app.inject({ method: "GET", url: "/api/orgs/ongelma/staff" }),
      401,
      "auth.required",
    );
  });

  it("a cookie-authenticated write without the CSRF token → 403, and nothing changes", async () => {
    const response = await t.app.inject({
      method: "PATCH",
      url: "/api/orgs/ongelma/settings",
      headers: { cookie: admin.cookie },
      payload: { themeColor: "#000000" },
    });
    expectProblem(response, 403, "csrf.failed");
    const wrong = await t.app.inject({
      method: "PATCH",
      url: "/api/orgs/ongelma/settings",
      headers: { cookie: admin.cookie, "x-csrf-token": "forged" },
      payload: { themeColor: "#000000" },
    });
    expectProblem(wrong, 403, "csrf.failed");
    const settings = await admin.request({ method: "GET", url: "/api/orgs/ongelma/settings" });
    expect(settings.json().themeColor).toBe("#005eb8");
  });

  it("a request from a foreign origin is refused", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      headers: { origin: "https://evil.example" },
      payload: { email: "admin@ongelma.example" },
    });
    expectProblem(response, 403, "csrf.failed");
  });

  it("every response carries a request id and security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok" });
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("serves an OpenAPI document generated from the route schemas", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/orgs/{slug}/staff"].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
