import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { embedSecret, rotateEmbedSecret, XID_MAX_LIFETIME_SECONDS } from "../embed.js";
import { findConversation } from "../service.js";
import type { ConversationContext } from "../services.js";

const params = z.object({ slug: z.string().max(63), id: z.uuid() });
const embedSecretResponse = z.object({
  secret: z.string(),
  createdAt: z.string(),
  maxLifetimeSeconds: z.number().int(),
});

/** The embed secret with which a host site signs participant ids (admins only). */
export function conversationEmbedRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (staff)"] };
  const view = (s: { secret: string; createdAt: Date }): z.infer<typeof embedSecretResponse> => ({
    secret: s.secret,
    createdAt: s.createdAt.toISOString(),
    maxLifetimeSeconds: XID_MAX_LIFETIME_SECONDS,
  });

  r.get(
    "/api/orgs/:slug/conversations/:id/embed-secret",
    {
      config: { permission: "conversation.embed.manage" },
      schema: {
        ...tag,
        summary: "The secret with which the embedding site signs participant ids (xid) (admin)",
        params,
        response: { 200: embedSecretResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      return view(await embedSecret(db, conversation));
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/:id/embed-secret",
    {
      config: { permission: "conversation.embed.manage" },
      schema: {
        ...tag,
        summary: "Replace the embed secret: ids signed with the old one stop working (admin)",
        params,
        response: { 200: embedSecretResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      return view(
        await rotateEmbedSecret(db, { conversation, actor: { userId: session.user.id } }),
      );
    },
  );
}
