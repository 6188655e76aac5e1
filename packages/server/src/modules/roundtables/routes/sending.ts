import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  distributionResponse,
  responseResponse,
  toDistribution,
  toResponse,
} from "../responses.js";
import {
  addDistribution,
  addResponse,
  deleteDistribution,
  deleteResponse,
  updateDistribution,
  updateResponse,
} from "../sending.js";
import {
  distributionSchema,
  distributionUpdateSchema,
  responseSchema,
  responseUpdateSchema,
} from "../validation.js";

const tags = ["roundtables (staff)"];
const tableParams = z.object({ slug: slugParam, roundTableId: z.uuid() });
const distributionParams = tableParams.extend({ distributionId: z.uuid() });
const responseParams = tableParams.extend({ responseId: z.uuid() });
const base = "/api/orgs/:slug/roundtables/:roundTableId";
const config = { permission: "roundtable.manage" } as const;

/** Staff (`roundtable.manage`): record, correct and remove where the statement went and the responses. */
export function roundTableSendingRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The round table the request names, in the organization of the route's member. */
  const manager = (request: FastifyRequest, params: { roundTableId: string }) => {
    const { organization, session } = request.member;
    return {
      organizationId: organization.id,
      roundTableId: params.roundTableId,
      actor: { userId: session.user.id },
    };
  };

  r.post(
    `${base}/distribution`,
    {
      config,
      schema: {
        tags,
        summary: "Record where the statement was sent, when and how",
        params: tableParams,
        body: distributionSchema,
        response: { 201: distributionResponse },
      },
    },
    async (request, reply) => {
      const scope = manager(request, request.params);
      const saved = await addDistribution(db, { ...scope, input: request.body });
      return reply.status(201).send(toDistribution(saved));
    },
  );

  r.patch(
    `${base}/distribution/:distributionId`,
    {
      config,
      schema: {
        tags,
        summary: "Correct a distribution record (recipient, date, channel, note)",
        params: distributionParams,
        body: distributionUpdateSchema,
        response: { 200: distributionResponse },
      },
    },
    async (request) => {
      const scope = manager(request, request.params);
      const { distributionId } = request.params;
      return toDistribution(
        await updateDistribution(db, { ...scope, distributionId, input: request.body }),
      );
    },
  );

  r.delete(
    `${base}/distribution/:distributionId`,
    {
      config,
      schema: {
        tags,
        summary: "Remove a distribution record made by mistake (the audit log keeps it)",
        params: distributionParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const scope = manager(request, request.params);
      await deleteDistribution(db, { ...scope, distributionId: request.params.distributionId });
      return reply.status(204).send();
    },
  );

  r.post(
    `${base}/responses`,
    {
      config,
      schema: {
        tags,
        summary: "Record a response received (body, date, text, link)",
        params: tableParams,
        body: responseSchema,
        response: { 201: responseResponse },
      },
    },
    async (request, reply) => {
      const scope = manager(request, request.params);
      const saved = await addResponse(db, { ...scope, input: request.body });
      return reply.status(201).send(toResponse(saved));
    },
  );

  r.patch(
    `${base}/responses/:responseId`,
    {
      config,
      schema: {
        tags,
        summary: "Correct a response (body, date, text, link)",
        params: responseParams,
        body: responseUpdateSchema,
        response: { 200: responseResponse },
      },
    },
    async (request) => {
      const scope = manager(request, request.params);
      const { responseId } = request.params;
      return toResponse(await updateResponse(db, { ...scope, responseId, input: request.body }));
    },
  );

  r.delete(
    `${base}/responses/:responseId`,
    {
      config,
      schema: {
        tags,
        summary: "Remove a response recorded by mistake (the audit log keeps it)",
        params: responseParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const scope = manager(request, request.params);
      await deleteResponse(db, { ...scope, responseId: request.params.responseId });
      return reply.status(204).send();
    },
  );
}
