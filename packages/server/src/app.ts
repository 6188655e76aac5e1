import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import helmet from "helmet";
import type { DestinationStream } from "pino";
import { z } from "zod";
import { installAuth } from "./http/auth.js";
import { clientErrorHandler, frameworkErrors } from "./http/client-errors.js";
import type { AppContext } from "./http/context.js";
import { healthRoutes } from "./http/health.js";
import { installInputGuard } from "./http/input.js";
import { loggerOptions } from "./http/logging.js";
import {
  createFrontDoor,
  createOverloadGuard,
  eventLoopLag,
  type OverloadGuard,
} from "./http/overload.js";
import { installMemberCheck, installPermissions } from "./http/permissions.js";
import { installProblemHandler } from "./http/problems.js";
import { defaultWebDist, installWeb } from "./http/web.js";
import { type RunningModules, startModules } from "./modules/define.js";
import { appModules } from "./modules/index.js";
import { permissionTable } from "./permissions.js";

/** How long an idle keep-alive connection stays open (Fastify's default, above proxies' 60 s). */
const KEEP_ALIVE_MS = 72_000;

declare module "fastify" {
  interface FastifyInstance {
    routeTable: RouteOptions[];
    /** Refuses residents' writes while the event loop runs late (http/overload.ts). */
    overload: OverloadGuard;
  }
}

/**
 * What buildApp needs: the shared context, and the modules with their services made
 * (`startModules`). Without `modules`, buildApp makes the services of every module in the list
 * (not live: no LISTEN connection) and releases them when the app closes.
 */
export interface BuildContext extends AppContext {
  modules?: RunningModules | undefined;
}

export async function buildApp(
  ctx: BuildContext,
  options: { logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  const { config } = ctx;
  // Residents' writes are refused at once while the event loop runs late (http/overload.ts):
  // at the front door (the HTTP server's listener, before Fastify) for routes that declare
  // `config.shedUnderLoad`, and by the guard's `onRequest` hook.
  const ownLag = ctx.eventLoopLag ? undefined : eventLoopLag();
  const overload = createOverloadGuard({
    lag: ctx.eventLoopLag ?? ownLag!,
    thresholdMs: config.voteShedLagMs,
  });
  const frontDoor = createFrontDoor({
    shedding: overload.shedding,
    maxInProcess: config.voteQueueLimit,
  });
  const app = Fastify({
    serverFactory: (handler) => {
      const server = createServer((request, response) => {
        if (!frontDoor.refuse(request, response)) handler(request, response);
      });
      // Fastify sets these only on servers it makes itself. Node's own 5 s idle limit is shorter
      // than proxies' and browsers' (60 s and more): a request sent on a connection the server
      // is closing at that moment fails with ECONNRESET. Idle connections are kept longer than
      // any client keeps them, as Fastify's default does.
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      server.headersTimeout = KEEP_ALIVE_MS + 1000;
      return server;
    },
    logger: loggerOptions({ level: config.logLevel, stream: options.logStream }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: config.trustProxy ? "x-request-id" : false,
    genReqId: () => randomUUID(),
    frameworkErrors,
    clientErrorHandler,
  });
  // The route table, for tests that must cover every route (e.g. tenant isolation).
  const routeTable: RouteOptions[] = [];
  app.addHook("onRoute", (route) => {
    routeTable.push(route);
    if (route.config?.shedUnderLoad) frontDoor.guard(route);
  });
  if (ownLag) app.addHook("onClose", async () => ownLag.stop());
  app.decorate("routeTable", routeTable);
  installPermissions(app, permissionTable);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  installProblemHandler(app);
  installInputGuard(app);
  await app.register(fastifyCookie);
  // Security headers (CSP, nosniff, frame-ancestors …), built once: @fastify/helmet rebuilt its
  // middleware on every request, a measurable share of a vote's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Kuulo API",
        version: "0.1.0",
        description: "Kuulo participation platform. Errors are RFC 9457 problem+json.",
        license: {
          name: "EUPL-1.2",
          url: "https://interoperable-europe.ec.europa.eu/collection/eupl",
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    // The API documentation page and its assets are public, like the document they show.
    docs.addHook("onRoute", (route) => {
      route.config = { ...route.config, access: "public" };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  });
  app.get(
    "/api/openapi.json",
    {
      config: { access: "public" },
      schema: {
        hide: true,
        response: {
          200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
        },
      },
    },
    async () => app.swagger(),
  );

  app.decorate("overload", overload);

  const own = ctx.modules
    ? undefined
    : await startModules(appModules, { config, database: ctx.database, live: false });
  const modules = ctx.modules ?? own!;
  if (own) app.addHook("onClose", async () => own.close());
  const shared: AppContext = { config, database: ctx.database, eventLoopLag: ctx.eventLoopLag };
  installAuth(app, { config, resolveSession: modules.resolveSession });
  // After the auth hook: the member check reads the session it resolves.
  installMemberCheck(app, modules.resolveMember);
  healthRoutes(app, { database: ctx.database, notReady: modules.notReady });
  modules.registerRoutes(app, shared);
  await installWeb(app, { dist: config.webDist ?? defaultWebDist() });
  return app;
}
