import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../../errors.js";
import { mediaResponse } from "../../../http/responses.js";
import { commonGround } from "../math/common-ground.js";
import { storedResults } from "../math/math.js";
import { residentResultsSchema } from "../responses.js";
import { conversationState, segmentsOf } from "../service.js";
import type { ConversationContext } from "../services.js";
import { progressOf, statementsWithMyVotes } from "../voting/progress.js";
import { access, params, residentRequests, tag } from "./resident-request.js";

/** The residents' results page and live-update stream (registered by routes/resident.ts). */
export function residentResultsAndEventsRoutes(
  app: FastifyInstance,
  ctx: ConversationContext,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const residents = ctx.services.residents;
  const open = residents.open;
  const { currentParticipant } = residentRequests(ctx);

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
        statements: texts.map(({ tid, text, language, translations }) => ({
          tid,
          text,
          language,
          translations,
        })),
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
