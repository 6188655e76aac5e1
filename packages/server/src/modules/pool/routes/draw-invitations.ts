import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { drawInvitations, inviteDraw, remindDraw } from "../draws/invite.js";
import type { PoolServices } from "../services.js";
import { requirePoolScope } from "../sharing/scope.js";
import { poolQuerySchema } from "../validation.js";

const drawParams = z.object({ slug: slugParam, drawId: z.uuid() });
const tags = ["pool"];
/** The messaging module's invitation statuses, in order. */
const STATUSES = [
  "queued",
  "sent",
  "delivered",
  "opened",
  "took_part",
  "failed",
  "suppressed",
] as const;

const invitationsResponse = z.object({
  counts: z.record(z.string(), z.number()),
  invitations: z.array(
    z.object({
      memberId: z.string(),
      channel: z.enum(["email", "sms"]),
      status: z.enum(STATUSES),
      reminders: z.number(),
    }),
  ),
});

/** Inviting a draw's members by email or SMS, tracking the invitations, and reminders. */
export function poolDrawInvitationRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<PoolServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/orgs/:slug/pool/draws/:drawId/invitations",
    {
      config: { permission: "pool.draw" },
      schema: {
        tags,
        summary: "Invite the drawn members by their consented email or SMS (staff)",
        params: drawParams,
        querystring: poolQuerySchema,
        body: z.strictObject({
          /** Where the invitation's link leads on Kuulo's own site. */
          targetPath: z
            .string()
            .max(500)
            .regex(/^\/(?![/\\])\S*$/, "a path on this site, such as /keski-suomi"),
        }),
        response: {
          200: z.object({
            invited: z.number(),
            alreadyInvited: z.number(),
            noChannel: z.number(),
            notActive: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { scope, session } = await requirePoolScope(db, request, {
        poolSlug: request.query.pool,
      });
      return inviteDraw(db, ctx.services.sealer, {
        ...scope,
        drawId: request.params.drawId,
        targetPath: request.body.targetPath,
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );

  r.get(
    "/api/orgs/:slug/pool/draws/:drawId/invitations",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "The draw's invitations: sent, delivered, opened, took part, suppressed (staff)",
        params: drawParams,
        querystring: poolQuerySchema,
        response: { 200: invitationsResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      return drawInvitations(db, {
        ...scope,
        drawId: request.params.drawId,
      });
    },
  );

  r.post(
    "/api/orgs/:slug/pool/draws/:drawId/reminders",
    {
      config: { permission: "pool.draw" },
      schema: {
        tags,
        summary: "Remind the invited members who have not taken part (staff)",
        params: drawParams,
        querystring: poolQuerySchema,
        response: { 200: z.object({ reminded: z.number() }) },
      },
    },
    async (request) => {
      const { scope, session } = await requirePoolScope(db, request, {
        poolSlug: request.query.pool,
      });
      return remindDraw(db, ctx.services.sealer, {
        ...scope,
        drawId: request.params.drawId,
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );
}
