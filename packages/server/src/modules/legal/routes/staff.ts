import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { answerFeedback, feedbackCounts, listFeedback } from "../feedback.js";
import {
  feedbackListResponse,
  feedbackSummaryResponse,
  staffLegalResponse,
  toFeedbackItem,
  toStaffLegal,
} from "../responses.js";
import {
  legalDocumentsOf,
  loadFacts,
  resetLegalDocument,
  saveLegalDocument,
  saveLegalFacts,
} from "../service.js";
import { DEFAULT_AUTHORITY } from "../templates.js";
import {
  answerSchema,
  documentBodySchema,
  documentKindSchema,
  factsSchema,
} from "../validation.js";

const slugParams = z.object({ slug: slugParam });
const kindParams = z.object({ slug: slugParam, kind: documentKindSchema });

/** Staff routes: editing the documents and their facts, and handling feedback. */
export function legalStaffRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  const staffAnswer = async (organization: Parameters<typeof legalDocumentsOf>[1]) => {
    const [documents, stored] = await Promise.all([
      legalDocumentsOf(db, organization),
      loadFacts(db, organization.id),
    ]);
    return toStaffLegal(documents, stored.facts, DEFAULT_AUTHORITY);
  };

  r.get(
    "/api/orgs/:slug/legal",
    {
      config: { permission: "legal.edit" },
      schema: {
        tags: ["legal"],
        summary: "Both documents with their templates, and the facts the templates use (staff)",
        params: slugParams,
        response: { 200: staffLegalResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return staffAnswer(organization);
    },
  );

  r.put(
    "/api/orgs/:slug/legal/:kind",
    {
      config: { permission: "legal.edit" },
      schema: {
        tags: ["legal"],
        summary: "Save the organization's own text of a document (staff)",
        params: kindParams,
        body: documentBodySchema,
        response: { 200: staffLegalResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await saveLegalDocument(db, {
        organizationId: organization.id,
        kind: request.params.kind,
        body: request.body,
        actor: { userId: session.user.id },
      });
      return staffAnswer(organization);
    },
  );

  r.delete(
    "/api/orgs/:slug/legal/:kind",
    {
      config: { permission: "legal.edit" },
      schema: {
        tags: ["legal"],
        summary: "Go back to the template of a document (staff)",
        params: kindParams,
        response: { 200: staffLegalResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await resetLegalDocument(db, {
        organizationId: organization.id,
        kind: request.params.kind,
        actor: { userId: session.user.id },
      });
      return staffAnswer(organization);
    },
  );

  r.put(
    "/api/orgs/:slug/legal-facts",
    {
      config: { permission: "legal.edit" },
      schema: {
        tags: ["legal"],
        summary: "Save the contacts and the accessibility evaluation the templates use (staff)",
        params: slugParams,
        body: factsSchema,
        response: { 200: staffLegalResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      await saveLegalFacts(db, {
        organizationId: organization.id,
        facts: request.body,
        actor: { userId: session.user.id },
      });
      return staffAnswer(organization);
    },
  );

  r.get(
    "/api/orgs/:slug/accessibility/feedback",
    {
      config: { permission: "accessibility.feedback.read" },
      schema: {
        tags: ["legal"],
        summary: "Accessibility feedback with due dates, newest first (staff; the read is logged)",
        params: slugParams,
        response: { 200: feedbackListResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const list = await listFeedback(db, {
        organizationId: organization.id,
        userId: session.user.id,
        limit: 500,
      });
      return { open: list.open, overdue: list.overdue, items: list.items.map(toFeedbackItem) };
    },
  );

  r.get(
    "/api/orgs/:slug/accessibility/feedback-summary",
    {
      config: { permission: "accessibility.feedback.read" },
      schema: {
        tags: ["legal"],
        summary: "How much accessibility feedback is open and overdue (staff)",
        params: slugParams,
        response: { 200: feedbackSummaryResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return feedbackCounts(db, { organizationId: organization.id });
    },
  );

  r.post(
    "/api/orgs/:slug/accessibility/feedback/:feedbackId/answer",
    {
      config: { permission: "accessibility.feedback.answer" },
      schema: {
        tags: ["legal"],
        summary: "Mark accessibility feedback answered (staff)",
        params: z.object({ slug: slugParam, feedbackId: z.uuid() }),
        body: answerSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await answerFeedback(db, {
        organizationId: organization.id,
        id: request.params.feedbackId,
        note: request.body.note,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );
}
