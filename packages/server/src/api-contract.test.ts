import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { voteRecordedSchema } from "./modules/conversations/responses.js";
import { routesOf } from "./route-samples.js";
import { createTestApp, type TestApp } from "./test-app.js";

/**
 * The API contract: every route declares the answer it gives on success, so that
 * /api/openapi.json describes every operation and the web app's types can be generated from it.
 * A route without a 2xx response schema fails here. Routes that only redirect declare their 302;
 * answers that are not JSON (images, CSV, event streams) declare their media types.
 */

/** Routes whose success is a redirect (the OpenID Connect sign-on round trip, invitation links). */
const REDIRECTS = new Set([
  "GET /api/auth/oidc/:slug/start",
  "GET /api/auth/oidc/callback",
  "GET /api/i/:token",
]);

/** The documentation page's own routes (@fastify/swagger-ui: HTML, scripts), not API operations. */
const isDocumentationPage = (url: string) => url === "/api/docs" || url.startsWith("/api/docs/");

type Responses = Record<string, unknown>;

function successCodes(responses: Responses | undefined, key: string): string[] {
  const codes = Object.keys(responses ?? {});
  return codes.filter((c) => /^2\d\d$/.test(c) || (REDIRECTS.has(key) && /^3\d\d$/.test(c)));
}

/** A declared answer: a zod schema, or `{ content: { <media type>: { schema } } }`. */
function declaresBody(answer: unknown): boolean {
  if (answer instanceof z.ZodType) return true;
  const content = (answer as { content?: Record<string, { schema?: unknown }> }).content;
  return (
    content !== undefined &&
    Object.keys(content).length > 0 &&
    Object.values(content).every((c) => c.schema instanceof z.ZodType)
  );
}

describe("the API contract", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("gives every route a response schema for its success", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { method, url, route } of routesOf(t.app.routeTable)) {
      if (isDocumentationPage(url)) continue;
      const key = `${method} ${url}`;
      const responses = (route.schema as { response?: Responses } | undefined)?.response;
      const codes = successCodes(responses, key);
      checked++;
      if (codes.length === 0) missing.push(`${key}: no 2xx response schema`);
      for (const code of codes)
        if (!declaresBody(responses![code])) missing.push(`${key} ${code}: not a schema`);
    }
    expect(checked).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it("answers a vote as its schema says (the vote route skips the schema's encoding for speed)", async () => {
    const org = await t.createOrg("sopimus");
    await t.addMember(org, "admin@sopimus.fi", ["admin"]);
    const admin = await t.signIn("admin@sopimus.fi");
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/sopimus/conversations",
      payload: { title: { fi: "Sopimus" }, seedStatements: ["Väite"] },
    });
    const vote = await t.app.inject({
      method: "POST",
      url: `/api/p/c/${created.json().publicId}/votes`,
      payload: { tid: 0, vote: "agree" },
    });
    expect(vote.statusCode).toBe(200);
    expect(voteRecordedSchema.strict().parse(vote.json())).toEqual(vote.json());
  });

  it("describes every operation's success in /api/openapi.json", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<
      string,
      Record<
        string,
        { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }
      >
    >;
    const missing: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations++;
        // OpenAPI writes :slug as {slug}.
        const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`;
        const responses = operation.responses ?? {};
        const codes = successCodes(responses, key);
        if (codes.length === 0) missing.push(`${key}: no 2xx response`);
        for (const code of codes) {
          // 204 and redirects have no body: their description is the whole answer.
          if (code === "204" || code.startsWith("3")) continue;
          const content = responses[code]!.content ?? {};
          if (Object.keys(content).length === 0 || !Object.values(content).every((c) => c.schema))
            missing.push(`${key} ${code}: no schema`);
        }
      }
    }
    expect(operations).toBeGreaterThan(35);
    expect(missing).toEqual([]);
  });
});
