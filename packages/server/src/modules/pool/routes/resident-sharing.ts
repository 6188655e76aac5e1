import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { myDataResponse, toMyData } from "../responses.js";
import { myData } from "../self-service.js";
import type { PoolServices } from "../services.js";
import { setPartnerConsents } from "../sharing/consents.js";
import { partnerConsentSchema } from "../validation.js";
import { sessionHeaders } from "./resident.js";

const slugParams = z.object({ slug: slugParam });
const tags = ["pool"];

/** Self-service for shared pools: the member chooses which partner organizations may invite them. */
export function poolResidentSharingRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<PoolServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const orgOf = (slug: string) => findOrganizationBySlug(db, slug);

  r.put(
    "/api/orgs/:slug/pool/me/partners",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "Choose which partner organizations of a shared pool may invite you; others are withdrawn (self-service)",
        params: slugParams,
        headers: sessionHeaders,
        body: partnerConsentSchema,
        response: { 200: myDataResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      const session = request.headers["x-pool-session"];
      await setPartnerConsents(db, {
        organizationId: org.id,
        session,
        partnerIds: request.body.partners,
      });
      return toMyData(await myData(db, ctx.services, { organizationId: org.id, session }));
    },
  );
}
