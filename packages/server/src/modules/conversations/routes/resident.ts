import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { mediaResponse } from "../../../http/responses.js";
import { dbId, requestIdSchema } from "../../../http/schemas.js";
import { findOrganizationById } from "../../organizations/index.js";
import { imageInfo } from "../image.js";
import { commonGround } from "../math/common-ground.js";
import { storedResults } from "../math/math.js";
import { submitStatement } from "../moderation/statements.js";
import {
  nextStatementSchema,
  residentConversationSchema,
  residentResultsSchema,
  residentStatementListSchema,
  statementSubmittedSchema,
  voteRecordedSchema,
} from "../responses.js";
import { type Conversation, conversationState, segmentsOf } from "../service.js";
import type { ConversationContext } from "../services.js";
import { findParticipant } from "../voting/participants.js";
import { nextStatement, progressOf, statementsWithMyVotes } from "../voting/progress.js";
import { newResidentToken, RESIDENT_COOKIE, RESIDENT_HEADER } from "../voting/resident-key.js";
import { overloaded } from "../voting/vote-writer.js";
import { VOTE_VALUES } from "../voting/votes.js";

const params = z.object({ publicId: z.string().min(4).max(40) });
const access = z.object({ t: z.string().max(200).optional() });
const identity = {
  t: z.string().max(200).optional(),
  /** A participant id signed by the embedding site: <xid>.<expires>.<signature> (embed.ts). */
  xid: z.string().min(1).max(300).optional(),
};
const ONE_YEAR = 365 * 24 * 3600;

export function conversationResidentRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (residents)"] };
  const residents = ctx.services.residents;
  const open = residents.open;

  /**
   * The resident's participant, made on their first act (resident-service.ts), from the
   * request's signed xid and client address.
   */
  function participantFor(
    request: FastifyRequest,
    options: {
      organizationId: string;
      conversationId: string;
      residentKey: string;
      segmentId: string | null;
    },
  ) {
    const body = request.body as { xid?: string } | undefined;
    return residents.participantFor({ ...options, xid: body?.xid, address: request.ip });
  }

  function residentKey(request: FastifyRequest): Promise<string | undefined> {
    const header = request.headers[RESIDENT_HEADER];
    const token =
      (typeof header === "string" ? header : undefined) ?? request.cookies[RESIDENT_COOKIE];
    return residents.residentKey(token);
  }

  /** The resident's participant record in this conversation, if they have taken part. */
  async function currentParticipant(request: FastifyRequest, conversation: Conversation) {
    const key = await residentKey(request);
    return key
      ? findParticipant(db, { conversationId: conversation.id, residentKey: key })
      : undefined;
  }

  /** The resident's key, issuing a new one (cookie and response field) on their first act. */
  async function residentKeyOrNew(request: FastifyRequest, reply: FastifyReply) {
    const existing = await residentKey(request);
    if (existing) return { key: existing, token: undefined };
    const token = await newResidentToken(db);
    reply.setCookie(RESIDENT_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.secureCookies,
      maxAge: ONE_YEAR,
    });
    return { key: token.slice(0, token.indexOf(".")), token };
  }

  function requireOpen(conversation: Conversation) {
    const state = conversationState(conversation);
    if (state === "closed")
      throw new AppError(
        "conversation.closed",
        "The conversation has closed: it can be read but no longer changed.",
      );
    if (state === "upcoming")
      throw new AppError("conversation.upcoming", "The conversation has not opened yet.");
  }

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
      const { conversation } = await open(request.params.publicId, request.query.t);
      const org = await findOrganizationById(db, conversation.organizationId);
      const participant = await currentParticipant(request, conversation);
      return {
        publicId: conversation.publicId,
        organization: {
          slug: org.slug,
          name: org.name,
          languages: org.languages,
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
      const resident = await residentKeyOrNew(request, reply);
      // Per resident (a flood from one browser) and, loosely, per address (a school class shares one).
      if (!residents.withinVoteLimits(resident.key, request.ip)) {
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
        body: z.strictObject({ text: z.string().max(2000), ...identity }),
        response: { 201: statementSubmittedSchema },
      },
    },
    async (request, reply) => {
      const { conversation, segmentId } = await open(request.params.publicId, request.body.t);
      requireOpen(conversation);
      const resident = await residentKeyOrNew(request, reply);
      await enforceRateLimit(db, {
        key: `statement:r:${resident.key}`,
        limit: 10,
        windowSeconds: 600,
      });
      // Without the cookie every request is a new resident: the address is counted too.
      await enforceRateLimit(db, {
        key: `statement:a:${request.ip}`,
        limit: ctx.config.statementRateLimitPerAddress,
        windowSeconds: 600,
      });
      const participant = await participantFor(request, {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        residentKey: resident.key,
        segmentId,
      });
      const statement = await submitStatement(db, {
        conversation,
        pid: participant.pid,
        text: request.body.text,
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

  r.get(
    "/api/p/c/:publicId/results",
    {
      config: { access: "public" },
      schema: {
        ...tag,
        summary: "The opinion map and what unites and divides, with 'you are here'",
        params,
        querystring: access,
        response: { 200: residentResultsSchema },
      },
    },
    async (request) => {
      const { conversation } = await open(request.params.publicId, request.query.t);
      const participant = await currentParticipant(request, conversation);
      const stored = await storedResults(db, conversation.id);
      const me =
        participant && stored?.results.map.participants.find((p) => p.pid === participant.pid);
      const progress = await progressOf(db, {
        conversationId: conversation.id,
        pid: participant?.pid ?? null,
      });
      if (!conversation.resultsPublic) {
        return { available: false as const, reason: "not_public" as const, progress };
      }
      if (!stored) return { available: false as const, reason: "not_computed" as const, progress };
      const texts =
        conversationState(conversation) === "upcoming"
          ? []
          : await statementsWithMyVotes(db, { conversationId: conversation.id, pid: null });
      const results = stored.results;
      return {
        available: true as const,
        computedAt: stored.computedAt.toISOString(),
        progress,
        me: me ? { x: me.x, y: me.y, group: me.group } : null,
        participants: results.participants,
        clustered: results.clustered,
        groups: results.groups,
        commonGround: commonGround(results, { among: new Set(texts.map((s) => s.tid)) }),
        divisive: results.divisive,
        map: results.map,
        statements: texts.map((s) => ({ tid: s.tid, text: s.text })),
        segments: results.segments,
        segmentNames: (await segmentsOf(db, conversation.id)).map((s) => ({
          key: s.key,
          name: s.name,
        })),
      };
    },
  );

  r.get(
    "/api/p/c/:publicId/events",
    {
      config: { access: "public" },
      schema: {
        ...tag,
        summary: "Server-Sent Events: new statements, votes, new math",
        params,
        querystring: access,
        response: {
          200: mediaResponse("An event stream: statement, votes, math, conversation, resync", [
            "text/event-stream",
          ]),
        },
      },
    },
    async (request, reply) => {
      const { conversation } = await open(request.params.publicId, request.query.t);
      if (!ctx.services.events)
        throw new AppError("unavailable", "Live updates are not available.");
      const uncount = residents.openStream(request.ip);
      if (!uncount) {
        throw new AppError(
          "rate_limited",
          "Too many live-update connections are open; the page works without them and tries again later.",
          { headers: { "retry-after": "30" } },
        );
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(`retry: 5000\n\n`);
      const unsubscribe = ctx.services.events.subscribe(conversation.id, (event) => {
        res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
        uncount();
      });
      res.on("close", uncount);
    },
  );
}
