import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { measureResponse, tableSummary, toMeasure, toTableSummary } from "../responses.js";
import { addMeasure, editRecommendation, updateTableSettings } from "../rows.js";
import type { ActionServices } from "../services.js";
import { newMeasureSchema, recommendationSchema, tableSettingsSchema } from "../validation.js";

const tags = ["actions (staff)"];
const tableParams = z.object({ slug: slugParam, tableId: z.uuid() });
const recommendationResponse = z.object({ id: z.string(), number: z.number(), text: z.string() });

/** Staff: adding measures and recommendations, a recommendation's text, a table's settings. */
export function actionRowRoutes(app: FastifyInstance, ctx: ModuleContext<ActionServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/orgs/:slug/actions/tables/:tableId/measures",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary: "Add a measure under a recommendation, or with a new recommendation",
        params: tableParams,
        body: newMeasureSchema,
        response: { 201: measureResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const measure = await addMeasure(db, {
        organizationId: organization.id,
        tableId: request.params.tableId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toMeasure(measure));
    },
  );

  r.patch(
    "/api/orgs/:slug/actions/recommendations/:recommendationId",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary: "Change a recommendation's text (kept in the history)",
        params: z.object({ slug: slugParam, recommendationId: z.uuid() }),
        body: recommendationSchema,
        response: { 200: recommendationResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const saved = await editRecommendation(db, {
        organizationId: organization.id,
        recommendationId: request.params.recommendationId,
        text: request.body.text,
        actor: { userId: session.user.id },
      });
      return { id: saved.id, number: saved.number, text: saved.text };
    },
  );

  r.patch(
    "/api/orgs/:slug/actions/tables/:tableId",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary: "A table's title, status set and reminder period",
        params: tableParams,
        body: tableSettingsSchema,
        response: { 200: tableSummary },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const table = await updateTableSettings(db, {
        organizationId: organization.id,
        tableId: request.params.tableId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return toTableSummary(table);
    },
  );
}
