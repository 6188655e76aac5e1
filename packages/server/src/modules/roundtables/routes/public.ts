import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { publicRoundTableResponse } from "../responses.js";
import { publicRoundTable } from "../view.js";

/** Anyone: a round table's public page (once past preparing). */
export function roundTablePublicRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/orgs/:slug/roundtables/public/:roundTableId",
    {
      config: { access: "public" },
      schema: {
        tags: ["roundtables (public)"],
        summary:
          "A round table: meetings with participants by role, the results taken to each, the published statement with what came of each recommendation, distribution and responses",
        params: z.object({ slug: slugParam, roundTableId: z.uuid() }),
        response: { 200: publicRoundTableResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      return publicRoundTable(db, {
        organizationId: organization.id,
        roundTableId: request.params.roundTableId,
      });
    },
  );
}
