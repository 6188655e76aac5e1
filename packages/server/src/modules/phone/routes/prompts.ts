import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse } from "../../../http/responses.js";
import type { ModuleContext } from "../../define.js";
import { audioLinks, audioLinkValid } from "../audio-links.js";
import { findCampaign } from "../campaigns.js";
import {
  campaignPrompts,
  promptAudio,
  saveRecording,
  startRendering,
  storedPrompts,
} from "../prompts.js";
import { campaignDetail, promptListResponse, toCampaignDetail } from "../responses.js";
import { PHONE_LANGUAGES } from "../schema.js";
import type { PhoneServices } from "../services.js";
import { recordingSchema } from "../validation.js";
import { campaignParams } from "./staff.js";

const tags = ["phone (staff)"];
const promptParams = campaignParams.extend({
  language: z.enum(PHONE_LANGUAGES),
  promptId: z.string().min(1).max(100),
});

/** Staff: the prompts (listen, render, upload recordings); the provider: signed audio. */
export function phonePromptRoutes(app: FastifyInstance, ctx: ModuleContext<PhoneServices>): void {
  const db = ctx.database.db;
  const { services } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/phone/campaigns/:campaignId/prompts",
    {
      config: { permission: "phone.read" },
      schema: {
        tags,
        summary: "Every prompt of the campaign, with its audio (signed URL) when rendered",
        params: campaignParams,
        response: { 200: promptListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const campaign = await findCampaign(db, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
      });
      const stored = new Map(
        (await storedPrompts(db, campaign.id)).map((p) => [`${p.language}/${p.promptId}`, p]),
      );
      const link = await audioLinks(db, { publicUrl: "", campaignId: campaign.id });
      return {
        prompts: (await campaignPrompts(db, services, campaign)).map((p) => {
          const audio = stored.get(`${p.lang}/${p.id}`);
          return {
            id: p.id,
            language: p.lang,
            text: p.text,
            audio: audio?.source ?? null,
            seconds: audio?.seconds ?? null,
            url: audio ? link(p) : null,
          };
        }),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/phone/campaigns/:campaignId/prompts/render",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Render the prompts not yet rendered (in the background, with progress)",
        params: campaignParams,
        response: { 202: campaignDetail },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const campaign = await startRendering(db, services, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
        actor: { userId: session.user.id },
      });
      return reply.status(202).send(toCampaignDetail(campaign, {}, []));
    },
  );

  r.put(
    "/api/orgs/:slug/phone/campaigns/:campaignId/prompts/:language/:promptId",
    {
      config: { permission: "phone.manage" },
      schema: {
        tags,
        summary: "Replace a prompt with a recording (WAV or MP3, base64, at most 2 MB)",
        params: promptParams,
        body: recordingSchema,
        response: { 204: z.undefined().describe("No content") },
      },
      bodyLimit: 3_000_000,
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await saveRecording(db, services, {
        organizationId: organization.id,
        campaignId: request.params.campaignId,
        language: request.params.language,
        promptId: request.params.promptId,
        bytes: Buffer.from(request.body.file, "base64"),
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/phone/audio/:campaignId/:language/:promptId",
    {
      config: { access: "public" },
      schema: {
        tags: ["phone callbacks"],
        summary: "A prompt's audio, behind a signed, expiring link (the provider fetches it)",
        params: z.object({
          campaignId: z.uuid(),
          language: z.enum(PHONE_LANGUAGES),
          promptId: z.string().min(1).max(100),
        }),
        querystring: z.object({
          expires: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
          sig: z.string().max(100).optional(),
        }),
        response: { 200: mediaResponse("The prompt's audio", ["audio/wav", "audio/mpeg"]) },
      },
    },
    async (request, reply) => {
      const { campaignId, language, promptId } = request.params;
      const valid = await audioLinkValid(db, {
        campaignId,
        language,
        promptId,
        expires: request.query.expires ?? 0,
        sig: request.query.sig ?? "",
      });
      // A wrong or expired link finds nothing, like a link token that is not ours.
      if (!valid) throw new AppError("not_found", "No such audio, or the link has expired.");
      const audio = await promptAudio(db, { campaignId, language, promptId });
      if (!audio) throw new AppError("not_found", "The prompt has no audio yet.");
      return reply
        .header("content-type", audio.contentType)
        .header("cache-control", "private, max-age=3600")
        .send(audio.audio);
    },
  );
}
