import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import type { Database, Db } from "../db/client.js";
import { AppError } from "../errors.js";
import type { SessionResolver } from "../http/auth.js";
import type { AppContext } from "../http/context.js";
import type { MemberResolver, ModulePermissions } from "../http/permissions.js";

/**
 * What a module is, for the application: every feature module exports one definition from
 * `modules/<name>/module.ts` made with `defineModule`, and `modules/index.ts` lists them. The
 * application (app.ts, server.ts, permissions.ts, db/…) iterates over that list and names no
 * module. This file is part of the shared base: it imports no feature module. See
 * docs/MODULES.md.
 */

/** An open participation activity shown on an organization's public landing page. */
export interface Activity {
  id: string;
  kind: "conversation" | "survey" | "panel" | "deliberation" | "other";
  title: { fi: string; sv: string; en: string };
  /** Path in the web app, e.g. "/keski-suomi/c/abc". */
  url: string;
  closesAt: Date | null;
}

/** A participation module's open activities, for the organization's landing page. */
export type ActivitySource = (
  db: Db,
  options: { organizationId: string; slug: string },
) => Promise<Activity[]>;

/** A module's demo content, added to the demo county's organization (`DEMO=1`). */
export type DemoSeeder = (
  db: Db,
  options: {
    organization: { id: string };
    /** The data encryption key (db/sealed.ts), for seeders that store sealed values. */
    dataKey?: Buffer | undefined;
  },
) => Promise<void>;

/** A mail queued by kind, to be written when the mail worker first takes it. */
export interface QueuedMail {
  id: number;
  kind: string;
  to: string;
  organizationId: string | null;
  payload: Record<string, unknown>;
}

/** Writes the mail of a queued row, in the worker's transaction; null means send nothing. */
export type MailComposer = (
  db: Db,
  queued: QueuedMail,
) => Promise<{ subject: string; text: string; html: string } | null>;

/** What a module's services are made from, once per process. */
export interface ModuleSetup {
  config: Config;
  database: Database;
  /**
   * True in a server process (server.ts): open what needs a live database connection (LISTEN).
   * Apps built for tests or for the OpenAPI document leave it false.
   */
  live: boolean;
}

/** A background worker a module runs in every server process (jobs/interval.ts). */
export interface ModuleWorker {
  stop: () => Promise<void>;
}

/** What a module's routes receive: the shared context, its own services, and the registry. */
export interface ModuleContext<S> extends AppContext {
  services: S;
  modules: RunningModules;
}

export interface ModuleWorkerContext<S> {
  config: Config;
  database: Database;
  services: S;
  modules: RunningModules;
  log: FastifyBaseLogger;
}

export interface ModuleDefinition<S> {
  /** The module's folder name (`conversations`). */
  name: string;
  /** Its Drizzle tables (`schema.ts`): the database schema is the union of every module's. */
  tables: Readonly<Record<string, unknown>>;
  /** Its named permissions (`permissions.ts`), composed into the one table. */
  permissions?: ModulePermissions;
  /** The audit actions it records (`resource.verb`), for the audit log's readers. */
  auditActions: readonly string[];
  /** Makes the module's own state (caches, connections, hubs), once per process. */
  services?: (setup: ModuleSetup) => S | Promise<S>;
  /** Releases what `services` opened. */
  close?: (services: S) => void | Promise<void>;
  /** Its Fastify routes, grouped by audience (staff, residents, exchange …). */
  routes?: readonly ((app: FastifyInstance, ctx: ModuleContext<S>) => void)[];
  /** Its background workers; a worker turned off by the configuration returns undefined. */
  workers?: readonly ((ctx: ModuleWorkerContext<S>) => ModuleWorker | undefined)[];
  /** What the organization's landing page lists from this module. */
  activitySources?: readonly ActivitySource[];
  demoSeeder?: DemoSeeder;
  /** The mails it queues by kind, which the mail worker composes. */
  mailComposers?: (config: Config) => Record<string, MailComposer>;
  /** Why the module cannot serve now (for /api/ready), or undefined when it can. */
  notReady?: (services: S) => string | undefined;
  /** The module that signs staff in resolves the session cookie (one module in the list). */
  resolveSession?: (db: Db) => SessionResolver;
  /** …and finds a signed-in caller as a member of an organization, for the member check. */
  resolveMember?: (db: Db) => MemberResolver;
}

declare const servicesOf: unique symbol;

/** A defined module; `S` (its services' type) is kept only for `RunningModules.services`. */
export interface AppModule<S = unknown> {
  readonly name: string;
  readonly tables: Readonly<Record<string, unknown>>;
  readonly permissions: ModulePermissions | undefined;
  readonly auditActions: readonly string[];
  readonly activitySources: readonly ActivitySource[];
  readonly demoSeeder: DemoSeeder | undefined;
  readonly mailComposers: ((config: Config) => Record<string, MailComposer>) | undefined;
  readonly resolveSession: ((db: Db) => SessionResolver) | undefined;
  readonly resolveMember: ((db: Db) => MemberResolver) | undefined;
  /** Makes the module's services (ModuleDefinition.services). */
  readonly start: (setup: ModuleSetup) => Promise<StartedModule>;
  readonly [servicesOf]?: S;
}

