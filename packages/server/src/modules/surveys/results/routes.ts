import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { RESPONSE_CHANNELS, type ResponseChannel } from "../schema.js";
import { EXPORT_FORMATS, exportResponses } from "./export.js";
import { crosstabResponse, resultsResponse, toCrosstab, toResults } from "./responses.js";
import { surveyCrosstabFor, surveyResultsFor } from "./service.js";

const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });
const tags = ["surveys"];

const filterQuery = {
  /** Channels, comma-separated (web,paper,phone,event,interview,import); all when left out. */
  channel: z.string().max(100).optional(),
  /** Version numbers, comma-separated; all when left out. */
  version: z.string().max(100).optional(),
};
const weightedQuery = z.enum(["true", "false"]).default("false");

/** "web,paper" → checked channels and version numbers (400 naming the query field). */
function filtersOf(query: { channel?: string | undefined; version?: string | undefined }) {
  const parts = (s?: string) =>
    s
      ? s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  const channel = parts(query.channel);
  const bad = channel.find((c) => !(RESPONSE_CHANNELS as readonly string[]).includes(c));
  if (bad)
    throw new AppError("validation.failed", `Unknown channel "${bad}".`, {
      errors: [
        {
          path: "querystring.channel",
          code: "invalid_value",
          message: `unknown channel "${bad}"`,
          params: { values: RESPONSE_CHANNELS.join(",") },
        },
      ],
    });
  const version = parts(query.version).map(Number);
  if (version.some((v) => !Number.isInteger(v) || v < 1))
    throw new AppError("validation.failed", "Versions are whole numbers.", {
      errors: [{ path: "querystring.version", code: "invalid_type", message: "whole numbers" }],
    });
  return { channel: channel as ResponseChannel[], version };
}

/** Staff: results, cross-tabs and exports of a survey (survey.results.read). */
export function surveyResultRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/results",
    {
      config: { permission: "survey.results.read" },
      schema: {
        tags,
        summary:
          "Per-question results over every version's complete responses, optionally raked to the population (staff; logged)",
        params: surveyParams,
        querystring: z.object({ ...filterQuery, weighted: weightedQuery }),
        response: { 200: resultsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const filters = filtersOf(request.query);
      const data = await surveyResultsFor(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        userId: session.user.id,
        filters,
        weighted: request.query.weighted === "true",
      });
      return toResults(data, filters);
    },
  );

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/results/crosstab",
    {
      config: { permission: "survey.results.read" },
      schema: {
        tags,
        summary: "A closed question by a background question; cells under 5 suppressed (staff)",
        params: surveyParams,
        querystring: z.object({
          /** The closed question and the background question (checked after the permission). */
          question: z.string().max(40).optional(),
          by: z.string().max(40).optional(),
          ...filterQuery,
          weighted: weightedQuery,
        }),
        response: { 200: crosstabResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { question, by } = request.query;
      if (!question || !by)
        throw new AppError("validation.failed", "Name the question and the background question.", {
          errors: [
            ...(question
              ? []
              : [{ path: "querystring.question", code: "required" as const, message: "required" }]),
            ...(by
              ? []
              : [{ path: "querystring.by", code: "required" as const, message: "required" }]),
          ],
        });
      const { crosstab, loaded, weights } = await surveyCrosstabFor(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        userId: session.user.id,
        filters: filtersOf(request.query),
        weighted: request.query.weighted === "true",
        question,
        by,
      });
      return toCrosstab(crosstab, loaded.responses.length, weights);
    },
  );

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/export",
    {
      config: { permission: "survey.results.read" },
      schema: {
        tags,
        summary:
          "Responses as CSV or XLSX (one row per response, code book), or the CSV code book (staff; logged)",
        params: surveyParams,
        querystring: z.object({
          format: z.enum(EXPORT_FORMATS).default("csv"),
          lang: z.enum(["fi", "sv", "en"]).default("fi"),
          ...filterQuery,
        }),
        response: {
          200: mediaResponse("The file, as an attachment", [
            "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ]),
        },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const file = await exportResponses(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        userId: session.user.id,
        format: request.query.format,
        lang: request.query.lang,
        filters: filtersOf(request.query),
      });
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .header("cache-control", "no-store")
        .send(file.body);
    },
  );
}
