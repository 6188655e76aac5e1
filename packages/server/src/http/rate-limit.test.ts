import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { rowsOf } from "../db/client.js";
import { openTestDatabase } from "../db/testing.js";
import { enforceRateLimit, hitRateLimit } from "./rate-limit.js";

describe("database rate limits", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("counts per key and refuses beyond the limit with Retry-After", async () => {
    const options = { key: "test:a", limit: 2, windowSeconds: 60 };
    expect((await hitRateLimit(database.db, options)).allowed).toBe(true);
    expect((await hitRateLimit(database.db, options)).allowed).toBe(true);
    await expect(enforceRateLimit(database.db, options)).rejects.toMatchObject({
      code: "rate_limited",
      headers: { "retry-after": expect.stringMatching(/^\d+$/) },
    });
    expect((await hitRateLimit(database.db, { ...options, key: "test:b" })).allowed).toBe(true);
  });

  it("stores no client address, resident key or email address, only the kind and a keyed hash", async () => {
    const secrets = ["203.0.113.77", "2001:db8::1", "resident-key-abc123", "someone@county.fi"];
    for (const value of secrets) {
      await hitRateLimit(database.db, { key: `statement:a:${value}`, limit: 5, windowSeconds: 60 });
    }
    const keys = rowsOf<{ key: string }>(
      await database.db.execute(sql`select key from rate_limit_buckets`),
    ).map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("statement:"))).toHaveLength(secrets.length);
    for (const key of keys) {
      for (const value of secrets) expect(key).not.toContain(value);
    }
  });
});
