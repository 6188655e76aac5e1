import { createHash, type Hash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { type Database, openDatabase } from "./client.js";
import { migrate } from "./migrate.js";

/**
 * Test databases on a PostgreSQL server (DATABASE_URL): every migration is applied once into a
 * template database named after a hash of the migrations, `kuulo_tpl_<hash>`, and each test file
 * gets a copy of it (`CREATE DATABASE … TEMPLATE`, a file copy inside the server) that it drops
 * when it closes. Copying costs a fraction of running the migrations for every file.
 *
 * The template is made at most once per server, however many test processes start together:
 * the maker holds an advisory lock on its admin connection (the others wait and then find it),
 * and builds under a temporary name that it renames only when the migrations have committed, so
 * a template half-made by a killed process is never used (it is dropped by the next maker).
 * The template refuses connections: a connected session would make every copy of it fail.
 */

const PREFIX = "kuulo_tpl_";
const BUILDING = "kuulo_tplnew_";
const TEST_PREFIX = "kuulo_test_";
/** Templates of other migrations kept beside the newest (other branches on the same server). */
const KEEP_TEMPLATES = 5;
const LOCK_ID = 7_245_002; // shared by every test process that makes templates
/** Bumped when the way templates are made changes, so that old ones are not taken. */
const SCHEME = "postgres-template-1";

const migrationsFolder = new URL("../../drizzle/", import.meta.url);
const migrator = new URL("./migrate.ts", import.meta.url);

/** Feeds the migrations (every file under drizzle/, names and contents) and the migrator in. */
export function hashMigrations(hash: Hash): void {
  const walk = (folder: URL) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const url = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, folder);
      hash.update(entry.name);
      if (entry.isDirectory()) walk(url);
      else hash.update(readFileSync(url));
    }
  };
  walk(migrationsFolder);
  try {
    hash.update(readFileSync(migrator)); // the sources; the compiled dist/ has no migrate.ts
  } catch {
    // compiled: the migrations alone decide
  }
}

function templateKey(): string {
  const hash = createHash("sha256");
  hash.update(SCHEME);
  hashMigrations(hash);
  return hash.digest("hex").slice(0, 16);
}

/** The same server and options, another database. */
export function databaseUrl(url: string, database: string): string {
  const address = new URL(url);
  address.pathname = `/${database}`;
  return address.toString();
}

async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url, application_name: "kuulo-test-admin" });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function exists(admin: pg.Client, database: string): Promise<boolean> {
  const found = await admin.query("select 1 from pg_database where datname = $1", [database]);
  return found.rowCount === 1;
}

async function databasesLike(admin: pg.Client, prefix: string): Promise<string[]> {
  const found = await admin.query<{ datname: string }>(
    "select datname from pg_database where starts_with(datname, $1) order by oid desc",
    [prefix],
  );
  return found.rows.map((r) => r.datname);
}

export interface EnsureTemplateOptions {
  /** Any database on the server: the admin connection. */
  url: string;
  /** The migrations' hash; tests of this mechanism pass one of their own. */
  key?: string;
}

/**
 * The name of the migrated template for the current migrations, made first if it is missing;
 * `made` says whether this call made it.
 */
export async function ensureTemplate(
  options: EnsureTemplateOptions,
): Promise<{ name: string; made: boolean }> {
  const name = `${PREFIX}${options.key ?? templateKey()}`;
  return withAdmin(options.url, async (admin) => {
    if (await exists(admin, name)) return { name, made: false };
    // Session lock: released by end(), or by the server when a killed process's connection goes.
    await admin.query("select pg_advisory_lock($1)", [LOCK_ID]);
    if (await exists(admin, name)) return { name, made: false };
    // Under the lock nobody else builds: a database still under a building name was left by a
    // killed process. A plain drop refuses one that somebody is connected to, and that is kept.
    for (const leftover of await databasesLike(admin, BUILDING)) {
      await admin.query(`drop database if exists ${leftover}`).catch(() => {});
    }
    const building = `${BUILDING}${name.slice(PREFIX.length)}_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${building} template template0`);
    try {
      const database = await openDatabase({
        url: databaseUrl(options.url, building),
        maxConnections: 1,
      });
      try {
        await migrate(database.db);
      } finally {
        await database.close();
      }
      await admin.query(`alter database ${building} with allow_connections false is_template true`);
      await admin.query(`alter database ${building} rename to ${name}`);
    } catch (error) {
      await admin.query(`drop database if exists ${building}`).catch(() => {});
      // 42P04: made meanwhile by a process whose admin connection is on another database (an
      // advisory lock is per database).
      if ((error as { code?: string }).code === "42P04") return { name, made: false };
      throw error;
    }
    // Templates of other migrations: keep the newest few, so that a developer's server does not
    // fill with them. One in use by a running copy is dropped when that copy has finished.
    for (const old of (await databasesLike(admin, PREFIX)).slice(KEEP_TEMPLATES)) {
      await admin
        .query(`alter database ${old} with is_template false`)
        .then(() => admin.query(`drop database if exists ${old}`))
        .catch(() => {}); // gone already, or taken by another server's test: next time
    }
    return { name, made: true };
  });
}

let template: Promise<string> | undefined;

function currentTemplate(url: string, again = false): Promise<string> {
  if (again) template = undefined;
  template ??= ensureTemplate({ url }).then((t) => t.name);
  template.catch(() => {
    template = undefined; // the next test file tries again
  });
  return template;
}

/**
 * A private database copied from the migrated template; `close` drops it. The database is the
 * test file's own, so tables live in the default `public` schema, and advisory locks and
 * LISTEN/NOTIFY channels (both per database) are its own too.
 */
export async function openPostgresTestDatabase(url: string): Promise<Database> {
  const name = `${TEST_PREFIX}${randomBytes(6).toString("hex")}`;
  const dropSql = await withAdmin(url, async (admin) => {
    const from = await currentTemplate(url);
    try {
      await admin.query(`create database ${name} template ${from}`);
    } catch (error) {
      // 3D000: the template was dropped meanwhile (another branch made a newer one); make it again.
      if ((error as { code?: string }).code !== "3D000") throw error;
      await admin.query(`create database ${name} template ${await currentTemplate(url, true)}`);
    }
    const version = await admin.query<{ v: number }>(
      "select current_setting('server_version_num')::int as v",
    );
    // WITH (FORCE), PostgreSQL 13+, ends connections a test left open (a LISTEN, a lost pool).
    return `drop database if exists ${name}${version.rows[0]!.v >= 130000 ? " with (force)" : ""}`;
  });
  const database = await openDatabase({ url: databaseUrl(url, name), maxConnections: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdmin(url, (admin) => admin.query(dropSql));
    },
  };
}
