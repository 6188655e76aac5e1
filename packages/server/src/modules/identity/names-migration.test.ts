import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, rowsOf } from "../../db/client.js";
import { loadMigrations } from "../../db/migrate.js";

/** Migration 0006 moves names and last sign-ins from the shared account to the memberships. */
describe("migration of staff names to memberships", () => {
  let database: Database;
  const run = async (statements: string[]) => {
    for (const statement of statements) await database.db.execute(sql.raw(statement));
  };
  beforeAll(async () => {
    database = await openDatabase({});
  });
  afterAll(() => database.close());

  it("keeps each organization's name and a last sign-in that can be placed", async () => {
    const migrations = loadMigrations();
    const at = migrations.findIndex((m) => m.tag.includes("staff_names_per_membership"));
    expect(at).toBeGreaterThan(0);
    await run(migrations.slice(0, at).flatMap((m) => m.statements));
    await run([
      `insert into organizations (id, slug, name, languages, default_language, theme_color) values
        ('00000000-0000-4000-8000-00000000000a', 'a', '{"fi":"A","sv":"A","en":"A"}', '{fi}', 'fi', '#005eb8'),
        ('00000000-0000-4000-8000-00000000000b', 'b', '{"fi":"B","sv":"B","en":"B"}', '{fi}', 'fi', '#005eb8')`,
      `insert into staff_users (id, email, display_name, last_sign_in_at) values
        ('00000000-0000-4000-8000-000000000001', 'one@x.fi', 'Yksi', '2026-01-01T00:00:00Z'),
        ('00000000-0000-4000-8000-000000000002', 'two@x.fi', 'Kaksi', '2026-02-01T00:00:00Z')`,
      `insert into memberships (organization_id, user_id, roles) values
        ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000001', '{admin}'),
        ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', '{viewer}'),
        ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000002', '{admin}')`,
    ]);
    await run(migrations[at]!.statements);
    const rows = rowsOf<{ email: string; slug: string; display_name: string; last: unknown }>(
      await database.db.execute(sql`
        select u.email, o.slug, m.display_name, m.last_sign_in_at as last
        from memberships m join staff_users u on u.id = m.user_id
        join organizations o on o.id = m.organization_id order by u.email, o.slug`),
    );
    expect(rows.map((r) => [r.email, r.slug, r.display_name, r.last !== null])).toEqual([
      ["one@x.fi", "a", "Yksi", true],
      ["two@x.fi", "a", "Kaksi", false],
      ["two@x.fi", "b", "Kaksi", false],
    ]);
    const columns = rowsOf<{ column_name: string }>(
      await database.db.execute(
        sql`select column_name from information_schema.columns where table_name = 'staff_users'`,
      ),
    );
    expect(columns.map((c) => c.column_name)).not.toContain("display_name");
  });
});
