import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { buildApp } from "./app.js";
import { type Config, parseConfig } from "./config.js";
import { type Database, type DatabaseLog, openDatabase } from "./db/client.js";
import { acquireDataDirLock } from "./db/instance-lock.js";
import { migrate } from "./db/migrate.js";
import { loadOrCreateDataKey } from "./db/sealed.js";
import { demoAdminSignInLink, seedDemo } from "./demo/seed.js";
import type { ActivitySource, DemoSeeder } from "./modules/define.js";
import { startModules } from "./modules/define.js";
import { appModules } from "./modules/index.js";

/** Each participation module's open activities, for organizations' landing pages. */
export const activitySources: ActivitySource[] = appModules.flatMap((m) => m.activitySources);
/** Each module's demo content. */
export const demoSeeders: DemoSeeder[] = appModules.flatMap((m) => m.demoSeeder ?? []);

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  database: Database;
  /** Where it listens, e.g. http://127.0.0.1:3000. */
  address: string;
  /** One-time sign-in link for the demo admin, when the demo is on. */
  demoSignInLink: string | undefined;
  close: () => Promise<void>;
}

export function databaseFor(config: Config, log?: DatabaseLog) {
  return openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, log });
}

/**
 * Opens the database, applies migrations, seeds the demo when asked, makes every module's
 * services, builds the app, starts the modules' workers and listens.
 */
export async function startServer(options: {
  env: Record<string, string | undefined>;
}): Promise<RunningServer> {
  const config = parseConfig(options.env);
  // The embedded database serves one process: refuse while another holds it (db/instance-lock.ts).
  const lock = config.databaseUrl
    ? undefined
    : acquireDataDirLock(config.dataDir, {
        command: "kuulo serve",
        server: { port: config.port, publicUrl: config.publicUrl },
      });
  // Lost database connections are reported (warn) and survived: see db/client.ts.
  let database: Database;
  try {
    database = await databaseFor(config, pino({ level: config.logLevel, name: "database" }));
  } catch (error) {
    lock?.release();
    throw error;
  }
  try {
    await migrate(database.db);
    // Sealed values need a key: the configured one, or the key file in the data folder.
    config.dataEncryptionKey ??= await loadOrCreateDataKey(config.dataDir);
    let demoSignInLink: string | undefined;
    if (config.demo) {
      const { organization } = await seedDemo(database.db, {
        seeders: demoSeeders,
        dataKey: config.dataEncryptionKey,
      });
      demoSignInLink = await demoAdminSignInLink(database.db, {
        organization,
        publicUrl: config.publicUrl,
        minutes: config.signInLinkMinutes,
      });
    }
    const modules = await startModules(appModules, { config, database, live: true });
    try {
      const app = await buildApp({ config, database, modules });
      const workers = modules.startWorkers({ config, database, log: app.log });
      // A deep accept queue (the kernel caps it at net.core.somaxconn): when many residents
      // connect at once, a full queue drops their connection attempts, which the client repeats
      // only after 1, 3, 7 s; a deep one lets the front door answer them at once instead.
      const address = await app.listen({ port: config.port, host: config.host, backlog: 4096 });
      return {
        app,
        config,
        database,
        address,
        demoSignInLink,
        close: async () => {
          await app.close();
          for (const worker of workers) await worker.stop();
          await modules.close();
          await database.close();
          lock?.release();
        },
      };
    } catch (error) {
      await modules.close();
      throw error;
    }
  } catch (error) {
    await database.close();
    lock?.release();
    throw error;
  }
}
