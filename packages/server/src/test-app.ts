import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp } from "./app.js";
import { type Config, parseConfig } from "./config.js";
import type { Database } from "./db/client.js";
import { openTestDatabase } from "./db/testing.js";
import type { LagSource } from "./http/overload.js";
import { type AppModule, type RunningModules, startModules } from "./modules/define.js";
import { addStaff, type Role } from "./modules/identity/index.js";
import { appModules } from "./modules/index.js";
import { listOutbox, type Mailer } from "./modules/messaging/index.js";
import { messagingModule } from "./modules/messaging/module.js";
import { deliverDueMail, type PassResult } from "./modules/messaging/queue.js";
import { createOrganization, type Organization } from "./modules/organizations/index.js";

// The app as tests build it: every module of the list, on a fresh test database, with helpers to
// sign staff in through the real mail-link flow.

/** A signed-in staff member as a test client: cookie plus CSRF token. */
export interface StaffClient {
  email: string;
  cookie: string;
  csrfToken: string;
  /** app.inject with this member's cookie (and CSRF header on writes). */
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: Database;
  mailer: Mailer;
  /** The running modules, for a module's services (e.g. the pool's SMS stub). */
  modules: RunningModules;
  createOrg: (slug: string) => Promise<Organization>;
  addMember: (org: Organization, email: string, roles: Role[]) => Promise<string>;
  /** One pass of the mail worker: sends the queued mail (into the outbox or over SMTP). */
  deliverMail: () => Promise<PassResult>;
  /** Signs in through the real mail-link flow and returns a client. */
  signIn: (email: string, orgSlug?: string) => Promise<StaffClient>;
  close: () => Promise<void>;
}

/** The data encryption key every test app uses. */
export const TEST_DATA_KEY = "0123456789abcdef".repeat(4);

export function tokenFromMail(text: string): string {
  const match = /sign-in\/verify\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`no sign-in link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

export function cookieFrom(response: LightMyRequestResponse): string {
  const header = response.headers["set-cookie"];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no set-cookie (status ${response.statusCode}: ${response.body})`);
  return first.split(";")[0]!;
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    logStream?: DestinationStream;
    /**
     * The event-loop lag the app sees (load shedding, overload.ts). Default: none, so that a busy
     * test machine does not refuse the tests' votes; overload tests inject their own.
     */
    eventLoopLag?: LagSource;
    /** Modules added after the app's list: a test's own routes on the assembled app. */
    extraModules?: readonly AppModule[];
  } = {},
): Promise<TestApp> {
  const config = parseConfig({
    PORT: "3000",
    LOG_LEVEL: "silent",
    WEB_DIST: "/nonexistent",
    // A fixed key for sealed values in tests (db/sealed.ts).
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    ...env,
  });
  const database = await openTestDatabase();
  // Not live: no LISTEN connection (the conversations' live-update stream answers 503).
  const modules = await startModules([...appModules, ...(options.extraModules ?? [])], {
    config,
    database,
    live: false,
  });
  const { mailer } = modules.services(messagingModule);
  const app = await buildApp(
    {
      config,
      database,
      modules,
      eventLoopLag: options.eventLoopLag ?? { lagMs: () => 0, stop: () => {} },
    },
    { logStream: options.logStream },
  );
  const db = database.db;
  const deliverMail = () =>
    deliverDueMail({
      db,
      mailer,
      composers: modules.mailComposers(config),
      intervalMs: config.mailIntervalMs,
      maxAttempts: config.mailMaxAttempts,
      retryBaseMs: config.mailRetrySeconds * 1000,
      onError: () => {},
    });

  const signIn = async (email: string, orgSlug?: string): Promise<StaffClient> => {
    const asked = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email, ...(orgSlug ? { org: orgSlug } : {}) },
    });
    if (asked.statusCode !== 202)
      throw new Error(`sign-in link: ${asked.statusCode} ${asked.body}`);
    await deliverMail();
    const mail = (await listOutbox(db)).find((m) => m.to === email.toLowerCase());
    if (!mail) throw new Error(`no mail for ${email}`);
    const signedIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token: tokenFromMail(mail.text) },
    });
    if (signedIn.statusCode !== 200)
      throw new Error(`sign-in: ${signedIn.statusCode} ${signedIn.body}`);
    const cookie = cookieFrom(signedIn);
    const csrfToken = signedIn.json().csrfToken as string;
    return {
      email,
      cookie,
      csrfToken,
      request: (options) =>
        app.inject({
          ...options,
          headers: {
            ...(options.headers ?? {}),
            cookie,
            ...(options.method && options.method !== "GET" ? { "x-csrf-token": csrfToken } : {}),
          },
        }),
    };
  };

  return {
    app,
    config,
    database,
    mailer,
    modules,
    deliverMail,
    createOrg: (slug) =>
      createOrganization(db, {
        slug,
        name: { fi: `${slug} fi`, sv: `${slug} sv`, en: `${slug} en` },
        languages: ["fi", "sv", "en"],
        actor: { label: "test" },
      }),
    addMember: async (org, email, roles) =>
      (
        await addStaff(db, {
          organizationId: org.id,
          email,
          displayName: email,
          roles,
          actor: { label: "test" },
        })
      ).id,
    signIn,
    close: async () => {
      await app.close();
      await modules.close();
      await database.close();
    },
  };
}
