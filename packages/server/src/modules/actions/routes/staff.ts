import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { listStaff } from "../../identity/index.js";
import { editMeasure, editorUnits, setEditorUnits, tableHistory } from "../measures.js";
import { cellsFromFile } from "../open-data.js";
import {
  editorUnitsResponse,
  measureResponse,
  tableDetailResponse,
  tableListResponse,
  tableSummary,
  toChange,
  toMeasure,
  toRecommendations,
  toTableSummary,
} from "../responses.js";
import type { ActionServices } from "../services.js";
import {
  findTable,
  importActionTable,
  listTables,
  publishActionTable,
  tableRows,
} from "../tables.js";
import { editorUnitsSchema, importSchema, measureSchema, publishSchema } from "../validation.js";

const tags = ["actions (staff)"];
const slugParams = z.object({ slug: slugParam });
const tableParams = z.object({ slug: slugParam, tableId: z.uuid() });

/** Staff: list, import and publish tables, edit measures, see the history, editors' units. */
export function actionStaffRoutes(app: FastifyInstance, ctx: ModuleContext<ActionServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/actions/tables",
    {
      config: { permission: "actions.read" },
      schema: {
        tags,
        summary: "The organization's action tables",
        params: slugParams,
        response: { 200: tableListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return {
        tables: (await listTables(db, { organizationId: organization.id })).map(toTableSummary),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/actions/tables",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary:
          "Import a table from a CSV or XLSX file (Suositus | Toimenpide | Aikataulu | Status | Vastuu | Lisätieto) or a sheet's cells; all or nothing",
        params: slugParams,
        body: importSchema,
        response: { 201: tableSummary },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const { file, rows: given, ...rest } = request.body;
      const cells =
        file !== undefined ? cellsFromFile(Buffer.from(file, "base64")) : { rows: given ?? [] };
      const table = await importActionTable(db, {
        ...rest,
        organizationId: organization.id,
        rows: cells.rows,
        ...("lines" in cells ? { lines: cells.lines } : {}),
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toTableSummary(table));
    },
  );

  r.get(
    "/api/orgs/:slug/actions/tables/:tableId",
    {
      config: { permission: "actions.read" },
      schema: {
        tags,
        summary: "A table with its rows and full history",
        params: tableParams,
        response: { 200: tableDetailResponse },
      },
    },
    async (request) => {
      const { organization, session, roles } = request.member;
      const table = await findTable(db, {
        organizationId: organization.id,
        tableId: request.params.tableId,
      });
      const names = new Map(
        (await listStaff(db, { organizationId: organization.id })).map((s) => [
          s.id,
          s.displayName,
        ]),
      );
      const history = await tableHistory(db, { tableId: table.id });
      return {
        ...toTableSummary(table),
        recommendations: toRecommendations(await tableRows(db, table)),
        history: history.map((h) => ({
          ...toChange(h),
          actor: h.actorLabel ?? (h.actorUserId ? (names.get(h.actorUserId) ?? "") : ""),
        })),
        editableUnits: await editorUnits(db, {
          organizationId: organization.id,
          userId: session.user.id,
          roles,
        }),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/actions/tables/:tableId/publish",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary: "Publish or withdraw a table",
        params: tableParams,
        body: publishSchema,
        response: { 200: tableSummary },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const table = await publishActionTable(db, {
        organizationId: organization.id,
        tableId: request.params.tableId,
        published: request.body.published,
        actor: { userId: session.user.id },
      });
      return toTableSummary(table);
    },
  );

  r.patch(
    "/api/orgs/:slug/actions/measures/:measureId",
    {
      config: { permission: "actions.edit" },
      schema: {
        tags,
        summary:
          "Update a measure (status, schedule, unit, notes, decisions); every change is kept in the history",
        params: z.object({ slug: slugParam, measureId: z.uuid() }),
        body: measureSchema,
        response: { 200: measureResponse },
      },
    },
    async (request) => {
      const { organization, session, roles } = request.member;
      const units = await editorUnits(db, {
        organizationId: organization.id,
        userId: session.user.id,
        roles,
      });
      const saved = await editMeasure(db, {
        organizationId: organization.id,
        measureId: request.params.measureId,
        changes: request.body,
        units,
        actor: { userId: session.user.id },
      });
      return toMeasure(saved);
    },
  );

  r.put(
    "/api/orgs/:slug/actions/editors/:userId",
    {
      config: { permission: "actions.manage" },
      schema: {
        tags,
        summary: "The units an action editor may edit (none: every row)",
        params: z.object({ slug: slugParam, userId: z.uuid() }),
        body: editorUnitsSchema,
        response: { 200: editorUnitsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const staff = await listStaff(db, { organizationId: organization.id });
      if (!staff.some((s) => s.id === request.params.userId)) {
        throw new AppError("not_found", "No such staff member in this organization.");
      }
      const units = await setEditorUnits(db, {
        organizationId: organization.id,
        userId: request.params.userId,
        units: request.body.units,
        actor: { userId: session.user.id },
      });
      return { units };
    },
  );
}
