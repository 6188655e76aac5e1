import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { PanelServices } from "../services.js";
import { feedbackOf } from "../sessions/feedback.js";
import { materialsOf } from "../sessions/materials.js";
import { addTableNote, sessionNotes } from "../sessions/notes.js";
import {
  facilitatorsResponse,
  notesResponse,
  panelistSessionsResponse,
  tablesResponse,
  toNotes,
  toPanelistSessions,
  toTables,
} from "../sessions/responses.js";
import { panelistTables, sessionTables } from "../sessions/table-views.js";
import {
  assignSessionTables,
  moveSeat,
  panelFacilitators,
  setFacilitator,
} from "../sessions/tables.js";
import { panelistOfRequest } from "./panelist-session.js";

const tags = ["panels"];
const sessionParams = z.object({ slug: slugParam, panelId: z.uuid(), sessionId: z.uuid() });
const tableParams = sessionParams.extend({ tableNumber: z.coerce.number().int().min(1).max(500) });

/**
 * A session's tables (balanced over the strata, moves by hand, facilitators), the facilitators'
 * notes and the tables' proposals, and the panelist's own table in their space.
 */
export function panelSessionRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/orgs/:slug/panels/:panelId/sessions/:sessionId";
  const tablesOf = async (organizationId: string, p: z.infer<typeof sessionParams>) =>
    toTables(
      await sessionTables(db, { organizationId, panelId: p.panelId, sessionId: p.sessionId }),
    );

  r.get(
    "/api/orgs/:slug/panels/:panelId/facilitators",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "The staff who can facilitate the panel's tables (the facilitator role): id and name",
        params: sessionParams.omit({ sessionId: true }),
        response: { 200: facilitatorsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return {
        facilitators: await panelFacilitators(db, {
          organizationId: organization.id,
          panelId: request.params.panelId,
          actor: { userId: session.user.id },
        }),
      };
    },
  );

  r.get(
    `${base}/tables`,
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "A session's tables: facilitators, who sits where, how evenly the strata mix",
        params: sessionParams,
        response: { 200: tablesResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return tablesOf(organization.id, request.params);
    },
  );

  r.post(
    `${base}/tables`,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Seat the confirmed panelists at tables balanced over the quota features (seeded, reproducible)",
        params: sessionParams,
        body: z.strictObject({
          tables: z.number().int().min(1).max(200).optional(),
          tableSize: z.number().int().min(2).max(50).optional(),
          seed: z.string().max(200).optional(),
        }),
        response: { 200: tablesResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await assignSessionTables(db, {
        organizationId: organization.id,
        ...request.params,
        ...request.body,
        actor: { userId: session.user.id },
      });
      return tablesOf(organization.id, request.params);
    },
  );

  r.put(
    `${base}/seats/:candidateId`,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Move a panelist to another table of the session by hand",
        params: sessionParams.extend({ candidateId: z.uuid() }),
        body: z.strictObject({ tableNumber: z.number().int().min(1).max(500) }),
        response: { 200: tablesResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await moveSeat(db, {
        organizationId: organization.id,
        ...request.params,
        tableNumber: request.body.tableNumber,
        actor: { userId: session.user.id },
      });
      return tablesOf(organization.id, request.params);
    },
  );

  r.put(
    `${base}/tables/:tableNumber/facilitator`,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Set (or clear) the facilitator of a table: a staff member with the facilitator role",
        params: tableParams,
        body: z.strictObject({ facilitatorId: z.uuid().nullable() }),
        response: { 200: tablesResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await setFacilitator(db, {
        organizationId: organization.id,
        ...request.params,
        facilitatorId: request.body.facilitatorId,
        actor: { userId: session.user.id },
      });
      return tablesOf(organization.id, request.params);
    },
  );

  r.get(
    `${base}/notes`,
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "The facilitators' notes and the tables' proposals of a session",
        params: sessionParams,
        response: { 200: notesResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return toNotes(
        await sessionNotes(db, { organizationId: organization.id, ...request.params }),
      );
    },
  );

  r.post(
    `${base}/tables/:tableNumber/notes`,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Write down a table's note, or its proposal (which also goes to the statement's proposals)",
        params: tableParams,
        body: z.strictObject({
          kind: z.enum(["note", "proposal"]),
          text: z.string().max(4000),
        }),
        response: { 201: notesResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await addTableNote(db, {
        organizationId: organization.id,
        ...request.params,
        ...request.body,
        actor: { userId: session.user.id },
      });
      const notes = await sessionNotes(db, { organizationId: organization.id, ...request.params });
      return reply.status(201).send(toNotes(notes));
    },
  );

  r.get(
    "/api/orgs/:slug/panelists/me/sessions",
    {
      config: { access: "public" },
      schema: {
        tags: ["panels (public)"],
        summary: "The panelist's own table in each session and the panel's materials",
        params: z.object({ slug: slugParam }),
        response: { 200: panelistSessionsResponse },
      },
    },
    async (request) => {
      const p = await panelistOfRequest(db, request.params.slug, request);
      if (p.candidate.status !== "confirmed" && p.candidate.status !== "selected")
        throw new AppError("auth.forbidden", "Only seated panelists have a table and materials.");
      const scope = { organizationId: p.organization.id, panelId: p.panel.id };
      const feedback = (await feedbackOf(db, scope)).find((f) => f.audience === "panelists");
      return toPanelistSessions(
        await panelistTables(db, { ...scope, candidateId: p.candidate.id }),
        await materialsOf(db, scope),
        feedback ? `/${request.params.slug}/surveys/${feedback.surveySlug}` : null,
      );
    },
  );
}
