import {
  answeredByMachine,
  callbackKey,
  elksAction,
  elksHangup,
  elksInput,
  TWIML_HANGUP,
  twilioInput,
  twilioStatus,
  twiml,
  verifyElksToken,
  verifyTwilioSignature,
} from "@kuulo/phone";
import type { FastifyInstance, FastifyRequest } from "fastify";
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

  async function verified(
    request: FastifyRequest & { params: { callId: string }; body: Record<string, string> },
    wire: "twilio" | "46elks",
  ): Promise<PhoneCampaign> {
    const campaign = await campaignOfCall(db, request.params.callId);
    const refuse = () => new AppError("auth.forbidden", "The callback is not verified.");
    if (!campaign) throw refuse();
    if (wire === "46elks") {
      if (campaign.provider !== "46elks" || !verifyElksToken(request.url, campaign.webhookToken))
        throw refuse();
      return campaign;
    }
    const account = twilioAccount(config, campaign);
    const signature = request.headers["x-twilio-signature"];
    if (
      campaign.provider === "46elks" ||
      !account ||
      !verifyTwilioSignature(
        account.authToken,
        `${config.publicUrl}${request.url}`,
        new URLSearchParams(request.body),
        typeof signature === "string" ? signature : undefined,
      )
    )
      throw refuse();
    return campaign;
  }

  const links = async (result: CallAnswer) => {
    const { campaign, call } = result.ctx!;
    return {
      audio: await audioLinks(db, { publicUrl: config.publicUrl, campaignId: campaign.id }),
      next: webhookUrls(config.publicUrl, campaign, call.id).next(result.turn),
    };
  };
  const twilioAnswer = async (result: CallAnswer): Promise<string> => {
    if (!result.ctx) return TWIML_HANGUP;
    const { audio, next } = await links(result);
    return twiml(result.action, { audio, action: next });
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
      async (request, reply) => {
        await verified(request, "twilio");
        const machine = answeredByMachine(request.body.AnsweredBy ?? null);
        const result = await answerCall(db, deps(), {
          callId: request.params.callId,
          providerCallId: request.body.CallSid ?? "",
          machine,
        });
        const body = machine ? TWIML_HANGUP : await twilioAnswer(result);
        return reply.type("text/xml").send(body);
      },
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
      async (request, reply) => {
        await verified(request, "twilio");
        const { callId: sid, input } = twilioInput(new URLSearchParams(request.body));
        const turn = request.query.turn ?? -1;
        const result = await applyInput(db, deps(), {
          callId: request.params.callId,
          key: callbackKey("twilio", sid, String(turn)),
          turn,
          input,
        });
        return reply.type("text/xml").send(await twilioAnswer(result));
      },
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
      async (request, reply) => {
        await verified(request, "twilio");
        const status = twilioStatus(new URLSearchParams(request.body));
        if (status.outcome)
          await endCall(db, deps(), {
            callId: request.params.callId,
            key: callbackKey("twilio", status.callId, `status:${status.sequence}`),
            outcome: status.outcome,
          });
        return reply.code(204).send();
      },
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
        await verified(request, "46elks");
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
        await verified(request, "46elks");
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
        await verified(request, "46elks");
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
