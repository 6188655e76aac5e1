import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestConversation, resident } from "../modules/conversations/testing.js";
import { createTestApp, type StaffClient, type TestApp } from "../test-app.js";
import { toAppError } from "./problems.js";

/** Hostile input at the edge: control characters, out-of-range numbers, broken URLs. */
describe("input is validated at the edge", () => {
  let t: TestApp;
  let admin: StaffClient;
  let publicId: string;
  let conversationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("reuna");
    await t.addMember(org, "admin@reuna.example", ["admin"]);
    admin = await t.signIn("admin@reuna.example");
    ({ publicId, id: conversationId } = await createTestConversation(admin, "reuna"));
  });
  afterAll(() => t.close());

  function expect400(
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
    path: string,
  ) {
    expect(response.statusCode, response.body).toBe(400);
    expect(String(response.headers["content-type"])).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(response.body);
    expect(body.code).toBe("validation.failed");
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    return body;
  }

  it("refuses a NUL byte in a vote's requestId with 400, and the next votes still work", async () => {
    const r = resident(t);
    const bad = await r.vote(publicId, 0, "agree", { requestId: "abc\u0000defgh" });
    const body = expect400(bad, "body.requestId");
    expect(body.errors[0].message).toMatch(/U\+0000 at character 4/);
    const good = await r.vote(publicId, 1, "agree", { requestId: "good-request-1" });
    expect(good.statusCode, good.body).toBeLessThan(300);
  });

  it("refuses a statement id above 2^31−1 in a vote with 400", async () => {
    const r = resident(t);
    expect400(await r.vote(publicId, 2 ** 31, "agree"), "body.tid");
    expect400(await r.vote(publicId, 1e20, "agree"), "body.tid");
  });

  it("refuses a statement id above 2^31−1 in a path with 400", async () => {
    const response = await admin.request({
      method: "PATCH",
      url: `/api/orgs/reuna/conversations/${conversationId}/statements/2147483648`,
      payload: { text: "Uusi teksti" },
    });
    const body = expect400(response, "params.tid");
    expect(body.errors).toHaveLength(1);
  });

  it("refuses control characters in nested body fields, the query, the path and headers", async () => {
    const nested = await admin.request({
      method: "POST",
      url: "/api/orgs/reuna/conversations",
      payload: { title: { fi: "Otsikko\u0007" } },
    });
    expect400(nested, "body.title.fi");
    const multiline = await admin.request({
      method: "POST",
      url: "/api/orgs/reuna/conversations",
      payload: { title: { fi: "Otsikko" }, description: { fi: "rivi\nrivi\n ok\u001b" } },
    });
    const body = expect400(multiline, "body.description.fi");
    expect(body.errors[0].message).toMatch(/U\+001B at line 3, column 4/);
    expect400(
      await t.app.inject({ method: "GET", url: `/api/p/c/${publicId}?t=a%00b` }),
      "querystring.t",
    );
    expect400(await t.app.inject({ method: "GET", url: "/api/orgs/re%00una" }), "params.slug");
    expect400(
      await t.app.inject({
        method: "GET",
        url: "/api/health",
        headers: { "x-kuulo-resident": "a\u0000b" },
      }),
      "headers.x-kuulo-resident",
    );
  });

  it("keeps tabs and line breaks in text", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/orgs/reuna/conversations",
      payload: { title: { fi: "Otsikko" }, description: { fi: "a\tb\r\nc\nd" } },
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it("answers a malformed %-escape in the path with problem+json", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/orgs/%zz" });
    expect400(response, "url");
  });

  it("answers over-large headers (431) with problem+json over real HTTP", async () => {
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; type: string; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port,
            path: "/api/health",
            headers: { "x-big": "a".repeat(64 * 1024) },
          },
          (res) => {
            let body = "";
            res.on("data", (chunk) => {
              body += chunk;
            });
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                type: String(res.headers["content-type"]),
                body,
              }),
            );
          },
        );
        req.on("error", reject);
        req.end();
      },
    );
    expect(answer.status).toBe(431);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: "headers_too_large" });
  });

  it("turns database errors about bad input into 400, not 500 (backstop)", async () => {
    const db = t.database.db;
    const failures: unknown[] = [];
    for (const query of [
      sql`select ${"a\u0000b"}::text`,
      sql`select ${"99999999999"}::integer`,
      sql`select ${"294277-01-01"}::timestamptz`,
    ]) {
      try {
        await db.execute(query);
      } catch (error) {
        failures.push(error);
      }
    }
    expect(failures).toHaveLength(3);
    for (const error of failures) {
      const appError = toAppError(error);
      expect(appError.status, String(error)).toBe(400);
      expect(appError.code).toBe("validation.failed");
    }
  });
});
