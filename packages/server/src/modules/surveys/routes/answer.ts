import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  answerable,
  type OpenSurvey,
  publicSurvey,
  responseByToken,
  saveAnswers,
  startResponse,
  submitResponse,
} from "../answering.js";
import {
  myResponseResponse,
  publicSurveyResponse,
  toMyResponse,
  toPublicSurvey,
} from "../responses.js";
import type { SurveyServices } from "../services.js";
import { answersBody, saveSchema, startSchema } from "../validation.js";

const params = z.object({ slug: slugParam, surveySlug: slugParam });
const tags = ["surveys (residents)"];
/** The resume token travels in this header (from a saved link) or in the cookie. */
export const RESUME_HEADER = "x-survey-resume";
const headers = z.object({ [RESUME_HEADER]: z.string().max(100).optional() });
const THIRTY_DAYS = 30 * 24 * 3600;

/** The cookie of one survey's response: scoped to that survey's API path. */
const cookieName = (open: OpenSurvey) => `kuulo_survey_${open.survey.id.replaceAll("-", "")}`;
const cookiePath = (open: OpenSurvey) =>
  `/api/orgs/${open.organization.slug}/s/${open.survey.slug}`;

function resumeToken(request: FastifyRequest, open: OpenSurvey): string | undefined {
  const header = request.headers[RESUME_HEADER];
  return (
    (typeof header === "string" && header ? header : undefined) ?? request.cookies[cookieName(open)]
  );
}

/**
 * Residents answering a survey, without signing in: the survey by its public address, a
 * response started with a save-and-continue token (an httpOnly cookie, and a link to keep),
 * pages saved one at a time, and the submission.
 */
export function surveyAnswerRoutes(app: FastifyInstance, ctx: ModuleContext<SurveyServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The organization, survey and frozen version: cached per process (services.ts).
  const open = (p: { slug: string; surveySlug: string }) =>
    ctx.services.openSurveys.get(p.slug, p.surveySlug, () =>
      publicSurvey(db, { orgSlug: p.slug, surveySlug: p.surveySlug }),
    );
  const setCookie = (reply: FastifyReply, survey: OpenSurvey, token: string) =>
    reply.setCookie(cookieName(survey), token, {
      path: cookiePath(survey),
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.secureCookies,
      maxAge: THIRTY_DAYS,
    });

  r.get(
    "/api/orgs/:slug/s/:surveySlug",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A published survey's questions, pages and conditions",
        params,
        response: { 200: publicSurveyResponse },
      },
    },
    async (request) => {
      const s = await open(request.params);
      return toPublicSurvey(s.survey, s.version, s.definition, answerable(s.survey));
    },
  );

  r.post(
    "/api/orgs/:slug/s/:surveySlug/responses",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "Start answering (or continue a personal invitation's answer); gives the resume token",
        params,
        body: startSchema,
        response: { 201: myResponseResponse },
      },
    },
    async (request, reply) => {
      const s = await open(request.params);
      const { response, token } = await startResponse(db, {
        open: s,
        ...(request.body.invitation ? { invitation: request.body.invitation } : {}),
        ...(request.body.kiosk ? { kiosk: request.body.kiosk } : {}),
        limit: { address: request.ip, perTenMinutes: ctx.config.surveyRateLimitPerAddress },
      });
      // A kiosk's tablet keeps no cookie: the next person starts afresh.
      if (!request.body.kiosk) setCookie(reply, s, token);
      return reply.code(201).send(toMyResponse(response, token));
    },
  );

  r.get(
    "/api/orgs/:slug/s/:surveySlug/response",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "My unfinished response, by its resume token (cookie or header)",
        params,
        headers,
        response: { 200: myResponseResponse },
      },
    },
    async (request, reply) => {
      const s = await open(request.params);
      const token = resumeToken(request, s);
      const { response } = await responseByToken(db, { open: s, token });
      // Continuing from a saved link on another device: that browser keeps the cookie too.
      if (token && !request.cookies[cookieName(s)]) setCookie(reply, s, token);
      return toMyResponse(response);
    },
  );

  r.put(
    "/api/orgs/:slug/s/:surveySlug/response",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Save answers (the page left: its required questions are checked)",
        params,
        headers,
        body: saveSchema,
        response: { 200: myResponseResponse },
      },
    },
    async (request) => {
      const s = await open(request.params);
      const saved = await saveAnswers(db, {
        open: s,
        token: resumeToken(request, s),
        answers: request.body.answers,
        ...(request.body.page ? { page: request.body.page } : {}),
      });
      return toMyResponse(saved);
    },
  );

  r.post(
    "/api/orgs/:slug/s/:surveySlug/response/submit",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Submit the response: every required visible question must be answered",
        params,
        headers,
        body: z.strictObject({ answers: answersBody.default({}) }),
        response: { 200: myResponseResponse },
      },
    },
    async (request, reply) => {
      const s = await open(request.params);
      const submitted = await submitResponse(db, {
        open: s,
        token: resumeToken(request, s),
        answers: request.body.answers,
      });
      reply.clearCookie(cookieName(s), { path: cookiePath(s) });
      return toMyResponse(submitted);
    },
  );
}
