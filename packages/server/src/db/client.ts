import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { createListener, type DatabaseLog } from "./listener.js";

export type { DatabaseLog } from "./listener.js";

/** A Drizzle handle, or a transaction: services accept either. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  /** "pglite" for the embedded database, "postgres" for a server. */
  kind: "pglite" | "postgres";
  /** Throws when the database does not answer within a short time. */
  ping: () => Promise<void>;
  /**
   * LISTEN on a channel; every server process on the database hears every NOTIFY. On PostgreSQL
   * the connection is re-established after a loss, and `onStatus` hears when it went down and
   * came back (notifications in between are lost).
   */
  listen: (
    channel: string,
    onMessage: (payload: string) => void,
    onStatus?: (connected: boolean) => void,
  ) => Promise<() => Promise<void>>;
  notify: (channel: string, payload: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL server URL. When absent, the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder for the embedded database; absent means in memory (tests). */
  dataDir?: string | undefined;
  /**
   * Embedded database in memory only: start from this dump of a data folder (PGlite's
   * `dumpDataDir`) instead of an empty cluster. Tests start from one migrated template.
   */
  template?: Blob | undefined;
  /** PostgreSQL only: schema to work in (its search_path). */
  searchPath?: string | undefined;
  /** PostgreSQL only: pool size. */
  maxConnections?: number;
  /**
   * PostgreSQL only: `application_name` of the connections (pg_stat_activity); default
   * PGAPPNAME or "kuulo". An `application_name` in the URL wins.
   */
  applicationName?: string | undefined;
  /** PostgreSQL only: where lost connections are reported (warn); default: nowhere. */
  log?: DatabaseLog | undefined;
}

/** How long a ping, or a request waiting for a pooled connection, waits for the database. */
const PING_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 5000;

const silent: DatabaseLog = { warn: () => {}, info: () => {} };

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  let client: PGlite;
  if (options.dataDir) {
    const folder = resolve(options.dataDir, "pglite");
    mkdirSync(folder, { recursive: true });
    client = new PGlite(join(folder));
  } else {
    client = new PGlite(options.template ? { loadDataDir: options.template } : {});
  }
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: "pglite",
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    listen: async (channel, onMessage) => client.listen(channel, onMessage),
    notify: async (channel, payload) => {
      await client.query("select pg_notify($1, $2)", [channel, payload]);
    },
    close: () => client.close(),
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): Database {
  const log = options.log ?? silent;
  const connection = {
    connectionString: url,
    application_name: options.applicationName ?? process.env.PGAPPNAME ?? "kuulo",
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  };
  const pool = new pg.Pool({
    ...connection,
    max: options.maxConnections ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // A pooled connection that breaks while idle (or while checked out between two queries) emits
  // "error"; without a listener Node would end the process. The pool drops broken connections
  // and opens new ones; the request that was using it fails and is answered 503.
  pool.on("error", (error) => {
    log.warn({ err: error.message }, "an idle database connection was lost");
  });
  pool.on("connect", (client) => {
    client.on("error", () => {});
  });
  const listener = createListener({ newClient: () => new pg.Client(connection), log });
  return {
    db: drizzleNodePg(pool) as unknown as Db,
    kind: "postgres",
    ping: () => withTimeout(pool.query("select 1"), PING_TIMEOUT_MS),
    listen: listener.listen,
    notify: async (channel, payload) => {
      await pool.query("select pg_notify($1, $2)", [channel, payload]);
    },
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

async function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The database did not answer within ${ms} ms`)), ms);
  });
  work.catch(() => {}); // answered after the timeout: nobody waits for it any more
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of a raw `db.execute(sql…)` result; both drivers answer with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
