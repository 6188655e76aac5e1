import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { requireMember } from "../../identity/index.js";
import { type ActivityKind, briefFor } from "../brief.js";
import { briefPdf } from "../pdf.js";
import { briefResponse, toBrief } from "../responses.js";
import { BRIEF_LANGUAGES } from "../texts.js";

const tags = ["reports"];
const query = z.object({ lang: z.enum(BRIEF_LANGUAGES).default("fi") });
const PDF = mediaResponse("The brief as a tagged PDF", ["application/pdf"]);

/** Staff routes: an activity's decision-maker brief as JSON (for the web page) and as a PDF. */
export function reportStaffRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  const brief = async (
    slug: string,
    request: Parameters<typeof requireMember>[1],
    kind: ActivityKind,
    id: string,
    lang: (typeof BRIEF_LANGUAGES)[number],
  ) => {
    const { organization } = await requireMember(db, request, slug, "reports.read");
    return briefFor(db, { organizationId: organization.id, kind, id, language: lang });
  };
  const pdf = async (reply: FastifyReply, made: Awaited<ReturnType<typeof brief>>) =>
    reply
      .header("content-type", "application/pdf")
      .header(
        "content-disposition",
        `attachment; filename="${made.kind}-${made.id}-${made.language}.pdf"`,
      )
      .send(await briefPdf(made));

  const activities = [
    { kind: "conversation" as const, path: "conversations/:id", param: "id" as const },
    { kind: "survey" as const, path: "surveys/:surveyId", param: "surveyId" as const },
  ];
  for (const { kind, path, param } of activities) {
    const params = z.object({ slug: slugParam, [param]: z.uuid() }) as z.ZodObject<{
      slug: typeof slugParam;
      id: z.ZodUUID;
    }>;
    r.get(
      `/api/orgs/:slug/reports/${path}`,
      {
        config: { permission: "reports.read" },
        schema: {
          tags,
          summary: `The ${kind}'s decision-maker brief (staff)`,
          params,
          querystring: query,
          response: { 200: briefResponse },
        },
      },
      async (request) => {
        const p = request.params as Record<string, string>;
        return toBrief(await brief(p.slug!, request, kind, p[param]!, request.query.lang));
      },
    );
    r.get(
      `/api/orgs/:slug/reports/${path}/pdf`,
      {
        config: { permission: "reports.read" },
        schema: {
          tags,
          summary: `The ${kind}'s decision-maker brief as a PDF (staff)`,
          params,
          querystring: query,
          response: { 200: PDF },
        },
      },
      async (request, reply) => {
        const p = request.params as Record<string, string>;
        return pdf(reply, await brief(p.slug!, request, kind, p[param]!, request.query.lang));
      },
    );
  }
}
