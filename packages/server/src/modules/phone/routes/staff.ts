import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { createCampaign, findCampaign, listCampaigns, setCampaignStatus } from "../campaigns.js";
import { campaignDashboard } from "../dashboard.js";
import { addPoolMembers, numberCounts, uploadNumbers } from "../numbers.js";
import {
  campaignDetail,
  campaignListResponse,
  dashboardResponse,
  numbersAddedResponse,
  toCampaignDetail,
  toCampaignSummary,
} from "../responses.js";
import type { PhoneCampaign } from "../schema.js";
import type { PhoneServices } from "../services.js";
import { campaignSchema, numbersUploadSchema, statusSchema } from "../validation.js";

const tags = ["phone (staff)"];
const slugParams = z.object({ slug: slugParam });
export const campaignParams = z.object({ slug: slugParam, campaignId: z.uuid() });

/** Staff: campaigns, their numbers, status steps and the dashboard. */
export function phoneStaffRoutes(app: FastifyInstance, ctx: ModuleContext<PhoneServices>): void {
  const db = ctx.database.db;
  const { services } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const detail = async (campaign: PhoneCampaign) => {
    const skipped = [];
    for (const language of campaign.languages) {
      const flow = await services.flow(db, campaign, language);
      skipped.push(...flow.skipped.map((s) => ({ language, ...s })));
    }
    const numbers = await numberCounts(db, {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
    });
    return toCampaignDetail(campaign, numbers, skipped);
  };

  r.get(
    "/api/orgs/:slug/phone/campaigns",
    {
      config: { permission: "phone.read" },
      schema: {
        tags,
        summary: "The organization's robot phone campaigns",
        params: slugParams,
        response: { 200: campaignListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return { campaigns: (await listCampaigns(db, organization.id)).map(toCampaignSummary) };
    },
  );

  r.post(
    "/api/orgs/:slug/phone/campaigns",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Set up a campaign (draft) on a survey's newest published version",
        params: slugParams,
        body: campaignSchema,
        response: { 201: campaignDetail },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const campaign = await createCampaign(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(await detail(campaign));
    },
  );

  r.get(
    "/api/orgs/:slug/phone/campaigns/:campaignId",
    {
      config: { permission: "phone.read" },
      schema: {
        tags,
        summary: "A campaign: set-up, questions not asked by phone, numbers by status",
        params: campaignParams,
        response: { 200: campaignDetail },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return detail(
        await findCampaign(db, {
          organizationId: organization.id,
          campaignId: request.params.campaignId,
        }),
      );
    },
  );

  r.post(
    "/api/orgs/:slug/phone/campaigns/:campaignId/status",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Move the campaign on: draft → ready → running ⇄ paused → finished",
        params: campaignParams,
        body: statusSchema,
        response: { 200: campaignDetail },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return detail(
        await setCampaignStatus(db, {
          organizationId: organization.id,
          campaignId: request.params.campaignId,
          status: request.body.status,
          actor: { userId: session.user.id },
        }),
      );
    },
  );

  r.post(
    "/api/orgs/:slug/phone/campaigns/:campaignId/numbers",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Upload numbers (CSV: number, language) with their consent basis; all or nothing",
        params: campaignParams,
        body: numbersUploadSchema,
        response: { 200: numbersAddedResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return uploadNumbers(db, services.sealer, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
        file: Buffer.from(request.body.file, "base64"),
        consentBasis: request.body.consentBasis,
        actor: { userId: session.user.id },
      });
    },
  );

  r.post(
    "/api/orgs/:slug/phone/campaigns/:campaignId/numbers/pool",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Add the pool's members who consented to phone calls for surveys",
        params: campaignParams,
        response: { 200: numbersAddedResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return addPoolMembers(db, services.sealer, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
        actor: { userId: session.user.id },
      });
    },
  );

  r.get(
    "/api/orgs/:slug/phone/campaigns/:campaignId/dashboard",
    {
      config: { permission: "phone.read" },
      schema: {
        tags,
        summary: "Attempted, answered, completed, partial, opted out, failed by reason",
        params: campaignParams,
        response: { 200: dashboardResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const campaign = await findCampaign(db, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
      });
      return campaignDashboard(db, { organizationId: organization.id, campaignId: campaign.id });
    },
  );
}
