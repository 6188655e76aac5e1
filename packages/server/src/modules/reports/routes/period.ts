import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { briefDocx } from "../docx.js";
import { measureMetrics } from "../metrics/measures.js";
import { metricsSections } from "../metrics/sections.js";
import { metricsLabels } from "../metrics/texts.js";
import { briefPdf } from "../pdf.js";
import { parsePeriod, periodReport } from "../period/report.js";
import { metricsResponse, periodReportResponse, toPeriodReport } from "../responses.js";
import { BRIEF_LANGUAGES } from "../texts.js";

const tags = ["reports"];
const params = z.object({ slug: slugParam });
const query = z.object({
  // Checked after the caller's permission (parsePeriod), so that a stranger learns nothing.
  from: z.string().max(10).optional().describe("The first day of the period, YYYY-MM-DD"),
  to: z.string().max(10).optional().describe("The last day of the period, YYYY-MM-DD (included)"),
  lang: z.enum(BRIEF_LANGUAGES).default("fi"),
});
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const config = { permission: "reports.read" as const };

/**
 * The period report across activities (e.g. the participation chapter of the annual wellbeing
 * report) for staff who may read reports: JSON for the web page, a tagged PDF and a DOCX; and
 * the metrics dashboard's figures over a range of days.
 */
export function periodReportRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const make = async (request: FastifyRequest) => {
    const { slug } = request.params as { slug: string };
    const q = request.query as z.infer<typeof query>;
    const { organization } = request.member;
    return periodReport(db, {
      organizationId: organization.id,
      organizationName: organization.name[q.lang] || organization.name.fi || slug,
      from: q.from,
      to: q.to,
      language: q.lang,
    });
  };
  const file = (reply: FastifyReply, type: string, name: string) =>
    reply
      .header("content-type", type)
      .header("content-disposition", `attachment; filename="${name}"`);

  r.get(
    "/api/orgs/:slug/reports/period",
    {
      config,
      schema: {
        tags,
        summary: "The period report across the organization's activities",
        params,
        querystring: query,
        response: { 200: periodReportResponse },
      },
    },
    async (request) => toPeriodReport(await make(request)),
  );
  r.get(
    "/api/orgs/:slug/reports/metrics",
    {
      config,
      schema: {
        tags,
        summary: "The participation metrics over a range of days (the pilots' own measures)",
        params,
        querystring: query,
        response: { 200: metricsResponse },
      },
    },
    async (request) => {
      const q = request.query;
      const { organization } = request.member;
      const metrics = await measureMetrics(db, {
        organizationId: organization.id,
        ...parsePeriod(q.from, q.to),
        language: q.lang,
      });
      return {
        title: metricsLabels(q.lang)("title"),
        language: q.lang,
        generatedAt: new Date().toISOString(),
        metrics,
        sections: metricsSections(metrics, q.lang),
      };
    },
  );
  r.get(
    "/api/orgs/:slug/reports/period/pdf",
    {
      config,
      schema: {
        tags,
        summary: "The period report as a tagged PDF",
        params,
        querystring: query,
        response: { 200: mediaResponse("The period report as a tagged PDF", ["application/pdf"]) },
      },
    },
    async (request, reply) => {
      const report = await make(request);
      return file(
        reply,
        "application/pdf",
        `period-${report.from}-${report.to}-${report.language}.pdf`,
      ).send(await briefPdf(report));
    },
  );
  r.get(
    "/api/orgs/:slug/reports/period/docx",
    {
      config,
      schema: {
        tags,
        summary: "The period report as a Word document",
        params,
        querystring: query,
        response: { 200: mediaResponse("The period report as a Word document", [DOCX_TYPE]) },
      },
    },
    async (request, reply) => {
      const report = await make(request);
      return file(
        reply,
        DOCX_TYPE,
        `period-${report.from}-${report.to}-${report.language}.docx`,
      ).send(briefDocx(report));
    },
  );
}
