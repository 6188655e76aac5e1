import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../modules/audit/index.js";
import { organizations } from "../modules/organizations/index.js";
import { type Database, rowsOf } from "./client.js";
import { loadMigrations, migrate } from "./migrate.js";
import { openTestDatabase } from "./testing.js";

describe("migrations", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("are all recorded once and a second run applies nothing", async () => {
    const rows = rowsOf<{ tag: string }>(
      await database.db.execute(sql`select tag from kuulo_migrations order by tag`),
    );
    expect(rows.map((r) => r.tag)).toEqual(loadMigrations().map((m) => m.tag));
    expect(await migrate(database.db)).toEqual({ applied: [] });
  });

  it("make the audit log append-only", async () => {
    const [org] = await database.db
      .insert(organizations)
      .values({
        slug: "append-only-test",
        name: { fi: "Testi", sv: "Test", en: "Test" },
        languages: ["fi"],
        defaultLanguage: "fi",
        themeColor: "#005eb8",
      })
      .returning();
    await database.db
      .insert(auditEvents)
      .values({ organizationId: org!.id, actorLabel: "test", action: "test.created" });
    const refused = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(database.db.update(auditEvents).set({ action: "x" })).rejects.toMatchObject(
      refused,
    );
    await expect(database.db.delete(auditEvents)).rejects.toMatchObject(refused);
    const left = await database.db.select().from(auditEvents);
    expect(left.map((e) => e.action)).toEqual(["test.created"]);
  });
});
