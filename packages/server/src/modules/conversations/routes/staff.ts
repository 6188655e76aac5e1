import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dbId, dbIdParam } from "../../../http/schemas.js";
import { recordRead } from "../../audit/index.js";
import { LANGUAGES } from "../../organizations/index.js";
import { imageInfo } from "../image.js";
import { listKioskSessions } from "../kiosk/sessions.js";
import { toStaffConversation, toStaffStatement } from "../mappers.js";
import { commonGround } from "../math/common-ground.js";
import { storedResults } from "../math/math.js";
import { participation } from "../math/participation-by-day.js";
import {
  editStatement,
  listStatements,
  MODERATION_ACTIONS,
  moderate,
} from "../moderation/statements.js";
import { seesUnapproved } from "../moderation/visibility.js";
import {
  seededSchema,
  staffConversationListSchema,
  staffConversationSchema,
  staffResultsSchema,
  staffStatementListSchema,
  staffStatementSchema,
} from "../responses.js";
import { STATEMENT_FLAGS, STATEMENT_STATUSES } from "../schema.js";
import {
  addSeedStatementsAudited,
  createConversation,
  findConversation,
  invitationLinks,
  listConversations,
  segmentsOf,
  updateConversation,
} from "../service.js";
import type { ConversationContext } from "../services.js";
import { conversationInput, conversationPatch } from "../validation.js";
import { conversationEmbedRoutes } from "./embed.js";

const params = z.object({ slug: z.string().max(63), id: z.uuid() });

