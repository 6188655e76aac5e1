import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noContent } from "../../http/responses.js";
import { slugParam } from "../../http/schemas.js";
import type { ModuleContext } from "../define.js";
import type { MessagingServices } from "./module.js";
import { addToSuppressionList, suppressionSummary } from "./staff.js";

const params = z.object({ slug: slugParam });
const counts = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])));
const summarySchema = z.object({
  total: z.number().int(),
  byChannel: counts(["email", "sms", "phone"]),
  byReason: counts(["unsubscribe", "stop", "bounce", "staff", "opt_out"]),
});
const addSchema = z.strictObject({
  channel: z.enum(["email", "sms"]),
  address: z.string().trim().min(3).max(254),
});

/** The organization's suppression list, for staff: its size, and adding an address by hand. */
export function suppressionStaffRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<MessagingServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["suppression list (staff)"] };

  r.get(
    "/api/orgs/:slug/suppressions",
    {
      config: { permission: "suppression.manage" },
      schema: {
        ...tag,
        summary:
          "How many addresses the suppression list holds, by channel and reason (no addresses)",
        params,
        response: { 200: summarySchema },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return suppressionSummary(db, organization.id);
    },
  );

  r.post(
    "/api/orgs/:slug/suppressions",
    {
      config: { permission: "suppression.manage" },
      schema: {
        ...tag,
        summary: "Put an email address or phone number on the suppression list (a resident asked)",
        params,
        body: addSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await addToSuppressionList(db, {
        organizationId: organization.id,
        channel: request.body.channel,
        address: request.body.address,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );
}
