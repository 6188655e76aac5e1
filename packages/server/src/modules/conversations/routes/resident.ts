import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { dbId, requestIdSchema } from "../../../http/schemas.js";
import { findOrganizationById, LANGUAGES } from "../../organizations/index.js";
import { imageInfo } from "../image.js";
import { submitStatement } from "../moderation/statements.js";
import {
  nextStatementSchema,
  residentConversationSchema,
  residentStatementListSchema,
  statementSubmittedSchema,
  voteRecordedSchema,
} from "../responses.js";
import { conversationState } from "../service.js";
import type { ConversationContext } from "../services.js";
import { nextStatement, progressOf, statementsWithMyVotes } from "../voting/progress.js";
import { overloaded } from "../voting/vote-writer.js";
import { VOTE_VALUES } from "../voting/votes.js";
import { residentResultsAndEventsRoutes } from "./resident-live.js";
import {
  access,
  identity,
  params,
  requireOpen,
  residentRequests,
  tag,
} from "./resident-request.js";

/**
 * The residents' routes under `/api/p/c/:publicId`: the conversation, the next statement,
 * voting, writing a statement; results and live updates in resident-live.ts. What they keep
 * between requests is in the module's services (voting/resident-service.ts).
 */
export function conversationResidentRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const residents = ctx.services.residents;
  const open = residents.open;

  const { participantFor, currentParticipant, residentKeyOrNew, kioskOf } = residentRequests(ctx);

  r.get(
    "/api/p/c/:publicId",
    {
      config: { access: "public" },
      schema: {
        ...tag,
        summary: "A conversation as a resident sees it",
        params,
        querystring: access,
        response: { 200: residentConversationSchema },
      },
    },
    async (request) => {
      const { conversation, invitation } = await open(request.params.publicId, request.query.t);
      const org = await findOrganizationById(db, conversation.organizationId);
      const participant = await currentParticipant(request, conversation);
      return {
        publicId: conversation.publicId,
        organization: {
          slug: org.slug,
          name: org.name,
          languages: org.languages,
          defaultLanguage: org.defaultLanguage,
          themeColor: org.themeColor,
        },
        title: conversation.title,
        description: conversation.description,
        state: conversationState(conversation),
        allowStatements: conversation.allowStatements,
        moderationMode: conversation.moderationMode,
        statementMaxLength: conversation.statementMaxLength,
        resultsPublic: conversation.resultsPublic,
        closesAt: conversation.closesAt?.toISOString() ?? null,
        invitation,
        image: await imageInfo(db, conversation),
        progress: await progressOf(db, {
          conversationId: conversation.id,
          pid: participant?.pid ?? null,
        }),
      };
    },
  );

  r.get(
    "/api/p/c/:publicId/next",
    {
      config: { access: "public" },
      schema: {
        ...tag,
        summary: "The next statement to vote on",
        params,
        querystring: access,
        response: { 200: nextStatementSchema },
      },
    },
    async (request) => {
      const { conversation } = await open(request.params.publicId, request.query.t);
      // Statements are not shown before the conversation opens (staff preview them on their pages).
      if (conversationState(conversation) === "upcoming")
        throw new AppError("conversation.upcoming", "The conversation has not opened yet.");
      const participant = await currentParticipant(request, conversation);
      const pid = participant?.pid ?? null;
      return {
        statement: await nextStatement(db, { conversationId: conversation.id, pid }),
        progress: await progressOf(db, { conversationId: conversation.id, pid }),
      };
    },
  );

  r.get(
    "/api/p/c/:publicId/statements",
    {
      config: { access: "public" },
      schema: {
        ...tag,
        summary: "Approved statements with the resident's own votes (to change a vote)",
        params,
        querystring: access,
        response: { 200: residentStatementListSchema },
      },
    },
    async (request) => {
      const { conversation } = await open(request.params.publicId, request.query.t);
      // Statements are not shown before the conversation opens: an empty list until then.
      if (conversationState(conversation) === "upcoming") return { statements: [] };
      const participant = await currentParticipant(request, conversation);
      return {
        statements: await statementsWithMyVotes(db, {
          conversationId: conversation.id,
          pid: participant?.pid ?? null,
        }),
      };
    },
  );

  r.post(
    "/api/p/c/:publicId/votes",
    {
      config: { csrf: false, shedUnderLoad: true, access: "public" },
      // Votes come by the thousand a second: not logged line by line (warnings and errors are).
      logLevel: "warn",
      // Nor re-checked against the response schema (the type checker holds the answer to it,
      // api-contract.test.ts the wire): plain JSON.stringify, several times cheaper than zod.
      serializerCompiler: () => (data) => JSON.stringify(data),
      // Overload is refused before anything else is done for the request (503, Retry-After):
      // while the event loop runs later than VOTE_SHED_LAG_MS, and beyond VOTE_QUEUE_LIMIT votes
      // taken in at once, whether they wait for the CPU (validation, lookups) or for their batch
      // to commit.
      onRequest: async (_request, reply) => {
        if (app.overload.shedding() || !residents.admitVote()) throw overloaded(1);
        reply.raw.once("close", residents.releaseVote);
      },
      schema: {
        ...tag,
        summary:
          "Vote agree, disagree or pass; the latest vote counts; retries with the same requestId are stored once",
        params,
        body: z.strictObject({
          tid: dbId,
          vote: z.enum(Object.keys(VOTE_VALUES) as ["agree", "disagree", "pass"]),
          requestId: requestIdSchema.optional(),
          ...identity,
        }),
        response: { 200: voteRecordedSchema },
      },
    },
    async (request, reply) => {
      const { conversation, segmentId } = await open(request.params.publicId, request.body.t);
      requireOpen(conversation);
      const kiosk = await kioskOf(request, conversation);
      const resident = await residentKeyOrNew(request, reply, kiosk);
      // Per resident (a flood from one browser) and, loosely, per address (a school class shares
      // one) or per kiosk session (the people at an event share a tablet).
      if (!residents.withinVoteLimits(resident.key, request.ip, kiosk?.id)) {
        throw new AppError(
          "rate_limited",
          "Too many votes in a short time. Wait a moment and try again.",
          {
            headers: { "retry-after": "60" },
          },
        );
      }
      const participant = await participantFor(request, {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        residentKey: resident.key,
        segmentId,
        kiosk,
      });
      const result = await residents.writeVote({
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        pid: participant.pid,
        tid: request.body.tid,
        vote: request.body.vote,
        requestId: request.body.requestId ?? randomUUID(),
      });
      if (ctx.services.events && residents.voteEventDue(conversation.id)) {
        void ctx.services.events
          .publish(conversation.id, { type: "votes", count: 1 })
          .catch(() => {});
      }
      return {
        recorded: result.recorded,
        progress: {
          voted: result.votesByParticipant,
          total: await residents.totalStatements(conversation.id),
        },
        ...(resident.token ? { residentToken: resident.token } : {}),
      };
    },
  );

  r.post(
    "/api/p/c/:publicId/statements",
    {
      config: { csrf: false, shedUnderLoad: true, access: "public" },
      onRequest: app.overload.onRequest,
      schema: {
        ...tag,
        summary: "Write a statement (when the conversation allows it)",
        params,
        body: z.strictObject({
          text: z.string().max(2000),
          /** The language of the resident's page; the organization's default when absent. */
          language: z.enum(LANGUAGES).optional(),
          ...identity,
        }),
        response: { 201: statementSubmittedSchema },
      },
    },
    async (request, reply) => {
      const { conversation, segmentId } = await open(request.params.publicId, request.body.t);
      requireOpen(conversation);
      const org = await findOrganizationById(db, conversation.organizationId);
      const language = request.body.language ?? org.defaultLanguage;
      if (!org.languages.includes(language)) {
        throw new AppError("validation.failed", "The language is not one of the organization's.", {
          errors: [
            { path: "body.language", message: "is not one of the organization's languages" },
          ],
        });
      }
      const kiosk = await kioskOf(request, conversation);
      const resident = await residentKeyOrNew(request, reply, kiosk);
      await enforceRateLimit(db, {
        key: `statement:r:${resident.key}`,
        limit: 10,
        windowSeconds: 600,
      });
      // Without the cookie every request is a new resident: the address (a kiosk: its
      // session) is counted too.
      await enforceRateLimit(db, {
        key: kiosk ? `statement:k:${kiosk.id}` : `statement:a:${request.ip}`,
        limit: ctx.config.statementRateLimitPerAddress,
        windowSeconds: 600,
      });
      const participant = await participantFor(request, {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        residentKey: resident.key,
        segmentId,
        kiosk,
      });
      const statement = await submitStatement(db, {
        conversation,
        pid: participant.pid,
        text: request.body.text,
        language,
        pendingLimit: ctx.config.pendingStatementsLimit,
      });
      if (statement.status === "approved")
        await ctx.services.events?.publish(conversation.id, {
          type: "statement",
          tid: statement.tid,
        });
      return reply.status(201).send({
        tid: statement.tid,
        status: statement.status,
        ...(resident.token ? { residentToken: resident.token } : {}),
      });
    },
  );

  // Registered here, so that the routes keep their order (and the OpenAPI document its own).
  residentResultsAndEventsRoutes(app, ctx);
}
