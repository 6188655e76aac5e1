import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizations } from "../modules/organizations/index.js";
import { type Database, rowsOf } from "./client.js";
import { loadMigrations } from "./migrate.js";
import { databaseUrl, ensureTemplate, openPostgresTestDatabase } from "./postgres-test-database.js";

const url = process.env.DATABASE_URL;

describe.skipIf(!url)(
  "test databases on PostgreSQL: copies of one migrated template (PostgreSQL only: PGlite loads a dumped template)",
  () => {
    let admin: pg.Client;
    beforeAll(async () => {
      admin = new pg.Client({ connectionString: url });
      await admin.connect();
    });
    afterAll(async () => {
      await admin?.end();
    });

    const databases = async (prefix: string) =>
      (
        await admin.query<{ datname: string; datallowconn: boolean; datistemplate: boolean }>(
          "select datname, datallowconn, datistemplate from pg_database where starts_with(datname, $1)",
          [prefix],
        )
      ).rows;

    const current = async (database: Database) =>
      rowsOf<{ name: string }>(
        await database.db.execute(sql`select current_database() as name`),
      )[0]!.name;

    it("gives two files opening at once different databases, both migrated, each with its own data, and drops them on close", async () => {
      const [a, b] = await Promise.all([
        openPostgresTestDatabase(url!),
        openPostgresTestDatabase(url!),
      ]);
      const names = [await current(a), await current(b)];
      try {
        expect(names[0]).toMatch(/^kuulo_test_[0-9a-f]{12}$/);
        expect(names[1]).not.toBe(names[0]);
        const tags = loadMigrations().map((m) => m.tag);
        for (const database of [a, b]) {
          const applied = rowsOf<{ tag: string }>(
            await database.db.execute(sql`select tag from kuulo_migrations order by tag`),
          );
          expect(applied.map((r) => r.tag)).toEqual(tags);
        }
        await a.db.insert(organizations).values({
          slug: "only-in-a",
          name: { fi: "A", sv: "A", en: "A" },
          languages: ["fi"],
          defaultLanguage: "fi",
          themeColor: "#005eb8",
        });
        expect((await a.db.select().from(organizations)).map((o) => o.slug)).toEqual(["only-in-a"]);
        expect(await b.db.select().from(organizations)).toEqual([]);
      } finally {
        await a.close();
      }
      expect((await databases(names[0]!)).length).toBe(0);
      expect((await databases(names[1]!)).length).toBe(1);
      await b.close();
      expect((await databases(names[1]!)).length).toBe(0);
    });

    it("makes a template once when many processes ask together, never takes a half-made one, and refuses connections to it", async () => {
      const key = `selftest${randomBytes(4).toString("hex")}`;
      // What a maker killed mid-way leaves behind: a database under a building name.
      const leftover = `kuulo_tplnew_${key}_dead`;
      await admin.query(`create database ${leftover} template template0`);
      try {
        const made = await Promise.all(
          Array.from({ length: 4 }, () => ensureTemplate({ url: url!, key })),
        );
        expect(new Set(made.map((m) => m.name))).toEqual(new Set([`kuulo_tpl_${key}`]));
        expect(made.filter((m) => m.made).length).toBe(1);
        expect(await databases(`kuulo_tpl_${key}`)).toEqual([
          { datname: `kuulo_tpl_${key}`, datallowconn: false, datistemplate: true },
        ]);
        expect(await databases(`kuulo_tplnew_${key}`)).toEqual([]);
        // The template holds every migration: a copy of it answers with all of them.
        const copy = `kuulo_test_${randomBytes(6).toString("hex")}`;
        await admin.query(`create database ${copy} template kuulo_tpl_${key}`);
        const client = new pg.Client({
          connectionString: databaseUrl(url!, copy),
        });
        await client.connect();
        const applied = await client.query("select tag from kuulo_migrations");
        await client.end();
        await admin.query(`drop database ${copy}`);
        expect(applied.rowCount).toBe(loadMigrations().length);
      } finally {
        await admin.query(`drop database if exists ${leftover}`);
        await admin.query(`alter database kuulo_tpl_${key} with is_template false`).catch(() => {});
        await admin.query(`drop database if exists kuulo_tpl_${key}`);
      }
    });
  },
);
