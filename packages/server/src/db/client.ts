import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.js";

/** A Drizzle handle, or a transaction: services accept either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  /** "pglite" for the embedded database, "postgres" for a server. */
  kind: "pglite" | "postgres";
  /** Throws when the database does not answer. */
  ping: () => Promise<void>;
  /** LISTEN on a channel; every server process on the database hears every NOTIFY. */
  listen: (channel: string, onMessage: (payload: string) => void) => Promise<() => Promise<void>>;
  notify: (channel: string, payload: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL server URL. When absent, the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder for the embedded database; absent means in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL only: schema to work in (tests isolate themselves this way). */
  searchPath?: string | undefined;
  /** PostgreSQL only: pool size. */
  maxConnections?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    const listeners: pg.Client[] = [];
    return {
      db,
      kind: "postgres",
      ping: async () => {
        await pool.query("select 1");
      },
      listen: async (channel, onMessage) => {
        // LISTEN needs a connection of its own, outside the pool.
        const client = new pg.Client({ connectionString: options.url });
        await client.connect();
        client.on("notification", (n) => {
          if (n.channel === channel) onMessage(n.payload ?? "");
        });
        await client.query(`LISTEN ${quoteIdent(channel)}`);
        listeners.push(client);
        return async () => {
          listeners.splice(listeners.indexOf(client), 1);
          await client.end();
        };
      },
      notify: async (channel, payload) => {
        await pool.query("select pg_notify($1, $2)", [channel, payload]);
      },
      close: async () => {
        await Promise.all(listeners.map((c) => c.end()));
        await pool.end();
      },
    };
  }
  let client: PGlite;
  if (options.dataDir) {
    const folder = resolve(options.dataDir, "pglite");
    mkdirSync(folder, { recursive: true });
    client = new PGlite(join(folder));
  } else {
    client = new PGlite();
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
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

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Rows of a raw `db.execute(sql…)` result; both drivers answer with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
