import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { DeliberationServices } from "../services.js";
import { findStatement } from "../statements.js";
import { supportResults } from "../support.js";

/**
 * Live support results for a staff or panel screen: Server-Sent Events, each `results` event
 * the statement's support counts now (sent on open, and again when answers arrive in any
 * server process; at most one read per 100 ms). Without a live hub (apps
 * built for tests) the stream sends the results once and ends.
 */
export function deliberationLiveRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<DeliberationServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/orgs/:slug/deliberation/statements/:statementId/live",
    {
      config: { permission: "statement.read" },
      schema: {
        tags: ["deliberation (staff)"],
        summary: "Server-Sent Events: the support results, again whenever answers arrive",
        params: z.object({ slug: slugParam, statementId: z.uuid() }),
        response: {
          200: mediaResponse("An event stream of `results` events", ["text/event-stream"]),
        },
      },
    },
    async (request, reply) => {
      const { organization } = request.member;
      const statement = await findStatement(db, {
        organizationId: organization.id,
        statementId: request.params.statementId,
      });
      const events = ctx.services.events;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write("retry: 5000\n\n");
      if (!events) {
        // No live hub (an app built for tests or documents): the results once; the browser's
        // EventSource asks again after `retry`.
        const results = await supportResults(db, {
          statementId: statement.id,
          scale: statement.supportScale,
        });
        res.end(`event: results\ndata: ${JSON.stringify({ at: 0, results })}\n\n`);
        return;
      }
      let closed = false;
      let pending: ReturnType<typeof setTimeout> | undefined;
      /** The newest answer time this send covers (for latency figures on the screen side). */
      let latest = 0;
      const send = async () => {
        pending = undefined;
        const at = latest;
        const results = await supportResults(db, {
          statementId: statement.id,
          scale: statement.supportScale,
        });
        if (!closed) res.write(`event: results\ndata: ${JSON.stringify({ at, results })}\n\n`);
      };
      // At most one read per 100 ms: the first hint after a quiet spell is sent at once, the
      // ones within 100 ms of a send wait for the next.
      let lastSent = 0;
      const sendNow = () => {
        lastSent = Date.now();
        void send().catch(() => {});
      };
      const unsubscribe = events.subscribe(statement.id, (event) => {
        if (event.type === "support") latest = Math.max(latest, event.at);
        if (pending) return;
        const wait = lastSent + 100 - Date.now();
        if (wait <= 0) sendNow();
        else pending = setTimeout(sendNow, wait);
      });
      sendNow();
      const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000);
      request.raw.on("close", () => {
        closed = true;
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
        unsubscribe();
      });
    },
  );
}
