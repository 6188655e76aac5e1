import { buildApp } from "./app.js";
import { parseConfig } from "./config.js";
import { openDatabase } from "./db/client.js";

/**
 * The API's OpenAPI document (what `/api/openapi.json` serves), made without a running server:
 * the app is built on an empty in-memory database, which no route touches while it is being
 * described. The web app's types are generated from it (`npm run api:types`).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = parseConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent" });
  const database = await openDatabase({});
  const app = await buildApp({
    config,
    database,
    eventLoopLag: { lagMs: () => 0, stop: () => {} },
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}
