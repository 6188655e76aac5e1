import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "./client.js";
import { migrate } from "./migrate.js";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when
 * DATABASE_URL is set — a private schema on that PostgreSQL server, dropped afterwards.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({});
    await migrate(database.db);
    return database;
  }
  const schemaName = `kuulo_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schemaName}`);
  await admin.end();
  const database = await openDatabase({ url, searchPath: schemaName, maxConnections: 5 });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schemaName} cascade`);
      await cleanup.end();
    },
  };
}
