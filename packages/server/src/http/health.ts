import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors.js";
import type { AppContext } from "./context.js";

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/health",
    {
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
      schema: {
        tags: ["operations"],
        summary: "Readiness: the database answers",
        response: {
          200: z.object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) }),
        },
      },
    },
    async () => {
      try {
        await ctx.database.ping();
      } catch {
        throw new AppError("unavailable", "The database does not answer.");
      }
      return { status: "ready" as const, database: ctx.database.kind };
    },
  );
}
