import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  batchPayments,
  batchPeople,
  createFeeBatch,
  findBatch,
  listBatches,
  moveBatch,
} from "../fees/batches.js";
import {
  batchIncomesRegister,
  batchIncomesRegisterXml,
  batchPaymentFile,
  incomesRegisterTracker,
  markReported,
} from "../fees/exports.js";
import { batchListResponse, batchResponse, toBatch, trackerResponse } from "../fees/responses.js";
import { batchSchema, incomesRegisterXmlSchema, paidSchema } from "../fees/validation.js";
import type { PanelServices } from "../services.js";

const tags = ["panels (staff)"];
const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });
const batchParams = panelParams.extend({ batchId: z.uuid() });
const fileResponse = (type: string) => ({
  200: { description: "The file", content: { [type]: { schema: z.string() } } },
});

/**
 * Fee batches of a panel (draft from attendance → approved → paid), the bank payment file,
 * the Incomes Register reports and the organization's reporting tracker.
 */
export function panelFeeBatchRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const { sealer } = ctx.services;
  const r = app.withTypeProvider<ZodTypeProvider>();
  type BatchRequest = { params: z.infer<typeof batchParams> };
  /** The batch the request names, in the organization of the member the route's permission found. */
  const scopeOf = (request: BatchRequest & FastifyRequest) => {
    const { organization, session } = request.member;
    return {
      organizationId: organization.id,
      panelId: request.params.panelId,
      batchId: request.params.batchId,
      actor: { userId: session.user.id },
    };
  };
  const present = async (scope: { organizationId: string; panelId: string; batchId: string }) => {
    const batch = await findBatch(db, scope);
    return toBatch(batch, await batchPayments(db, batch), await batchPeople(db, [batch]));
  };

  r.get(
    "/api/orgs/:slug/panels/:panelId/fee-batches",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "The panel's fee batches",
        params: panelParams,
        response: { 200: batchListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const batches = await listBatches(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      const people = await batchPeople(db, batches);
      return {
        batches: await Promise.all(
          batches.map(async (b) => toBatch(b, await batchPayments(db, b), people)),
        ),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/fee-batches",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "Make a draft fee batch from attendance and the fee rules (withholding computed)",
        params: panelParams,
        body: batchSchema,
        response: { 200: batchResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { batch, missing } = await createFeeBatch(db, sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      const people = await batchPeople(db, [batch]);
      return toBatch(batch, await batchPayments(db, batch), people, missing);
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "A fee batch with its payments",
        params: batchParams,
        response: { 200: batchResponse },
      },
    },
    async (request) => present(scopeOf(request)),
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/approve",
    {
      config: { permission: "payments.approve" },
      schema: {
        tags,
        summary: "Approve a draft fee batch for payment",
        params: batchParams,
        response: { 200: batchResponse },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      await moveBatch(db, {
        ...scope,
        to: "approved",
        retentionYears: ctx.services.paymentRetentionYears,
      });
      return present(scope);
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/paid",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "Mark an approved batch paid on the payment date",
        params: batchParams,
        body: paidSchema,
        response: { 200: batchResponse },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      await moveBatch(db, {
        ...scope,
        to: "paid",
        paymentDate: request.body.paymentDate,
        retentionYears: ctx.services.paymentRetentionYears,
      });
      return present(scope);
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/pain001",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "The bank payment file (ISO 20022 pain.001.001.03) of an approved or paid batch",
        params: batchParams,
        response: fileResponse("application/xml"),
      },
    },
    async (request, reply) => {
      const file = await batchPaymentFile(db, sealer, scopeOf(request));
      return reply
        .header("content-type", "application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="${file.messageId}.xml"`)
        .send(file.xml);
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/incomes-register",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "The Incomes Register earnings payment reports of a paid batch, as a worksheet",
        params: batchParams,
        response: fileResponse("text/csv"),
      },
    },
    async (request, reply) => {
      const { csv } = await batchIncomesRegister(db, sealer, scopeOf(request));
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="tulorekisteri-${request.params.batchId}.csv"`,
        )
        .send(csv);
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/incomes-register/xml",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary:
          "The Incomes Register earnings payment reports of a paid batch, as the register's XML delivery",
        params: batchParams,
        body: incomesRegisterXmlSchema,
        response: fileResponse("application/xml"),
      },
    },
    async (request, reply) => {
      const { contact, environment } = request.body;
      const { xml, deliveryId } = await batchIncomesRegisterXml(db, sealer, {
        ...scopeOf(request),
        contact,
        production: environment === "production",
      });
      return reply
        .header("content-type", "application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="tulorekisteri-${deliveryId}.xml"`)
        .send(xml);
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/fee-batches/:batchId/reported",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary: "Record that the batch's reports were sent to the Incomes Register",
        params: batchParams,
        response: { 200: batchResponse },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      await markReported(db, scope);
      return present(scope);
    },
  );

  r.get(
    "/api/orgs/:slug/incomes-register-tracker",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags,
        summary:
          "Paid fee batches against the Incomes Register's 5-day deadline: warnings, what was reported when",
        params: z.object({ slug: slugParam }),
        response: { 200: trackerResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return { batches: await incomesRegisterTracker(db, { organizationId: organization.id }) };
    },
  );
}
