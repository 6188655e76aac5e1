import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { statementPdf } from "../pdf.js";
import { publicStatementResponse } from "../responses.js";
import type { DeliberationServices } from "../services.js";
import { publicStatement } from "../view.js";

const tags = ["deliberation (public)"];
const params = z.object({ slug: slugParam, statementId: z.uuid() });

/** Anyone: a published statement as JSON (the web page) and as a tagged PDF. */
export function deliberationPublicRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<DeliberationServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = async (slug: string, statementId: string) => {
    const organization = await findOrganizationBySlug(db, slug);
    return publicStatement(db, { organizationId: organization.id, statementId });
  };

  r.get(
    "/api/orgs/:slug/deliberation/public/:statementId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "A published statement: recommendations, support results, minority opinions, hand-over",
        params,
        response: { 200: publicStatementResponse },
      },
    },
    async (request) => open(request.params.slug, request.params.statementId),
  );

  r.get(
    "/api/orgs/:slug/deliberation/public/:statementId/statement.pdf",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A published statement as a tagged PDF",
        params,
        querystring: z.object({ lang: z.enum(["fi", "sv", "en"]).default("fi") }).strict(),
        response: { 200: mediaResponse("The statement as a tagged PDF", ["application/pdf"]) },
      },
    },
    async (request, reply) => {
      const statement = await open(request.params.slug, request.params.statementId);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", 'inline; filename="statement.pdf"')
        .send(await statementPdf(statement, request.query.lang));
    },
  );
}
