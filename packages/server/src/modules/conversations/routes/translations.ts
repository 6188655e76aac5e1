import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { dbId } from "../../../http/schemas.js";
import { LANGUAGES, type Organization } from "../../organizations/index.js";
import {
  missingCount,
  saveTranslation,
  type TranslationTarget,
  translationQueue,
} from "../moderation/translations.js";
import { translationCountsSchema, translationQueueSchema } from "../responses.js";
import { type Conversation, findConversation, listConversations } from "../service.js";
import type { ConversationContext } from "../services.js";

const params = z.object({ slug: z.string().max(63), id: z.uuid() });

/**
 * The "needs translation" queue: what of a conversation is missing in one of the organization's
 * languages, and saving a translation (staff with `conversation.translate`).
 */
export function conversationTranslationRoutes(
  app: FastifyInstance,
  ctx: ConversationContext,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (staff)"] };

  async function queue(organization: Organization, conversation: Conversation) {
    const items = await translationQueue(db, {
      conversation,
      languages: organization.languages,
      defaultLanguage: organization.defaultLanguage,
    });
    return { languages: organization.languages, items, missing: missingCount(items) };
  }

  r.get(
    "/api/orgs/:slug/conversations/translations",
    {
      config: { permission: "conversation.translate" },
      schema: {
        ...tag,
        summary: "How many texts each conversation is missing in the organization's languages",
        params: z.object({ slug: z.string().max(63) }),
        response: { 200: translationCountsSchema },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const list = await listConversations(db, { organizationId: organization.id });
      const counts = [];
      for (const c of list) {
        if (c.imported) continue;
        const { missing } = await queue(organization, c);
        if (missing > 0) counts.push({ id: c.id, title: c.title, missing });
      }
      return { conversations: counts };
    },
  );

  r.get(
    "/api/orgs/:slug/conversations/:id/translations",
    {
      config: { permission: "conversation.translate" },
      schema: {
        ...tag,
        summary: "Texts of a conversation missing in one of the organization's languages",
        params,
        response: { 200: translationQueueSchema },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      return queue(organization, conversation);
    },
  );

  r.put(
    "/api/orgs/:slug/conversations/:id/translations",
    {
      config: { permission: "conversation.translate" },
      schema: {
        ...tag,
        summary:
          "Save a translation of the title, the description or a statement (empty removes it); answers the queue",
        params,
        body: z.strictObject({
          kind: z.enum(["title", "description", "statement"]),
          /** The statement's number, for kind "statement". */
          tid: dbId.optional(),
          language: z.enum(LANGUAGES),
          text: z.string().max(5000, "must be at most 5000 characters"),
        }),
        response: { 200: translationQueueSchema },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const conversation = await findConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
      });
      const { kind, tid } = request.body;
      if (kind === "statement" && tid === undefined) {
        throw new AppError("validation.failed", "Name the statement to translate.", {
          errors: [{ path: "body.tid", message: "is required for a statement", code: "required" }],
        });
      }
      const target: TranslationTarget = kind === "statement" ? { kind, tid: tid! } : { kind };
      await saveTranslation(db, {
        conversation,
        languages: organization.languages,
        defaultLanguage: organization.defaultLanguage,
        target,
        language: request.body.language,
        text: request.body.text,
        actor: { userId: session.user.id },
      });
      ctx.services.residents.forgetConversation(conversation.publicId);
      await ctx.services.events?.publish(
        conversation.id,
        target.kind === "statement"
          ? { type: "statement", tid: target.tid }
          : { type: "conversation" },
      );
      const updated = await findConversation(db, {
        organizationId: organization.id,
        id: conversation.id,
      });
      return queue(organization, updated);
    },
  );
}
