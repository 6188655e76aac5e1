import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { type ActivityKind, type Brief, briefFor } from "../brief.js";
import { briefDocx } from "../docx.js";
import { briefPdf } from "../pdf.js";
import { briefResponse, toBrief } from "../responses.js";
import { BRIEF_LANGUAGES, type BriefLanguage } from "../texts.js";

const tags = ["reports"];
const query = z.object({ lang: z.enum(BRIEF_LANGUAGES).default("fi") });
const PDF = mediaResponse("The brief as a tagged PDF", ["application/pdf"]);
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCX = mediaResponse("The brief as a Word document", [DOCX_TYPE]);
const ACTIVITIES = [
  { kind: "conversation" as const, path: "conversations/:id", param: "id" },
  { kind: "survey" as const, path: "surveys/:surveyId", param: "surveyId" },
  { kind: "panel" as const, path: "panels/:panelId", param: "panelId" },
  { kind: "round_table" as const, path: "roundtables/:roundTableId", param: "roundTableId" },
  { kind: "jury" as const, path: "juries/:juryId", param: "juryId" },
  { kind: "phone" as const, path: "phone/:campaignId", param: "campaignId" },
];

const sendPdf = async (reply: FastifyReply, made: Brief) =>
  reply
    .header("content-type", "application/pdf")
    .header(
      "content-disposition",
      `attachment; filename="${made.kind}-${made.id}-${made.language}.pdf"`,
    )
    .send(await briefPdf(made));

const sendDocx = (reply: FastifyReply, made: Brief) =>
  reply
    .header("content-type", DOCX_TYPE)
    .header(
      "content-disposition",
      `attachment; filename="${made.kind}-${made.id}-${made.language}.docx"`,
    )
    .send(briefDocx(made));

/**
 * An activity's decision-maker brief as JSON (for the web page), a PDF and a DOCX: for staff who may
 * read results (`/api/orgs/:slug/reports/…`), and for anyone when the activity's results are
 * public (`/api/orgs/:slug/reports/public/…`, else 404).
 */
export function reportRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staffBrief = async (
    request: FastifyRequest,
    kind: ActivityKind,
    id: string,
    language: BriefLanguage,
  ) => {
    const { organization } = request.member;
    return briefFor(db, { organizationId: organization.id, kind, id, language });
  };
  const publicBrief = async (
    request: FastifyRequest,
    kind: ActivityKind,
    id: string,
    language: BriefLanguage,
  ) => {
    const { slug } = request.params as { slug: string };
    const organization = await findOrganizationBySlug(db, slug);
    const made = await briefFor(db, { organizationId: organization.id, kind, id, language });
    if (!made.resultsPublic)
      throw new AppError("not_found", "The results of this activity are not public.");
    return made;
  };

  for (const audience of ["staff", "public"] as const) {
    const make = audience === "staff" ? staffBrief : publicBrief;
    const config: FastifyContextConfig =
      audience === "staff" ? { permission: "reports.read" } : { access: "public" };
    const prefix =
      audience === "staff" ? "/api/orgs/:slug/reports" : "/api/orgs/:slug/reports/public";
    const who = audience === "staff" ? "staff" : "public when the results are";
    for (const { kind, path, param } of ACTIVITIES) {
      const params = z.object({ slug: slugParam, [param]: z.uuid() });
      const idOf = (request: FastifyRequest) => (request.params as Record<string, string>)[param]!;
      r.get(
        `${prefix}/${path}`,
        {
          config,
          schema: {
            tags,
            summary: `The ${kind}'s decision-maker brief (${who})`,
            params,
            querystring: query,
            response: { 200: briefResponse },
          },
        },
        async (request) => toBrief(await make(request, kind, idOf(request), request.query.lang)),
      );
      r.get(
        `${prefix}/${path}/pdf`,
        {
          config,
          schema: {
            tags,
            summary: `The ${kind}'s decision-maker brief as a PDF (${who})`,
            params,
            querystring: query,
            response: { 200: PDF },
          },
        },
        async (request, reply) =>
          sendPdf(reply, await make(request, kind, idOf(request), request.query.lang)),
      );
      r.get(
        `${prefix}/${path}/docx`,
        {
          config,
          schema: {
            tags,
            summary: `The ${kind}'s decision-maker brief as a Word document (${who})`,
            params,
            querystring: query,
            response: { 200: DOCX },
          },
        },
        async (request, reply) =>
          sendDocx(reply, await make(request, kind, idOf(request), request.query.lang)),
      );
    }
  }
}
