import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "./client.js";

/**
 * Applies the versioned migrations in packages/server/drizzle/ (written by drizzle-kit, plus
 * hand-written ones) in order, each once. All of it runs in one transaction under an advisory
 * lock, so two server processes starting together neither race nor half-apply.
 */

const folder = new URL("../../drizzle/", import.meta.url);

interface JournalEntry {
  idx: number;
  tag: string;
}

export interface Migration {
  tag: string;
  statements: string[];
}

export function loadMigrations(): Migration[] {
  const journal = JSON.parse(readFileSync(new URL("meta/_journal.json", folder), "utf8")) as {
    entries: JournalEntry[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => ({
      tag: entry.tag,
      statements: readFileSync(new URL(`${entry.tag}.sql`, folder), "utf8")
        .split("--> statement-breakpoint")
        // drizzle-kit writes "public". into foreign keys; dropping it lets the same migrations
        // run in any schema (tests that start `kuulo serve` give it a private schema).
        .map((s) => s.replaceAll('"public".', "").trim())
        .filter((s) => s.length > 0),
    }));
}

const LOCK_ID = 7_245_001; // any constant shared by every Kuulo process

export async function migrate(db: Db): Promise<{ applied: string[] }> {
  const migrations = loadMigrations();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ID})`);
    await tx.execute(sql`create table if not exists kuulo_migrations (
      tag text primary key,
      applied_at timestamptz not null default now()
    )`);
    const done = rowsOf<{ tag: string }>(await tx.execute(sql`select tag from kuulo_migrations`));
    const doneTags = new Set(done.map((r) => r.tag));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (doneTags.has(migration.tag)) continue;
      for (const statement of migration.statements) {
        await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into kuulo_migrations (tag) values (${migration.tag})`);
      applied.push(migration.tag);
    }
    return { applied };
  });
}
