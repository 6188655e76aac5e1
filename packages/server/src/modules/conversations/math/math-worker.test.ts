import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../db/client.js";
import { isConnectionLoss } from "../../../db/connection-loss.js";
import { freePort } from "../../../serve-testing.js";
import { startMathWorker } from "./math.js";
import { createMathRunner } from "./math-runner.js";

/** The math loop on a database that refuses connections: each interval fails, is reported, and is tried again. */
describe("the math worker while the database is unreachable", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ url: `postgres://kuulo@127.0.0.1:${await freePort()}/none` });
  });
  afterAll(() => database.close());

  it("reports the error on every interval and keeps running", async () => {
    const errors: unknown[] = [];
    const worker = startMathWorker({
      db: database.db,
      runner: createMathRunner(),
      intervalMs: 100,
      onError: (error) => errors.push(error),
    });
    const deadline = Date.now() + 10_000;
    while (errors.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every(isConnectionLoss)).toBe(true);
  });
});
