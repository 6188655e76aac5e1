import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { importSurveyFile, previewImport } from "./import.js";
import { importResponse, previewResponse } from "./responses.js";
import { IMPORT_BODY_LIMIT, importSchema, previewSchema } from "./validation.js";

const slugParams = z.object({ slug: slugParam });
const tags = ["surveys"];

/** Staff: import results made elsewhere (CSV or XLSX, base64 in JSON). */
export function surveyExchangeRoutes(app: FastifyInstance, ctx: ModuleContext<unknown>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/orgs/:slug/surveys/import/preview",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary:
          "Read a CSV or XLSX file of results and propose a survey for it; stores nothing (staff)",
        params: slugParams,
        body: previewSchema,
        response: { 200: previewResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return previewImport(db, { organizationId: organization.id, input: request.body });
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/import",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary:
          "Import a CSV or XLSX file's rows as responses (channel import) into a new or existing survey, all or nothing (staff)",
        params: slugParams,
        body: importSchema,
        response: { 201: importResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const result = await importSurveyFile(db, {
        organizationId: organization.id,
        userId: session.user.id,
        input: request.body,
      });
      return reply.code(201).send(result);
    },
  );
}
