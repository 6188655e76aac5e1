import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../http/context.js";
import { type AuditEntry, listAudit } from "./service.js";

const auditEvent = z.object({
  id: z.number(),
  at: z.string(),
  actor: z
    .union([z.object({ id: z.string(), email: z.string() }), z.object({ label: z.string() })])
    .nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

function toEvent(e: AuditEntry): z.infer<typeof auditEvent> {
  return { ...e, at: e.at.toISOString() };
}

export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/orgs/:slug/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "The organization's audit log, newest first (admin)",
        params: z.object({ slug: z.string().max(63) }),
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
          action: z.string().max(100).optional(),
        }),
        response: {
          200: z.object({ events: z.array(auditEvent), nextBefore: z.number().nullable() }),
        },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const page = await listAudit(db, { organizationId: organization.id, ...request.query });
      return { events: page.events.map(toEvent), nextBefore: page.nextBefore };
    },
  );
}
