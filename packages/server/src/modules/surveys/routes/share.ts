import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { surveyQr } from "../share.js";

const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });

/** Staff: the survey's QR code, for posters and paper (the link and embed are built on the web). */
export function surveyShareRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/qr.svg",
    {
      config: { permission: "survey.read" },
      schema: {
        tags: ["surveys"],
        summary: "A QR code (SVG) of the survey's public answering address (staff)",
        params: surveyParams,
        querystring: z.object({ download: z.enum(["1"]).optional() }),
        response: { 200: mediaResponse("The QR code", ["image/svg+xml"]) },
      },
    },
    async (request, reply) => {
      const { organization } = request.member;
      const qr = await surveyQr(db, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        surveyId: request.params.surveyId,
        publicUrl: ctx.config.publicUrl,
      });
      if (request.query.download)
        reply.header("content-disposition", `attachment; filename="${qr.slug}-qr.svg"`);
      return reply
        .header("content-type", "image/svg+xml; charset=utf-8")
        .header("cache-control", "no-store")
        .send(qr.svg);
    },
  );
}
