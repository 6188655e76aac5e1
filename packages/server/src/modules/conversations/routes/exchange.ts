import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/index.js";
import { EXPORT_FILES, exportFile } from "../exchange/exports.js";
import { importPolisExport } from "../exchange/import.js";
import { seesUnapproved } from "../moderation/visibility.js";
import { importedSchema } from "../responses.js";
import { findConversation } from "../service.js";
import type { ConversationContext } from "../services.js";

const IMPORT_LIMIT = 100 * 1024 * 1024;

/** Polis-compatible exports and the import of a Polis export folder. */
export function conversationExchangeRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (staff)"] };

  r.get(
    "/api/orgs/:slug/conversations/:id/export/:file",
    {
      config: { permission: "conversation.export" },
      schema: {
        ...tag,
        summary:
          "Export as Polis CSV (comments, votes, participants-votes, summary) or Polis math JSON",
        params: z.object({ slug: z.string().max(63), id: z.uuid(), file: z.enum(EXPORT_FILES) }),
        response: {
          200: {
            description: "The file, as an attachment",
            content: {
              "text/csv": { schema: z.string() },
              "application/json": {
                schema: z.record(z.string(), z.unknown()).describe("Polis math (math.json)"),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { organization, session, can } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      const file = await exportFile(db, {
        conversation,
        file: request.params.file,
        publicUrl: ctx.config.publicUrl,
        orgSlug: organization.slug,
        approvedOnly: !seesUnapproved(can),
      });
      await recordAudit(db, {
        organizationId: organization.id,
        actor: { userId: session.user.id },
        action: "conversation.exported",
        targetType: "conversation",
        targetId: conversation.id,
        detail: { file: request.params.file },
      });
      return reply
        .header("content-type", file.contentType)
        .header(
          "content-disposition",
          `attachment; filename="${conversation.publicId}-${request.params.file}"`,
        )
        .send(file.body);
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/import",
    {
      bodyLimit: IMPORT_LIMIT,
      config: { permission: "conversation.create" },
      schema: {
        ...tag,
        summary:
          "Import a Polis export folder as a closed conversation that keeps its groups (admin)",
        params: z.object({ slug: z.string().max(63) }),
        body: z.strictObject({
          title: z.string().trim().min(1).max(200).optional(),
          files: z.strictObject({
            comments: z.string().min(1, "comments.csv is required").max(IMPORT_LIMIT),
            votes: z.string().min(1, "votes.csv is required").max(IMPORT_LIMIT),
            participantsVotes: z.string().max(IMPORT_LIMIT).optional(),
            summary: z.string().max(IMPORT_LIMIT).optional(),
          }),
        }),
        response: { 201: importedSchema },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const conversation = await importPolisExport(db, {
        organizationId: organization.id,
        files: request.body.files,
        title: request.body.title,
        language: organization.defaultLanguage,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send({ id: conversation.id, publicId: conversation.publicId });
    },
  );
}
