import { createHash, randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { type Database, openDatabase } from "./client.js";
import { migrate } from "./migrate.js";
import { hashMigrations, openPostgresTestDatabase } from "./postgres-test-database.js";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when
 * DATABASE_URL is set — a private database on that PostgreSQL server, copied from a migrated
 * template and dropped afterwards (postgres-test-database.ts).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ template: await migratedTemplate() });
  return openPostgresTestDatabase(url);
}

let template: Promise<Blob> | undefined;

/**
 * An embedded data folder with every migration applied, made once and kept in the system's
 * temporary folder under a name that hashes the migrations and the PGlite version: every test
 * process of a run (and later runs) loads it instead of creating a cluster and migrating it,
 * which costs about four times as much CPU. Written to a private name and renamed, so that two
 * processes making it at once never read half a file.
 */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `kuulo-test-pglite-${templateKey()}.tar`);
    try {
      return new Blob([readFileSync(file)], { type: "application/x-tar" });
    } catch {
      // Not made yet: make it below.
    }
    const database = await openDatabase({});
    try {
      await migrate(database.db);
      const client = (database.db as unknown as { $client: PGlite }).$client;
      const dump = await client.dumpDataDir("none");
      const own = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
      writeFileSync(own, Buffer.from(await dump.arrayBuffer()));
      renameSync(own, file);
      return new Blob([await dump.arrayBuffer()], { type: "application/x-tar" });
    } finally {
      await database.close();
    }
  })();
  return template;
}

function templateKey(): string {
  const hash = createHash("sha256");
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite"); // …/dist/index.cjs
  const pglite = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as {
    version: string;
  };
  hash.update(pglite.version);
  hashMigrations(hash);
  return hash.digest("hex").slice(0, 16);
}
