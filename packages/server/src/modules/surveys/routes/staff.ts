import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  createSurvey,
  listSurveys,
  publishSurvey,
  setSurveyStatus,
  surveyDetail,
  updateSurvey,
} from "../building.js";
import { enterResponse, listResponses } from "../entries.js";
import { startKiosk } from "../kiosk.js";
import {
  enteredResponse,
  publishedResponse,
  responseListResponse,
  surveyListResponse,
  surveyResponse,
  toEntered,
  toResponseList,
  toSurvey,
  toSurveyList,
} from "../responses.js";
import type { SurveyServices } from "../services.js";
import {
  createSurveySchema,
  kioskSchema,
  staffEntrySchema,
  statusSchema,
  updateSurveySchema,
} from "../validation.js";

const slugParams = z.object({ slug: slugParam });
const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });
const tags = ["surveys"];

/** Staff: build, publish, open and close surveys; enter paper and interview answers; read answers. */
export function surveyStaffRoutes(app: FastifyInstance, ctx: ModuleContext<SurveyServices>): void {
  const db = ctx.database.db;
  // Settings, versions and status are what the answering path caches: forget it on changes.
  const changed = () => ctx.services.openSurveys.clear();
  const r = app.withTypeProvider<ZodTypeProvider>();
  const detail = async (organizationId: string, surveyId: string) => {
    const d = await surveyDetail(db, { organizationId, surveyId });
    return toSurvey(d.survey, d.version, d.counts);
  };

  r.get(
    "/api/orgs/:slug/surveys",
    {
      config: { permission: "survey.read" },
      schema: {
        tags,
        summary: "The organization's surveys (staff)",
        params: slugParams,
        response: { 200: surveyListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return toSurveyList(await listSurveys(db, organization.id));
    },
  );

  r.post(
    "/api/orgs/:slug/surveys",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Create a survey with its first draft (staff)",
        params: slugParams,
        body: createSurveySchema,
        response: { 201: surveyResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const survey = await createSurvey(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send(await detail(organization.id, survey.id));
    },
  );

  r.get(
    "/api/orgs/:slug/surveys/:surveyId",
    {
      config: { permission: "survey.read" },
      schema: {
        tags,
        summary: "A survey with its draft and newest version (staff)",
        params: surveyParams,
        response: { 200: surveyResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return detail(organization.id, request.params.surveyId);
    },
  );

  r.patch(
    "/api/orgs/:slug/surveys/:surveyId",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Save the draft and settings; published versions stay as they were (staff)",
        params: surveyParams,
        body: updateSurveySchema,
        response: { 200: surveyResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      await updateSurvey(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        input: request.body,
      });
      changed();
      return detail(organization.id, request.params.surveyId);
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/:surveyId/publish",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Publish the draft as a new frozen version and open the survey (staff)",
        params: surveyParams,
        response: { 200: publishedResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { version, created } = await publishSurvey(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        actor: { userId: session.user.id },
      });
      changed();
      return { version: version.number, created, publishedAt: version.publishedAt.toISOString() };
    },
  );

  r.put(
    "/api/orgs/:slug/surveys/:surveyId/status",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Open or close the survey for answers (staff)",
        params: surveyParams,
        body: statusSchema,
        response: { 200: surveyResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await setSurveyStatus(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        status: request.body.status,
        actor: { userId: session.user.id },
      });
      changed();
      return detail(organization.id, request.params.surveyId);
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/:surveyId/entries",
    {
      config: { permission: "survey.responses.enter" },
      schema: {
        tags,
        summary: "Enter a paper form or an interview, with its source (staff)",
        params: surveyParams,
        body: staffEntrySchema,
        response: { 201: enteredResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const response = await enterResponse(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        userId: session.user.id,
        input: request.body,
      });
      return reply.code(201).send(toEntered(response));
    },
  );

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/responses",
    {
      config: { permission: "survey.results.read" },
      schema: {
        tags,
        summary: "The survey's complete responses with their answers (staff; the read is logged)",
        params: surveyParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(5000).default(500) }),
        response: { 200: responseListResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return toResponseList(
        await listResponses(db, {
          organizationId: organization.id,
          surveyId: request.params.surveyId,
          userId: session.user.id,
          limit: request.query.limit,
        }),
      );
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/:surveyId/kiosk",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary:
          "Start a kiosk for an event: a link that takes a fresh respondent each time (staff)",
        params: surveyParams,
        body: kioskSchema,
        response: { 201: z.object({ token: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const kiosk = await startKiosk(db, {
        organizationId: organization.id,
        surveyId: request.params.surveyId,
        eventName: request.body.eventName,
        userId: session.user.id,
      });
      return reply.code(201).send({ token: kiosk.token, expiresAt: kiosk.expiresAt.toISOString() });
    },
  );
}
