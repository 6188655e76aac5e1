import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse, noContent } from "../../../http/responses.js";
import { getImage, IMAGE_MAX_BYTES, IMAGE_TYPES, removeImage, setImage } from "../image.js";
import { findConversation, findConversationByPublicId } from "../service.js";
import type { ConversationContext } from "../services.js";
import { checkAccess } from "../voting/progress.js";

const params = z.object({ slug: z.string().max(63), id: z.uuid() });
const altText = z.string().trim().max(300);

/** The topic image: staff upload it (raw body, alt text in the query), residents see it. */
export function conversationImageRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const tag = { tags: ["conversations (staff)"] };

  app.register(async (scoped) => {
    for (const type of IMAGE_TYPES) {
      scoped.addContentTypeParser(
        type,
        { parseAs: "buffer", bodyLimit: IMAGE_MAX_BYTES },
        (_req, body, done) => done(null, body),
      );
    }
    scoped.withTypeProvider<ZodTypeProvider>().put(
      "/api/orgs/:slug/conversations/:id/image",
      {
        bodyLimit: IMAGE_MAX_BYTES,
        config: { permission: "conversation.edit" },
        schema: {
          ...tag,
          summary:
            "Upload the topic image (PNG, JPEG or WebP, at most 2 MiB) with its alt text (admin)",
          params,
          querystring: z.strictObject({
            altFi: altText.min(1, "describe the image in Finnish"),
            altSv: altText.optional(),
            altEn: altText.optional(),
          }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { organization, session } = request.member;
        const conversation = await findConversation(db, {
          organizationId: organization.id,
          id: request.params.id,
        });
        const { altFi, altSv, altEn } = request.query;
        await setImage(db, {
          conversation,
          contentType: (request.headers["content-type"] ?? "").split(";")[0]!.trim(),
          data: request.body as Buffer,
          alt: { fi: altFi, sv: altSv || altFi, en: altEn || altFi },
          actor: { userId: session.user.id },
        });
        return reply.status(204).send();
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.delete(
    "/api/orgs/:slug/conversations/:id/image",
    {
      config: { permission: "conversation.edit" },
      schema: {
        ...tag,
        summary: "Remove the topic image (admin)",
        params,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      await removeImage(db, { conversation, actor: { userId: session.user.id } });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/p/c/:publicId/image",
    {
      config: { access: "public" },
      schema: {
        tags: ["conversations (residents)"],
        summary: "The conversation's topic image",
        params: z.object({ publicId: z.string().min(4).max(40) }),
        querystring: z.object({ t: z.string().max(200).optional() }),
        response: { 200: mediaResponse("The topic image", IMAGE_TYPES) },
      },
    },
    async (request, reply) => {
      const conversation = await findConversationByPublicId(db, request.params.publicId);
      await checkAccess(db, { conversation, token: request.query.t });
      const image = await getImage(db, conversation.id);
      if (!image) throw new AppError("not_found", "This conversation has no topic image.");
      return reply
        .header("content-type", image.contentType)
        .header("cache-control", "public, max-age=300")
        .header("cross-origin-resource-policy", "cross-origin")
        .send(image.data);
    },
  );
}
