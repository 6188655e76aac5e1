import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleContext } from "../../define.js";
import { invitePanelists } from "../confirmations.js";
import { replaceAndInvite } from "../leavers.js";
import {
  inviteResponse,
  panelDetail,
  replaceResponse,
  selectionResponse,
  toCandidate,
  toPanelDetail,
  toSelection,
} from "../responses.js";
import { announceSeed, drawPanelSeats, selectionsOf } from "../selection.js";
import type { PanelServices } from "../services.js";
import { findPanel, sessionsOf } from "../setup.js";
import { drawSchema, inviteSchema, seedAnnouncementSchema, withdrawSchema } from "../validation.js";
import { panelParams } from "./staff.js";

const tags = ["panels (staff)"];

/** Staff: the seed announcement, the draw, invitations and replacements. */
export function panelSelectionRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<PanelServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    "/api/orgs/:slug/panels/:panelId/seed-announcement",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Announce where the draw's seed will come from and when it is known (public)",
        params: panelParams,
        body: seedAnnouncementSchema,
        response: { 200: panelDetail },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const panel = await announceSeed(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        announcement: request.body.announcement,
        knownAt: new Date(request.body.knownAt),
        actor: { userId: session.user.id },
      });
      return toPanelDetail(panel, await sessionsOf(db, panel));
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/draw",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Draw the panel with the announced seed: LEXIMIN over the candidates within the quotas (422 with the smallest relaxation when none fits)",
        params: panelParams,
        body: drawSchema,
        response: { 201: selectionResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const selection = await drawPanelSeats(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        seed: request.body.seed,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toSelection(selection));
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/selections",
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "The panel's draw and replacements",
        params: panelParams,
        response: { 200: z.object({ selections: z.array(selectionResponse) }) },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const panel = await findPanel(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return { selections: (await selectionsOf(db, panel)).map(toSelection) };
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/invitations",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Invite the seated not yet invited: a one-time link by email (or SMS), answer by the deadline",
        params: panelParams,
        body: inviteSchema,
        response: { 200: inviteResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return invitePanelists(db, ctx.services.sealer, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        panelId: request.params.panelId,
        deadline: new Date(request.body.deadline),
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/withdrawals",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Mark seated panelists withdrawn: their seats are refilled within the quotas and the replacements invited",
        params: panelParams,
        body: withdrawSchema,
        response: { 200: replaceResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const result = await replaceAndInvite(db, ctx.services.sealer, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        panelId: request.params.panelId,
        candidateIds: request.body.candidateIds,
        reason: "withdrawn",
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
      return { replacements: result.replacements.map(toCandidate), invited: result.invited };
    },
  );
}
