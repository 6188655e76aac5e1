import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../serve-testing.js";
import { type Database, openDatabase } from "./client.js";
import { isConnectionLoss } from "./connection-loss.js";
import { openTestDatabase } from "./testing.js";

/** Real driver errors, classified: an unreachable database versus a wrong query. */
describe("isConnectionLoss", () => {
  let database: Database;
  let unreachable: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    // Nothing listens on this port: every connection is refused.
    unreachable = await openDatabase({
      url: `postgres://kuulo@127.0.0.1:${await freePort()}/none`,
    });
  });
  afterAll(async () => {
    await unreachable.close();
    await database.close();
  });

  async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
    try {
      await work();
    } catch (error) {
      return error;
    }
    throw new Error("expected a failure");
  }

  it("a refused connection is a loss, bare or wrapped by Drizzle", async () => {
    const client = new pg.Client({
      connectionString: `postgres://kuulo@127.0.0.1:${await freePort()}/none`,
    });
    expect(isConnectionLoss(await failureOf(() => client.connect()))).toBe(true);
    const wrapped = await failureOf(() => unreachable.db.execute(sql`select 1`));
    expect(isConnectionLoss(wrapped)).toBe(true);
    expect(isConnectionLoss(await failureOf(() => unreachable.ping()))).toBe(true);
  });

  it("server states that mean unavailable are losses (class 08, 57P01–57P03, 53300)", () => {
    for (const code of ["08006", "08001", "57P01", "57P02", "57P03", "53300"]) {
      expect(isConnectionLoss(Object.assign(new Error("x"), { code })), code).toBe(true);
    }
    expect(isConnectionLoss(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLoss(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("a wrong query or a constraint is not a loss", async () => {
    const syntax = await failureOf(() => database.db.execute(sql`selec 1`));
    expect(isConnectionLoss(syntax)).toBe(false);
    const missing = await failureOf(() => database.db.execute(sql`select * from no_such_table`));
    expect(isConnectionLoss(missing)).toBe(false);
    expect(isConnectionLoss(new Error("anything"))).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });
});
