import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { poolComposition } from "../composition/composition.js";
import { loadPopulation, uploadPopulation } from "../composition/population.js";
import { checkDraw, listDraws, loadDraw, makeDraw, previewStrata } from "../draws/draw.js";
import {
  compositionResponse,
  drawCheckResponse,
  drawListResponse,
  drawResponse,
  populationResponse,
  strataPreviewResponse,
  toDraw,
  toDrawSummary,
} from "../draws/responses.js";
import { drawSchema, strataPreviewSchema } from "../draws/validation.js";
import type { PoolServices } from "../services.js";
import { requirePoolScope } from "../sharing/scope.js";
import { poolQuerySchema } from "../validation.js";

const slugParams = z.object({ slug: slugParam });
const drawParams = z.object({ slug: slugParam, drawId: z.uuid() });
const tags = ["pool"];

const toPopulation = (p: Awaited<ReturnType<typeof uploadPopulation>>) => ({
  ...p,
  uploadedAt: p.uploadedAt.toISOString(),
});

/** Staff routes: the population table, composition against it, draws and their re-run check. */
export function poolDrawRoutes(app: FastifyInstance, ctx: ModuleContext<PoolServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/pool/population",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "The population table the pool is compared with (staff)",
        params: slugParams,
        response: { 200: z.object({ population: populationResponse.nullable() }) },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const loaded = await loadPopulation(db, organization.id);
      return { population: loaded ? toPopulation(loaded.stored) : null };
    },
  );

  r.put(
    "/api/orgs/:slug/pool/population",
    {
      config: { permission: "pool.manage" },
      schema: {
        tags,
        summary: "Upload the population table: StatFin 11re as JSON-stat 2 (staff)",
        params: slugParams,
        body: z.object({ data: z.record(z.string(), z.unknown()) }),
        response: { 200: populationResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const stored = await uploadPopulation(db, {
        organizationId: organization.id,
        data: request.body.data,
        actor: { userId: session.user.id },
      });
      return toPopulation(stored);
    },
  );

  r.get(
    "/api/orgs/:slug/pool/composition",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "Active members, or a draw's members, against the population (staff)",
        params: slugParams,
        querystring: z.strictObject({
          draw: z.uuid().optional(),
          pool: poolQuerySchema.shape.pool,
        }),
        response: { 200: compositionResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      const composition = await poolComposition(db, {
        ...scope,
        drawId: request.query.draw,
      });
      return { ...composition, population: toPopulation(composition.population) };
    },
  );

  r.get(
    "/api/orgs/:slug/pool/draws",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "Groups drawn from the pool, newest first (staff)",
        params: slugParams,
        querystring: poolQuerySchema,
        response: { 200: drawListResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      const draws = await listDraws(db, scope);
      return { draws: draws.map(toDrawSummary) };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/draws",
    {
      config: { permission: "pool.draw" },
      schema: {
        tags,
        summary: "Draw a group of consenting active members: random or stratified (staff)",
        params: slugParams,
        querystring: poolQuerySchema,
        body: drawSchema,
        response: { 201: drawResponse },
      },
    },
    async (request, reply) => {
      const { scope, session } = await requirePoolScope(db, request, {
        poolSlug: request.query.pool,
      });
      const draw = await makeDraw(db, {
        ...scope,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toDraw(draw));
    },
  );

  r.post(
    "/api/orgs/:slug/pool/draws/strata",
    {
      config: { permission: "pool.draw" },
      schema: {
        tags,
        summary: "Eligible members per stratum, for setting a stratified draw's counts (staff)",
        params: slugParams,
        body: strataPreviewSchema,
        response: { 200: strataPreviewResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const strata = await previewStrata(db, {
        organizationId: organization.id,
        input: request.body,
      });
      return { strata };
    },
  );

  r.get(
    "/api/orgs/:slug/pool/draws/:drawId",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "One draw: method, seed, parameters, strata and drawn member ids (staff)",
        params: drawParams,
        querystring: poolQuerySchema,
        response: { 200: drawResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      return toDraw(await loadDraw(db, { ...scope, drawId: request.params.drawId }));
    },
  );

  r.post(
    "/api/orgs/:slug/pool/draws/:drawId/check",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "Re-run a draw from its recorded list and seed and compare (staff)",
        params: drawParams,
        querystring: poolQuerySchema,
        response: { 200: drawCheckResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      return checkDraw(db, { ...scope, drawId: request.params.drawId });
    },
  );
}
