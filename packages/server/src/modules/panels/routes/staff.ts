import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { addCandidates, candidateContact, candidateSummary, candidatesOf } from "../candidates.js";
import {
  addedResponse,
  candidateListResponse,
  contactResponse,
  panelDetail,
  panelListResponse,
  summaryResponse,
  toCandidate,
  toPanelDetail,
  toPanelSummary,
} from "../responses.js";
import type { PanelServices } from "../services.js";
import {
  createPanel,
  findPanel,
  listPanels,
  sessionsOf,
  setPanelStatus,
  updatePanel,
} from "../setup.js";
import { candidatesSchema, setupSchema, statusSchema } from "../validation.js";

const tags = ["panels (staff)"];
const slugParams = z.object({ slug: slugParam });
export const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });
const candidateParams = panelParams.extend({ candidateId: z.uuid() });

/** Staff: set up panels, fill the candidate list, see it against the quotas. */
export function panelStaffRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const detail = async (panel: Awaited<ReturnType<typeof findPanel>>) =>
    toPanelDetail(panel, await sessionsOf(db, panel));

  r.get(
    "/api/orgs/:slug/panels",
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "The organization's resident panels",
        params: slugParams,
        response: { 200: panelListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return {
        panels: (await listPanels(db, { organizationId: organization.id })).map(toPanelSummary),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/panels",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Set up a panel (draft): questions, sessions, size, quotas, fee rules, source",
        params: slugParams,
        body: setupSchema,
        response: { 201: panelDetail },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const panel = await createPanel(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(await detail(panel));
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId",
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "A panel's set-up",
        params: panelParams,
        response: { 200: panelDetail },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return detail(
        await findPanel(db, { organizationId: organization.id, panelId: request.params.panelId }),
      );
    },
  );

  r.put(
    "/api/orgs/:slug/panels/:panelId",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Replace a panel's set-up (before the draw)",
        params: panelParams,
        body: setupSchema,
        response: { 200: panelDetail },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const panel = await updatePanel(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return detail(panel);
    },
  );

  r.put(
    "/api/orgs/:slug/panels/:panelId/status",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Move the panel on: draft → recruiting (and back), selected → running → finished",
        params: panelParams,
        body: statusSchema,
        response: { 200: panelDetail },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const panel = await setPanelStatus(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        status: request.body.status,
        actor: { userId: session.user.id },
      });
      return detail(panel);
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/candidates",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Fill the candidate list from the panel's source (a round's sign-ups, pool members consenting to panels) or a staff list CSV (base64); all or nothing",
        params: panelParams,
        body: candidatesSchema,
        response: { 200: addedResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return addCandidates(db, ctx.services.sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        ...(request.body.file !== undefined
          ? { file: Buffer.from(request.body.file, "base64") }
          : {}),
        actor: { userId: session.user.id },
      });
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/candidates",
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "The candidates (attributes and status, no contact data) in draw order",
        params: panelParams,
        response: { 200: candidateListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const panel = await findPanel(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return { candidates: (await candidatesOf(db, panel)).map(toCandidate) };
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/candidates/summary",
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "Candidates and seated per attribute value, beside the quotas",
        params: panelParams,
        response: { 200: summaryResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const panel = await findPanel(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return candidateSummary(db, panel);
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/candidates/:candidateId/contact",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "A candidate's name, email and phone (the read is logged)",
        params: candidateParams,
        response: { 200: contactResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return candidateContact(db, ctx.services.sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        candidateId: request.params.candidateId,
        actor: { userId: session.user.id },
      });
    },
  );
}
