import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import type { ActionServices } from "../services.js";
import { findPublishedTable } from "../tables.js";
import {
  linkSource,
  producedBy,
  recommendationTrail,
  tableSources,
  unlinkSource,
} from "../trail.js";
import {
  producedResponse,
  sourceLinkResponse,
  sourceListResponse,
  toProduced,
  toSourceLink,
  toTrail,
  trailResponse,
} from "../trail-responses.js";
import { publicSourcePages, sourceIdOf } from "../trail-sources.js";
import { linkSourceSchema } from "../validation.js";

const staffTags = ["actions (staff)"];
const publicTags = ["actions (public)"];

/** The trail: staff link recommendations to their sources; residents follow the chain. */
export function actionTrailRoutes(app: FastifyInstance, ctx: ModuleContext<ActionServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/actions/tables/:tableId/sources",
    {
      config: { permission: "actions.read" },
      schema: {
        tags: staffTags,
        summary: "The sources linked to a table's recommendations",
        params: z.object({ slug: slugParam, tableId: z.uuid() }),
        response: { 200: sourceListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const sources = await tableSources(db, {
        organizationId: organization.id,
        tableId: request.params.tableId,
      });
      return { sources: [...sources.values()].flat().map(toSourceLink) };
    },
  );

  r.post(
    "/api/orgs/:slug/actions/recommendations/:recommendationId/sources",
    {
      config: { permission: "actions.edit" },
      schema: {
        tags: staffTags,
        summary: "Link a source to a recommendation (what it said is kept as it is now)",
        params: z.object({ slug: slugParam, recommendationId: z.uuid() }),
        body: linkSourceSchema,
        response: { 201: sourceLinkResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const saved = await linkSource(db, {
        organizationId: organization.id,
        recommendationId: request.params.recommendationId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toSourceLink(saved));
    },
  );

  r.delete(
    "/api/orgs/:slug/actions/sources/:sourceLinkId",
    {
      config: { permission: "actions.edit" },
      schema: {
        tags: staffTags,
        summary: "Unlink a source from its recommendation (kept in the history)",
        params: z.object({ slug: slugParam, sourceLinkId: z.uuid() }),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await unlinkSource(db, {
        organizationId: organization.id,
        sourceLinkId: request.params.sourceLinkId,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/orgs/:slug/actions/public/:table/recommendations/:number",
    {
      config: { access: "public" },
      schema: {
        tags: publicTags,
        summary: "A recommendation's trail: its sources, measures and decisions",
        params: z.object({
          slug: slugParam,
          table: z.string().min(1).max(60),
          number: z.coerce.number().int().min(1).max(100_000),
        }),
        response: { 200: trailResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      const table = await findPublishedTable(db, {
        organizationId: organization.id,
        slug: request.params.table,
      });
      const trail = await recommendationTrail(db, { table, number: request.params.number });
      const pages = await publicSourcePages(db, {
        organizationId: organization.id,
        organizationSlug: organization.slug,
        refs: trail.sources,
      });
      return toTrail({ table, ...trail, pages });
    },
  );

  r.get(
    "/api/orgs/:slug/actions/produced",
    {
      config: { access: "public" },
      schema: {
        tags: publicTags,
        summary:
          "What came of a conversation (public id) or a survey (slug): recommendations citing it",
        params: z.object({ slug: slugParam }),
        querystring: z
          .strictObject({
            conversation: z.string().min(1).max(100).optional(),
            survey: z.string().min(1).max(100).optional(),
          })
          .refine((q) => (q.conversation === undefined) !== (q.survey === undefined), {
            message: "give either conversation or survey",
            path: ["conversation"],
          }),
        response: { 200: producedResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      const source = await sourceIdOf(db, { organizationId: organization.id, ...request.query });
      return toProduced(await producedBy(db, { organizationId: organization.id, ...source }));
    },
  );
}
