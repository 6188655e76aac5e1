import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { submitFeedback } from "../feedback.js";
import { feedbackReceipt, publicDocumentResponse, toPublicDocument } from "../responses.js";
import { legalDocumentsOf } from "../service.js";
import { documentKindSchema, feedbackSchema } from "../validation.js";

/** Residents' routes: the two documents and the accessibility feedback form. */
export function legalResidentRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/legal/:kind",
    {
      config: { access: "public" },
      schema: {
        tags: ["legal"],
        summary: "The organization's privacy notice or accessibility statement, in fi, sv and en",
        params: z.object({ slug: slugParam, kind: documentKindSchema }),
        response: { 200: publicDocumentResponse },
      },
    },
    async (request) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const [doc] = await legalDocumentsOf(db, org, [request.params.kind]);
      return toPublicDocument(doc!);
    },
  );

  r.post(
    "/api/orgs/:slug/accessibility/feedback",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags: ["legal"],
        summary: "Send accessibility feedback; the organization answers within 14 days",
        params: z.object({ slug: slugParam }),
        body: feedbackSchema,
        response: { 201: feedbackReceipt },
      },
    },
    async (request, reply) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const receipt = await submitFeedback(db, {
        organization: org,
        input: request.body,
        clientAddress: request.ip,
        publicUrl: ctx.config.publicUrl,
      });
      return reply.status(201).send({
        receivedAt: receipt.receivedAt.toISOString(),
        dueAt: receipt.dueAt.toISOString(),
      });
    },
  );
}