interface StartedModule {
  module: AppModule;
  services: unknown;
  registerRoutes: (app: FastifyInstance, ctx: AppContext, modules: RunningModules) => void;
  startWorkers: (
    ctx: Omit<ModuleWorkerContext<unknown>, "services" | "modules">,
    modules: RunningModules,
  ) => ModuleWorker[];
  notReady: () => string | undefined;
  close: () => Promise<void>;
}

export function defineModule<S = undefined>(definition: ModuleDefinition<S>): AppModule<S> {
  const module: AppModule<S> = {
    name: definition.name,
    tables: definition.tables,
    permissions: definition.permissions,
    auditActions: definition.auditActions,
    activitySources: definition.activitySources ?? [],
    demoSeeder: definition.demoSeeder,
    mailComposers: definition.mailComposers,
    resolveSession: definition.resolveSession,
    resolveMember: definition.resolveMember,
    start: async (setup) => {
      const services = (await definition.services?.(setup)) as S;
      return {
        module,
        services,
        registerRoutes: (app, ctx, modules) => {
          for (const routes of definition.routes ?? []) routes(app, { ...ctx, services, modules });
        },
        startWorkers: (ctx, modules) =>
          (definition.workers ?? []).flatMap((start) => start({ ...ctx, services, modules }) ?? []),
        notReady: () => definition.notReady?.(services),
        close: async () => {
          await definition.close?.(services);
        },
      };
    },
  };
  return module;
}

/** The modules of one process, with their services made (`startModules`). */
export interface RunningModules {
  readonly list: readonly AppModule[];
  /** One module's services, typed from its definition. */
  services: <S>(module: AppModule<S>) => S;
  /** Every module's activity sources. */
  activitySources: () => ActivitySource[];
  /** The session resolver of the module that signs staff in; none: nobody is signed in. */
  resolveSession: SessionResolver;
  /**
   * The member check's resolver (http/permissions.ts), from the same module; none: nobody is
   * signed in, so every permission route answers 401.
   */
  resolveMember: MemberResolver;
  /** Every module's mail composers, by kind. */
  mailComposers: (config: Config) => Record<string, MailComposer>;
  registerRoutes: (app: FastifyInstance, ctx: AppContext) => void;
  /** Starts every module's workers that the configuration turns on. */
  startWorkers: (ctx: {
    config: Config;
    database: Database;
    log: FastifyBaseLogger;
  }) => ModuleWorker[];
  /** The first module's reason not to serve now, if any. */
  notReady: () => string | undefined;
  /** Releases the modules' services, the last started first. */
  close: () => Promise<void>;
}

/** Makes every module's services, in the order of the list. */
export async function startModules(
  list: readonly AppModule[],
  setup: ModuleSetup,
): Promise<RunningModules> {
  const resolvers = list.flatMap((m) => m.resolveSession ?? []);
  if (resolvers.length > 1) throw new Error("Two modules resolve the staff session cookie");
  const resolveSession: SessionResolver =
    resolvers[0]?.(setup.database.db) ?? (async () => undefined);
  const memberResolvers = list.flatMap((m) => m.resolveMember ?? []);
  if (memberResolvers.length > 1) throw new Error("Two modules find staff members");
  const resolveMember: MemberResolver =
    memberResolvers[0]?.(setup.database.db) ??
    (async () => {
      throw new AppError("auth.required", "Sign in to continue.");
    });
  const started: StartedModule[] = [];
  try {
    for (const module of list) started.push(await module.start(setup));
  } catch (error) {
    for (const s of started.reverse()) await s.close();
    throw error;
  }
  const running: RunningModules = {
    list,
    services: <S>(module: AppModule<S>) => {
      const found = started.find((s) => s.module === module);
      if (!found) throw new Error(`Module ${module.name} is not running`);
      return found.services as S;
    },
    resolveSession,
    resolveMember,
    activitySources: () => list.flatMap((m) => m.activitySources),
    mailComposers: (config) =>
      Object.assign({}, ...list.map((m) => m.mailComposers?.(config) ?? {})),
    registerRoutes: (app, ctx) => {
      for (const s of started) s.registerRoutes(app, ctx, running);
    },
    startWorkers: (ctx) => started.flatMap((s) => s.startWorkers(ctx, running)),
    notReady: () => {
      for (const s of started) {
        const reason = s.notReady();
        if (reason) return reason;
      }
      return undefined;
    },
    close: async () => {
      for (const s of [...started].reverse()) await s.close();
    },
  };
  return running;
}
