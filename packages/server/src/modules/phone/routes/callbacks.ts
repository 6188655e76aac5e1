import { callbackKey, elksAction, elksHangup, elksInput, verifyElksToken } from "@kuulo/phone";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse, noContent } from "../../../http/responses.js";
import type { ModuleContext } from "../../define.js";
import { audioLinks } from "../audio-links.js";
import { answerCall, applyInput, type CallAnswer, campaignOfCall, endCall } from "../calls.js";
import { twilioAccount, webhookUrls } from "../providers.js";
import type { PhoneCampaign } from "../schema.js";
import type { PhoneServices } from "../services.js";
import { type TwilioHook, twilioWebhook } from "../webhooks.js";
import { callbackDeps } from "../worker.js";

/**
 * The providers' call webhooks. No session: Twilio proves itself with X-Twilio-Signature over
 * PUBLIC_URL + the path and query it called, 46elks with the campaign's token in the query.
 * A callback seen before (same idempotency key) applies nothing and gets the same answer.
 */

const tag = { tags: ["phone callbacks"] };
const form = z.record(z.string().max(64), z.string().max(2000));
const callParams = z.object({ callId: z.uuid() });
const turnQuery = z.object({
  turn: z.coerce.number().int().min(0).max(10_000).optional(),
  token: z.string().max(200).optional(),
});
const twiML = { 200: mediaResponse("TwiML", ["text/xml"]) };
const elksJson = { 200: z.record(z.string(), z.unknown()).describe("46elks call action") };

export function phoneCallbackRoutes(app: FastifyInstance, ctx: ModuleContext<PhoneServices>): void {
  const db = ctx.database.db;
  const { config, services } = ctx;
  const deps = () => callbackDeps(services);

  /** 46elks proves itself with the campaign's token in the query; anything else is 403. */
  async function verifiedElks(
    request: FastifyRequest & { params: { callId: string } },
  ): Promise<PhoneCampaign> {
    const campaign = await campaignOfCall(db, request.params.callId);
    if (campaign?.provider !== "46elks" || !verifyElksToken(request.url, campaign.webhookToken))
      throw new AppError("auth.forbidden", "The callback is not verified.");
    return campaign;
  }

  /** Twilio's webhooks go through webhooks.ts (the demo's fake calls take the same path). */
  async function twilio(
    hook: TwilioHook,
    request: FastifyRequest & {
      params: { callId: string };
      body: Record<string, string>;
    },
    reply: FastifyReply,
    turn = -1,
  ) {
    const signature = request.headers["x-twilio-signature"];
    const answer = await twilioWebhook(
      {
        db,
        publicUrl: config.publicUrl,
        account: (campaign) => twilioAccount(config, campaign),
        deps: deps(),
      },
      {
        hook,
        callId: request.params.callId,
        url: request.url,
        form: request.body,
        signature: typeof signature === "string" ? signature : undefined,
        turn,
      },
    );
    if (answer.status === 204) return reply.code(204).send();
    return reply.type("text/xml").send(answer.body);
  }

  const links = async (result: CallAnswer) => {
    const { campaign, call } = result.ctx!;
    return {
      audio: await audioLinks(db, { publicUrl: config.publicUrl, campaignId: campaign.id }),
      next: webhookUrls(config.publicUrl, campaign, call.id).next(result.turn),
    };
  };
  const elksAnswer = async (result: CallAnswer): Promise<Record<string, unknown>> => {
    if (!result.ctx) return { hangup: "reject" };
    return { ...elksAction(result.action, await links(result)) };
  };

  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(body as string).entries())),
    );
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    const route = {
      config: { access: "callback" as const },
    };

    r.post(
      "/api/phone/twilio/:callId/start",
      {
        ...route,
        schema: {
          ...tag,
          summary: "Twilio: the call is answered (Url)",
          params: callParams,
          body: form,
          response: twiML,
        },
      },
      (request, reply) => twilio("start", request, reply),
    );

    r.post(
      "/api/phone/twilio/:callId/gather",
      {
        ...route,
        schema: {
          ...tag,
          summary: "Twilio: keys pressed or silence (<Gather> action; turn in the query)",
          params: callParams,
          querystring: turnQuery,
          body: form,
          response: twiML,
        },
      },
      (request, reply) => twilio("gather", request, reply, request.query.turn),
    );

    r.post(
      "/api/phone/twilio/:callId/status",
      {
        ...route,
        schema: {
          ...tag,
          summary: "Twilio: status callback",
          params: callParams,
          body: form,
          response: { 204: noContent },
        },
      },
      (request, reply) => twilio("status", request, reply),
    );

    r.post(
      "/api/phone/elks/:callId/start",
      {
        ...route,
        schema: {
          ...tag,
          summary: "46elks: voice_start (token in the query)",
          params: callParams,
          querystring: turnQuery,
          body: form,
          response: elksJson,
        },
      },
      async (request) => {
        await verifiedElks(request);
        const result = await answerCall(db, deps(), {
          callId: request.params.callId,
          providerCallId: request.body.callid ?? "",
          machine: false,
        });
        return elksAnswer(result);
      },
    );

    r.post(
      "/api/phone/elks/:callId/next",
      {
        ...route,
        schema: {
          ...tag,
          summary: "46elks: the ivr result (token and turn in the query)",
          params: callParams,
          querystring: turnQuery,
          body: form,
          response: elksJson,
        },
      },
      async (request) => {
        await verifiedElks(request);
        const { callId: id, input } = elksInput(new URLSearchParams(request.body));
        const turn = request.query.turn ?? -1;
        const result = await applyInput(db, deps(), {
          callId: request.params.callId,
          key: callbackKey("46elks", id, String(turn)),
          turn,
          input,
        });
        return elksAnswer(result);
      },
    );

    r.post(
      "/api/phone/elks/:callId/hangup",
      {
        ...route,
        schema: {
          ...tag,
          summary: "46elks: whenhangup (token in the query)",
          params: callParams,
          querystring: turnQuery,
          body: form,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await verifiedElks(request);
        const hangup = elksHangup(new URLSearchParams(request.body));
        await endCall(db, deps(), {
          callId: request.params.callId,
          key: callbackKey("46elks", hangup.callId, "hangup"),
          outcome: hangup.outcome,
        });
        return reply.code(204).send();
      },
    );
  });
}
