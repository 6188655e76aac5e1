import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { SurveyServices } from "../services.js";
import { loadAnalysis, startAnalysis } from "./analysis.js";
import { editThemes, pickQuotes, setQuoteExcluded, signOff, themeAnswers } from "./editing.js";
import { startSummaries } from "./llm.js";
import { analysisList, analysisListResponse } from "./overview.js";
import { analysisResponse, themeAnswersResponse, toAnalysis } from "./responses.js";

const id = z.string().min(1).max(40);
const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });
const questionParams = surveyParams.extend({ questionId: id });
const themeParams = questionParams.extend({ themeId: id });
const answerParams = questionParams.extend({ answerId: z.uuid() });
const label = z.string().trim().min(1).max(120);
const tags = ["surveys"];
const base = "/api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis";

/** Analysts: open answers analysed into themes, edited, quoted and signed off. */
export function surveyThemeRoutes(app: FastifyInstance, ctx: ModuleContext<SurveyServices>): void {
  const db = ctx.database.db;
  const workers = ctx.services.themeWorkers;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const llm = ctx.config.llm;
  const present = (a: Parameters<typeof toAnalysis>[1]) => toAnalysis(db, a, Boolean(llm));
  /**
   * The analyst (the member `survey.analyse` found) and the question, from a request whose
   * params `questionParams` checked.
   */
  const member = (request: FastifyRequest) => {
    const params = request.params as z.infer<typeof questionParams>;
    const { organization, session } = request.member;
    return {
      organizationId: organization.id,
      surveyId: params.surveyId,
      questionId: params.questionId,
      userId: session.user.id,
    };
  };
  const opts = (summary: string, params: z.ZodType, extra: Record<string, unknown> = {}) => ({
    config: { permission: "survey.analyse" as const },
    schema: { tags, summary, params, response: { 200: analysisResponse }, ...extra },
  });

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/analyses",
    {
      config: { permission: "survey.analyse" },
      schema: {
        tags,
        summary: "The survey's open text questions with their current analysis (analysts)",
        params: surveyParams,
        response: { 200: analysisListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return analysisList(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
      });
    },
  );

  r.post(
    `${base}`,
    {
      config: { permission: "survey.analyse" },
      schema: {
        tags,
        summary: "Analyse the question's open answers anew, in a worker (202; poll for progress)",
        params: questionParams,
        response: { 202: analysisResponse },
      },
    },
    async (request, reply) => {
      const target = member(request);
      const { analysis } = await startAnalysis(db, { ...target, workers });
      return reply.code(202).send(await present(analysis));
    },
  );

  r.get(
    base,
    opts("The question's current analysis: progress, then themes (analysts)", questionParams),
    async (request) => {
      const target = member(request);
      return present(await loadAnalysis(db, target));
    },
  );

  r.post(
    `${base}/merge`,
    opts("Merge two or more themes (un-signs the analysis)", questionParams, {
      body: z.object({ ids: z.array(id).min(2).max(50), label: label.optional() }),
    }),
    async (request) => {
      const target = member(request);
      const { ids, label: l } = request.body as { ids: string[]; label?: string };
      const edit = { type: "merge" as const, ids, ...(l ? { label: l } : {}) };
      return present(await editThemes(db, { ...target, workers, edit }));
    },
  );

  r.post(
    `${base}/themes/:themeId/split`,
    opts("Split a theme in two or more (un-signs the analysis)", themeParams, {
      body: z.object({ parts: z.number().int().min(2).max(5).default(2) }),
    }),
    async (request) => {
      const target = member(request);
      const { themeId } = request.params as z.infer<typeof themeParams>;
      const { parts } = request.body as { parts: number };
      return present(
        await editThemes(db, { ...target, workers, edit: { type: "split", themeId, parts } }),
      );
    },
  );

  r.put(
    `${base}/themes/:themeId/label`,
    opts("Rename a theme (un-signs the analysis)", themeParams, { body: z.object({ label }) }),
    async (request) => {
      const target = member(request);
      const { themeId } = request.params as z.infer<typeof themeParams>;
      const edit = {
        type: "rename" as const,
        themeId,
        label: (request.body as { label: string }).label,
      };
      return present(await editThemes(db, { ...target, workers, edit }));
    },
  );

  r.put(
    `${base}/themes/:themeId/quotes`,
    opts(
      "Pick the theme's quotes among its answers; [] = the suggested ones (un-signs)",
      themeParams,
      {
        body: z.object({ answerIds: z.array(z.uuid()).max(10) }),
      },
    ),
    async (request) => {
      const target = member(request);
      const { themeId } = request.params as z.infer<typeof themeParams>;
      const { answerIds } = request.body as { answerIds: string[] };
      return present(await pickQuotes(db, { ...target, themeId, answerIds }));
    },
  );

  r.put(
    `${base}/answers/:answerId/quote-exclusion`,
    opts("Keep an answer out of quotes, or let it back (un-signs)", answerParams, {
      body: z.object({ excluded: z.boolean() }),
    }),
    async (request) => {
      const target = member(request);
      const { answerId } = request.params as z.infer<typeof answerParams>;
      const { excluded } = request.body as { excluded: boolean };
      return present(await setQuoteExcluded(db, { ...target, answerId, excluded }));
    },
  );

  r.post(
    `${base}/sign-off`,
    opts("Sign off the themes as they are (who, when, which analysis)", questionParams),
    async (request) => {
      const target = member(request);
      return present(await signOff(db, target));
    },
  );

  r.post(
    `${base}/llm-summaries`,
    {
      config: { permission: "survey.analyse" as const },
      schema: {
        tags,
        summary:
          "Start summarising each theme with the county's language model (202; poll the analysis); its answers are sent (logged)",
        params: questionParams,
        response: { 202: analysisResponse },
      },
    },
    async (request, reply) => {
      const target = member(request);
      if (!llm)
        throw new AppError(
          "conflict",
          "No language model is configured (LLM_BASE_URL, LLM_MODEL).",
        );
      const { analysis } = await startSummaries(db, target, { llm, outbound: ctx.config.outbound });
      return reply.code(202).send(await present(analysis));
    },
  );

  r.get(
    `${base}/themes/:themeId/answers`,
    {
      config: { permission: "survey.analyse" },
      schema: {
        tags,
        summary: "The answers behind a theme, a page at a time (the read is logged)",
        params: themeParams,
        querystring: z.object({
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: themeAnswersResponse },
      },
    },
    async (request) => {
      const target = member(request);
      return themeAnswers(db, { ...target, themeId: request.params.themeId, ...request.query });
    },
  );
}
