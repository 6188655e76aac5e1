import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { DATABASE_RETRY_AFTER_SECONDS } from "./problems.js";

export function healthRoutes(
  app: FastifyInstance,
  ctx: {
    database: Database;
    /** Why a module cannot serve now (e.g. live updates reconnecting), or undefined. */
    notReady: () => string | undefined;
  },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["operations"],
        summary: "Liveness: the process answers",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
  r.get(
    "/api/ready",
    {
      config: { access: "public" },
      schema: {
        tags: ["operations"],
        summary:
          "Readiness: the database answers (and live updates are connected); 503 while it does not",
        response: {
          200: z.object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) }),
        },
      },
    },
    async () => {
      try {
        await ctx.database.ping();
      } catch {
        throw new AppError("unavailable", "The database does not answer.", {
          headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
        });
      }
      const notReady = ctx.notReady();
      if (notReady) {
        throw new AppError("unavailable", notReady, { headers: { "retry-after": "1" } });
      }
      return { status: "ready" as const, database: ctx.database.kind };
    },
  );
}
