import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { PoolServices } from "../services.js";
import {
  acceptAgreement,
  endAgreement,
  listAgreements,
  proposeAgreement,
  type SharingAgreement,
} from "../sharing/agreements.js";
import { agreementListResponse, agreementResponse, toAgreement } from "../sharing/responses.js";
import { agreementSchema } from "../validation.js";

const slugParams = z.object({ slug: slugParam });
const agreementParams = z.object({ slug: slugParam, agreementId: z.uuid() });
const tags = ["pool"];

/** Staff routes: agreements sharing a pool with other public bodies (propose, accept, end). */
export function poolSharingRoutes(app: FastifyInstance, ctx: ModuleContext<PoolServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  const shown = async (organizationId: string, agreement: SharingAgreement) => {
    const row = (await listAgreements(db, { organizationId })).find(
      (a) => a.agreement.id === agreement.id,
    );
    return toAgreement(row!);
  };

  r.get(
    "/api/orgs/:slug/pool/sharing",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "Agreements sharing this pool, and other pools shared with this organization",
        params: slugParams,
        response: { 200: agreementListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const rows = await listAgreements(db, { organizationId: organization.id });
      return { agreements: rows.map(toAgreement) };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/sharing",
    {
      config: { permission: "pool.sharing.manage" },
      schema: {
        tags,
        summary: "Propose sharing this pool with another organization, named by its address",
        params: slugParams,
        body: agreementSchema,
        response: { 201: agreementResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const agreement = await proposeAgreement(db, {
        organizationId: organization.id,
        partnerSlug: request.body.partner,
        reference: request.body.reference,
        userId: session.user.id,
      });
      return reply.status(201).send(await shown(organization.id, agreement));
    },
  );

  for (const [action, run, summary] of [
    ["accept", acceptAgreement, "Accept a sharing agreement proposed to this organization"],
    ["end", endAgreement, "End a sharing agreement; the partner loses access at once"],
  ] as const) {
    r.post(
      `/api/orgs/:slug/pool/sharing/:agreementId/${action}`,
      {
        config: { permission: "pool.sharing.manage" },
        schema: {
          tags,
          summary,
          params: agreementParams,
          response: { 200: agreementResponse },
        },
      },
      async (request) => {
        const { organization, session } = request.member;
        const agreement = await run(db, {
          organizationId: organization.id,
          agreementId: request.params.agreementId,
          userId: session.user.id,
        });
        return shown(organization.id, agreement);
      },
    );
  }
}
