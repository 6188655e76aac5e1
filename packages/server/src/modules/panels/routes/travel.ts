import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { travelResponse } from "../fees/responses.js";
import { setTravel, travelOf } from "../fees/travel.js";
import { travelSchema } from "../fees/validation.js";
import type { PanelServices } from "../services.js";

const tags = ["panels (staff)"];
const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });

/** Travel costs per session attended, entered by staff holding `payments.manage`. */
export function panelTravelRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/panels/:panelId/travel",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "The panel's check-ins with their travel costs, and which a batch has paid",
        params: panelParams,
        response: { 200: travelResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const entries = await travelOf(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return { entries };
    },
  );

  r.put(
    "/api/orgs/:slug/panels/:panelId/sessions/:sessionId/travel/:candidateId",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary:
          "Set a checked-in panelist's travel costs for a session (euros, ≥ 0, within the panel's cap)",
        params: panelParams.extend({ sessionId: z.uuid(), candidateId: z.uuid() }),
        body: travelSchema,
        response: { 200: z.object({ travelCents: z.number() }) },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return setTravel(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        sessionId: request.params.sessionId,
        candidateId: request.params.candidateId,
        amount: request.body.amount,
        actor: { userId: session.user.id },
      });
    },
  );
}
