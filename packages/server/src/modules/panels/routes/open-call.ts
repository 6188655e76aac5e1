import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { openCallForm, signUpOpenCall } from "../open-call.js";
import { sessionResponse, toSession } from "../responses.js";
import type { PanelServices } from "../services.js";
import { openCallSchema } from "../validation.js";

const tags = ["panels (public)"];
const params = z.object({ slug: slugParam, panelId: z.uuid() });
const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

const formResponse = z.object({
  title: z.string(),
  coreQuestions: z.array(z.object({ text: localized })),
  sessions: z.array(sessionResponse),
  choices: z.array(z.object({ feature: z.string(), values: z.array(z.string()) })),
  consent: z.object({ version: z.number(), text: localized }),
});

/** An open call: the public sign-up form of a panel whose source is `open_call`. */
export function panelOpenCallRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/panel-signup/:panelId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "An open call's sign-up form: the panel, its meetings, the choices per quota feature, the consent text",
        params,
        response: { 200: formResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      const form = await openCallForm(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return { ...form, sessions: form.sessions.map(toSession) };
    },
  );

  r.post(
    "/api/orgs/:slug/panel-signup/:panelId",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "Sign up for a panel through its open call (consent recorded with its text; attempts limited)",
        params,
        body: openCallSchema,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      await enforceRateLimit(db, {
        key: `panel-signup:${request.ip}`,
        limit: 20,
        windowSeconds: 3600,
      });
      await signUpOpenCall(db, ctx.services.sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        input: request.body,
      });
      return reply.status(201).send({ ok: true as const });
    },
  );
}
