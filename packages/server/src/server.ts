import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { buildApp } from "./app.js";
import { type Config, parseConfig } from "./config.js";
import { type Database, type DatabaseLog, openDatabase } from "./db/client.js";
import { isConnectionLoss } from "./db/connection-loss.js";
import { acquireDataDirLock } from "./db/instance-lock.js";
import { migrate } from "./db/migrate.js";
import { DEMO_ADMIN_EMAIL, seedDemo } from "./demo/seed.js";
import { recordAudit } from "./modules/audit/service.js";
import { openConversations } from "./modules/conversations/activities.js";
import { seedDemoConversation } from "./modules/conversations/demo.js";
import { createEventHub } from "./modules/conversations/events.js";
import { startMathWorker } from "./modules/conversations/math.js";
import { createMathRunner } from "./modules/conversations/math-runner.js";
import { mailComposers } from "./modules/identity/mail.js";
import { issueSignInLink } from "./modules/identity/sign-in.js";
import { findStaffByEmail } from "./modules/identity/staff.js";
import { startMailWorker } from "./modules/messaging/queue.js";
import { createMailer } from "./modules/messaging/service.js";
import type { ActivitySource } from "./modules/organizations/activities.js";

/** Each participation module's open activities, for organizations' landing pages. */
export const activitySources: ActivitySource[] = [openConversations];
/** Each module's demo content. */
export const demoSeeders = [seedDemoConversation];

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

/** Opens the database, applies migrations, seeds the demo when asked, and listens. */
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
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
    let demoSignInLink: string | undefined;
    if (config.demo) {
      const { organization } = await seedDemo(database.db, { seeders: demoSeeders });
      const admin = await findStaffByEmail(database.db, DEMO_ADMIN_EMAIL);
      if (admin) {
        demoSignInLink = await issueSignInLink(database.db, {
          userId: admin.id,
          organizationId: organization.id,
          publicUrl: config.publicUrl,
          minutes: config.signInLinkMinutes,
        });
        await recordAudit(database.db, {
          organizationId: organization.id,
          actor: { label: "start-up" },
          action: "staff.sign_in_link_issued",
          targetType: "staff_user",
          targetId: admin.id,
          detail: { reason: "demo start-up" },
        });
      }
    }
    const events = await createEventHub(database);
    const app = await buildApp({ config, database, mailer, activitySources, events });
    const mathWorker = config.mathWorker
      ? startMathWorker({
          db: database.db,
          runner: createMathRunner(),
          events,
          intervalMs: config.mathIntervalMs,
          // A lost database is logged and the conversation is tried again on the next interval.
          onError: (error) =>
            isConnectionLoss(error)
              ? app.log.warn({ err: error }, "math worker: database unreachable; retrying")
              : app.log.error({ err: error }, "math worker"),
        })
      : undefined;
    const mailWorker = config.mailWorker
      ? startMailWorker({
          db: database.db,
          mailer,
          composers: mailComposers(config),
          intervalMs: config.mailIntervalMs,
          maxAttempts: config.mailMaxAttempts,
          retryBaseMs: config.mailRetrySeconds * 1000,
          onError: (error, { mailId, attempts }) =>
            app.log.warn({ err: error, mailId, attempts }, "mail not sent"),
        })
      : undefined;
    const address = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      config,
      database,
      address,
      demoSignInLink,
      close: async () => {
        await app.close();
        await mathWorker?.stop();
        await mailWorker?.stop();
        await events.close();
        mailer.close();
        await database.close();
        lock?.release();
      },
    };
  } catch (error) {
    await database.close();
    lock?.release();
    throw error;
  }
}
