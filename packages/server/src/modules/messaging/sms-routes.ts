import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { noContent } from "../../http/responses.js";
import type { ModuleContext } from "../define.js";
import type { MessagingServices } from "./module.js";
import { applyDeliveryReport } from "./sms.js";
import {
  type DeliveryReport,
  type IncomingSms,
  parseElksDelivery,
  parseElksIncoming,
  parseGatewayApiDelivery,
  parseGatewayApiIncoming,
  sameSecret,
  verifyGatewayApiJwt,
} from "./sms-providers.js";
import { isStopReply, suppressStopReply } from "./suppression.js";

/**
 * The SMS providers' callbacks: delivery reports and incoming messages (STOP replies). No staff
 * session: 46elks proves itself with the secret in the URL's query (it signs nothing), GatewayAPI with
 * the JWT in X-Gwapi-Signature (HS256, the webhook's secret). Only the configured provider's
 * callbacks are taken; the others are refused like a wrong secret.
 */

const tag = { tags: ["sms callbacks"] };
const elksForm = z.record(z.string().max(64), z.string().max(2000));
const gatewayBody = z.record(z.string().max(64), z.unknown());
const accepted = { 204: noContent };

export function smsCallbackRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<MessagingServices>,
): void {
  const db = ctx.database.db;
  const sms = ctx.config.sms;

  async function handle(
    provider: "46elks" | "gatewayapi",
    parsed: { report: DeliveryReport | null } | { incoming: IncomingSms | null },
  ): Promise<void> {
    if ("report" in parsed) {
      if (!parsed.report) throw new AppError("validation.failed", "Not a delivery report.");
      // Unknown ids are acknowledged too: the provider would otherwise retry for hours.
      await applyDeliveryReport(db, provider, parsed.report);
      return;
    }
    if (!parsed.incoming) throw new AppError("validation.failed", "Not an incoming message.");
    if (isStopReply(parsed.incoming.message)) await suppressStopReply(db, parsed.incoming.from);
  }

  function elksAllowed(token: string): void {
    if (sms.provider !== "46elks" || !sameSecret(token, sms.callbackSecret)) {
      throw new AppError("auth.forbidden", "Not a callback of the configured SMS provider.");
    }
  }

  function gatewayClaims(request: FastifyRequest): Record<string, unknown> {
    const header = request.headers["x-gwapi-signature"];
    const claims =
      sms.provider === "gatewayapi"
        ? verifyGatewayApiJwt(typeof header === "string" ? header : undefined, sms.callbackSecret)
        : null;
    if (!claims) throw new AppError("auth.required", "The webhook signature does not verify.");
    return claims;
  }

  app.register(async (scoped) => {
    // 46elks posts its callbacks as forms.
    scoped.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(body as string).entries())),
    );
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    // The secret rides in the query string, which the request log leaves out.
    const elksQuery = z.object({ secret: z.string().max(200).default("") });

    r.post(
      "/api/sms/46elks/delivery",
      {
        config: { access: "callback" },
        schema: {
          ...tag,
          summary: "46elks delivery report (form: id, status, delivered); secret in the query",
          querystring: elksQuery,
          body: elksForm,
          response: accepted,
        },
      },
      async (request, reply) => {
        elksAllowed(request.query.secret);
        await handle("46elks", { report: parseElksDelivery(request.body) });
        return reply.code(204).send();
      },
    );

    r.post(
      "/api/sms/46elks/incoming",
      {
        config: { access: "callback" },
        schema: {
          ...tag,
          summary: "46elks incoming SMS (form: id, from, to, message, created): STOP replies",
          querystring: elksQuery,
          body: elksForm,
          response: accepted,
        },
      },
      async (request, reply) => {
        elksAllowed(request.query.secret);
        await handle("46elks", { incoming: parseElksIncoming(request.body) });
        return reply.code(204).send();
      },
    );

    r.post(
      "/api/sms/gatewayapi/delivery",
      {
        config: { access: "callback" },
        schema: {
          ...tag,
          summary: "GatewayAPI delivery status webhook (JSON, signed with X-Gwapi-Signature)",
          body: gatewayBody,
          response: accepted,
        },
      },
      async (request, reply) => {
        await handle("gatewayapi", { report: parseGatewayApiDelivery(gatewayClaims(request)) });
        return reply.code(204).send();
      },
    );

    r.post(
      "/api/sms/gatewayapi/incoming",
      {
        config: { access: "callback" },
        schema: {
          ...tag,
          summary: "GatewayAPI incoming SMS webhook (JSON, signed): STOP replies",
          body: gatewayBody,
          response: accepted,
        },
      },
      async (request, reply) => {
        await handle("gatewayapi", { incoming: parseGatewayApiIncoming(gatewayClaims(request)) });
        return reply.code(204).send();
      },
    );
  });
}
