import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { PUBLICATION_VISIBILITY, type SurveyPublication } from "../schema.js";
import type { SurveyServices } from "../services.js";
import {
  loadPublication,
  publishedResults,
  publishResults,
  unpublishResults,
} from "./publishing.js";

const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });
const publicParams = z.object({ slug: slugParam, surveySlug: slugParam });
/** A link-only page's token travels in this header (the web keeps it after `#`). */
export const RESULTS_TOKEN_HEADER = "x-results-token";

const publicationResponse = z.object({
  published: z.boolean(),
  visibility: z.enum(PUBLICATION_VISIBILITY).nullable(),
  publishedAt: z.string().nullable(),
  /** Link-only: the token, only in the answer to publishing (stored hashed). */
  token: z.string().optional(),
});

/** The page as published (declared loosely: built from @kuulo/survey's results). */
const resultsPageResponse = z.object({
  slug: z.string(),
  publishedAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});

const toPublication = (p: SurveyPublication | undefined, token?: string | null) => ({
  published: !!p,
  visibility: p?.visibility ?? null,
  publishedAt: p?.publishedAt.toISOString() ?? null,
  ...(token ? { token } : {}),
});

/** Staff publish and unpublish a survey's results page; anyone reads a published one. */
export function surveyPublicationRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<SurveyServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const url = "/api/orgs/:slug/surveys/:surveyId/publication";
  const staff = { config: { permission: "survey.publish" as const } };

  r.get(
    url,
    {
      ...staff,
      schema: {
        tags: ["surveys"],
        summary: "Whether the survey's results page is published, and how (staff)",
        params: surveyParams,
        response: { 200: publicationResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const p = await loadPublication(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
      });
      return toPublication(p);
    },
  );

  r.put(
    url,
    {
      ...staff,
      schema: {
        tags: ["surveys"],
        summary:
          "Publish the results page (public or link-only) with the signed-off themes; 409 until every open question's themes are signed off",
        params: surveyParams,
        body: z.object({ visibility: z.enum(PUBLICATION_VISIBILITY) }),
        response: { 200: publicationResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { publication, token } = await publishResults(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        visibility: request.body.visibility,
        actor: { userId: session.user.id },
      });
      return toPublication(publication, token);
    },
  );

  r.delete(
    url,
    {
      ...staff,
      schema: {
        tags: ["surveys"],
        summary: "Take the results page down (staff)",
        params: surveyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await unpublishResults(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        userId: session.user.id,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/api/orgs/:slug/s/:surveySlug/results",
    {
      config: { access: "public" },
      schema: {
        tags: ["surveys (residents)"],
        summary: "A survey's published results page (a link-only page needs its token header)",
        params: publicParams,
        headers: z.object({ [RESULTS_TOKEN_HEADER]: z.string().max(100).optional() }),
        response: { 200: resultsPageResponse },
      },
    },
    async (request) => {
      const { survey, publication } = await publishedResults(db, {
        orgSlug: request.params.slug,
        surveySlug: request.params.surveySlug,
        token: request.headers[RESULTS_TOKEN_HEADER],
      });
      return {
        slug: survey.slug,
        publishedAt: publication.publishedAt.toISOString(),
        content: publication.content,
      };
    },
  );
}
