import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { parseConfig } from "../config.js";
import { type Database, openDatabase } from "../db/client.js";
import { freePort } from "../serve-testing.js";

/**
 * The app on a PostgreSQL server that does not answer (nothing listens on the port: connections
 * are refused, as while the database restarts). Every request that needs the database is 503
 * problem+json with Retry-After, from the one problem handler, never a 500; liveness stays 200.
 */
describe("while the database is unreachable", () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    const config = parseConfig({ PORT: "3000", LOG_LEVEL: "silent", WEB_DIST: "/nonexistent" });
    database = await openDatabase({
      url: `postgres://kuulo@127.0.0.1:${await freePort()}/none`,
    });
    app = await buildApp({ config, database });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  function expectUnavailable(response: Awaited<ReturnType<typeof app.inject>>) {
    expect(response.statusCode).toBe(503);
    expect(String(response.headers["content-type"])).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, code: "unavailable" });
    expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
  }

  it("/api/ready is 503 and /api/health is 200", async () => {
    expectUnavailable(await app.inject({ method: "GET", url: "/api/ready" }));
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("a read and a write that need the database are 503, not 500", async () => {
    expectUnavailable(await app.inject({ method: "GET", url: "/api/orgs/keski-suomi-demo" }));
    expectUnavailable(
      await app.inject({
        method: "POST",
        url: "/api/auth/sign-in-link",
        payload: { email: "someone@example.fi" },
      }),
    );
  });
});