export function conversationStaffRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (staff)"] };
  conversationEmbedRoutes(app, ctx);

  /** The member's organization and one of its conversations (404 for another's). */
  async function conversationFor(request: FastifyRequest, where: { id: string }) {
    const member = request.member;
    const conversation = await findConversation(db, {
      organizationId: member.organization.id,
      id: where.id,
    });
    return { ...member, conversation };
  }

  async function view(orgSlug: string, conversation: Awaited<ReturnType<typeof findConversation>>) {
    return toStaffConversation(conversation, {
      segments: await segmentsOf(db, conversation.id),
      links: await invitationLinks(db, { conversation, orgSlug }),
      publicUrl: ctx.config.publicUrl,
      image: await imageInfo(db, conversation),
    });
  }

  r.get(
    "/api/orgs/:slug/conversations",
    {
      config: { permission: "conversation.read" },
      schema: {
        ...tag,
        summary: "The organization's conversations",
        params: z.object({ slug: z.string().max(63) }),
        response: { 200: staffConversationListSchema },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const list = await listConversations(db, { organizationId: organization.id });
      return { conversations: await Promise.all(list.map((c) => view(organization.slug, c))) };
    },
  );

  r.post(
    "/api/orgs/:slug/conversations",
    {
      config: { permission: "conversation.create" },
      schema: {
        ...tag,
        summary: "Create a conversation with its segments and seed statements (admin)",
        params: z.object({ slug: z.string().max(63) }),
        body: conversationInput,
        response: { 201: staffConversationSchema },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const created = await createConversation(db, {
        organizationId: organization.id,
        input: request.body,
        defaultLanguage: organization.defaultLanguage,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(await view(organization.slug, created));
    },
  );

  r.get(
    "/api/orgs/:slug/conversations/:id",
    {
      config: { permission: "conversation.read" },
      schema: {
        ...tag,
        summary: "A conversation, its segments and invitation links",
        params,
        response: { 200: staffConversationSchema },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return view(
        organization.slug,
        await findConversation(db, { organizationId: organization.id, id: request.params.id }),
      );
    },
  );

  r.patch(
    "/api/orgs/:slug/conversations/:id",
    {
      config: { permission: "conversation.edit" },
      schema: {
        ...tag,
        summary: "Change a conversation (admin)",
        params,
        body: conversationPatch,
        response: { 200: staffConversationSchema },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const updated = await updateConversation(db, {
        organizationId: organization.id,
        id: request.params.id,
        patch: request.body,
        actor: { userId: session.user.id },
      });
      await ctx.services.events?.publish(updated.id, { type: "conversation" });
      return view(organization.slug, updated);
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/:id/seed-statements",
    {
      config: { permission: "conversation.moderate" },
      schema: {
        ...tag,
        summary: "Add seed statements (approved at once)",
        params,
        body: z.strictObject({
          texts: z.array(z.string().trim().min(1).max(1000)).min(1).max(500),
          /** The language the statements are written in; the organization's default when absent. */
          language: z.enum(LANGUAGES).optional(),
        }),
        response: { 201: seededSchema },
      },
    },
    async (request, reply) => {
      const { session, conversation, organization } = await conversationFor(
        request,
        request.params,
      );
      const tids = await addSeedStatementsAudited(db, {
        conversation,
        texts: request.body.texts,
        language: request.body.language ?? organization.defaultLanguage,
        actor: { userId: session.user.id },
      });
      for (const tid of tids)
        await ctx.services.events?.publish(conversation.id, { type: "statement", tid });
      return reply.status(201).send({ tids });
    },
  );

  r.get(
    "/api/orgs/:slug/conversations/:id/statements",
    {
      config: { permission: "conversation.statements.read" },
      schema: {
        ...tag,
        summary: "Statements for moderation, filtered by status and flags",
        params,
        querystring: z.strictObject({
          status: z.enum(STATEMENT_STATUSES).optional(),
          flag: z.enum(STATEMENT_FLAGS).optional(),
          flagged: z
            .enum(["true", "false"])
            .transform((v) => v === "true")
            .optional(),
        }),
        response: { 200: staffStatementListSchema },
      },
    },
    async (request) => {
      const { conversation, organization, session, can } = await conversationFor(
        request,
        request.params,
      );
      const list = await listStatements(db, {
        conversationId: conversation.id,
        ...request.query,
        approvedOnly: !seesUnapproved(can),
      });
      await recordRead(db, {
        organizationId: organization.id,
        userId: session.user.id,
        action: "conversation.statements_read",
        targetType: "conversation",
        targetId: conversation.id,
        detail: { ...request.query },
      });
      return { statements: list.map(toStaffStatement) };
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/:id/moderation",
    {
      config: { permission: "conversation.moderate" },
      schema: {
        ...tag,
        summary: "Approve, reject or mark as meta one or many statements",
        params,
        body: z.strictObject({
          tids: z.array(dbId).min(1).max(1000),
          action: z.enum(MODERATION_ACTIONS),
          reason: z.string().trim().max(500).optional(),
        }),
        response: { 200: staffStatementListSchema },
      },
    },
    async (request) => {
      const { session, conversation } = await conversationFor(request, request.params);
      const updated = await moderate(db, {
        conversation,
        ...request.body,
        actor: { userId: session.user.id },
      });
      for (const s of updated)
        await ctx.services.events?.publish(conversation.id, { type: "statement", tid: s.tid });
      return { statements: updated.map(toStaffStatement) };
    },
  );

  r.patch(
    "/api/orgs/:slug/conversations/:id/statements/:tid",
    {
      config: { permission: "conversation.moderate" },
      schema: {
        ...tag,
        summary: "Correct a typo in a statement (the original is kept)",
        params: params.extend({ tid: dbIdParam }),
        body: z.strictObject({ text: z.string().trim().min(1).max(1000) }),
        response: { 200: staffStatementSchema },
      },
    },
    async (request) => {
      const { session, conversation } = await conversationFor(request, request.params);
      const updated = await editStatement(db, {
        conversation,
        tid: request.params.tid,
        text: request.body.text,
        actor: { userId: session.user.id },
      });
      await ctx.services.events?.publish(conversation.id, { type: "statement", tid: updated.tid });
      return toStaffStatement(updated);
    },
  );

  r.get(
    "/api/orgs/:slug/conversations/:id/results",
    {
      config: { permission: "conversation.results.read" },
      schema: {
        ...tag,
        summary: "Opinion groups, consensus, divisive statements, segment comparison",
        params,
        response: { 200: staffResultsSchema },
      },
    },
    async (request) => {
      const { conversation, organization, session, can } = await conversationFor(
        request,
        request.params,
      );
      const stored = await storedResults(db, conversation.id);
      await recordRead(db, {
        organizationId: organization.id,
        userId: session.user.id,
        action: "conversation.results_read",
        targetType: "conversation",
        targetId: conversation.id,
      });
      const texts = await listStatements(db, {
        conversationId: conversation.id,
        approvedOnly: !seesUnapproved(can),
      });
      const approved = new Set(texts.filter((s) => s.status === "approved").map((s) => s.tid));
      return {
        computedAt: stored?.computedAt.toISOString() ?? null,
        results: stored?.results ?? null,
        commonGround: stored ? commonGround(stored.results, { among: approved }) : null,
        statements: texts.map((s) => ({
          tid: s.tid,
          text: s.text,
          language: s.language,
          translations: s.translations,
          status: s.status,
          isMeta: s.isMeta,
        })),
        segments: (await segmentsOf(db, conversation.id)).map((s) => ({
          key: s.key,
          name: s.name,
        })),
        events: (await listKioskSessions(db, conversation, { all: true })).map((s) => ({
          key: `event:${s.id}`,
          eventName: s.eventName,
        })),
        participation: await participation(db, { conversationId: conversation.id }),
      };
    },
  );
}
