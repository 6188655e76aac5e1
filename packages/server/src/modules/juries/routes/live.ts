import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { JuryEvent } from "../live.js";
import type { JuryServices } from "../services.js";
import { memberOfRequest } from "./member-session.js";

/** One hint reaches every stream of the jury as the same object: its frame is written once. */
const frames = new WeakMap<JuryEvent, string>();
function frameOf(event: JuryEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = `event: jury\ndata: ${JSON.stringify(event)}\n\n`;
    frames.set(event, frame);
  }
  return frame;
}

/**
 * Live updates for the jury space: Server-Sent Events, one `jury` event per hint (a post, a
 * reaction, a phase move; `resync` after a lost connection) from any server process. The hints
 * carry ids only; the page reads what changed through the space's routes. Without a live hub
 * (apps built for tests) the stream says `ready` and ends; the browser asks again after `retry`.
 */
export function juryLiveRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/orgs/:slug/jury-space/me/live",
    {
      config: { access: "public" },
      schema: {
        tags: ["juries (jurors and experts)"],
        summary: "Server-Sent Events: new posts, reactions and phase moves of this member's jury",
        params: z.object({ slug: slugParam }),
        response: { 200: mediaResponse("An event stream of `jury` events", ["text/event-stream"]) },
      },
    },
    async (request, reply) => {
      const { jury } = await memberOfRequest(db, request.params.slug, request);
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
        res.end(`event: ready\ndata: ${JSON.stringify({ phase: jury.phase })}\n\n`);
        return;
      }
      const unsubscribe = events.subscribe(jury.id, (event) => res.write(frameOf(event)));
      res.write(`event: ready\ndata: ${JSON.stringify({ phase: jury.phase })}\n\n`);
      const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
