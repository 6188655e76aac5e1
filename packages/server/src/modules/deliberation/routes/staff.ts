import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import { recordRead } from "../../audit/index.js";
import type { ModuleContext } from "../../define.js";
import {
  addMinorityOpinion,
  addProposal,
  decideAmendment,
  editRecommendation,
  mergeProposals,
  setParticipants,
} from "../drafting.js";
import {
  actionTableCreatedResponse,
  statementDetailResponse,
  statementListResponse,
  statementSummaryResponse,
} from "../responses.js";
import type { DeliberationServices } from "../services.js";
import {
  adoptStatement,
  createStatement,
  listStatements,
  publishStatement,
  recordHandover,
  setStatus,
  updateStatement,
} from "../statements.js";
import { createActionTable } from "../to-actions.js";
import {
  actionTableSchema,
  adoptionSchema,
  createStatementSchema,
  decisionSchema,
  handoverSchema,
  mergeSchema,
  minoritySchema,
  participantsSchema,
  proposalSchema,
  publicationSchema,
  recommendationSchema,
  statusSchema,
  updateStatementSchema,
} from "../validation.js";
import { statementDetail, statementSummary } from "../view.js";

const tags = ["deliberation (staff)"];
const base = "/api/orgs/:slug/deliberation/statements";
const slugParams = z.object({ slug: slugParam });
const statementParams = z.object({ slug: slugParam, statementId: z.uuid() });

/** Staff: statements of panels, juries and round tables, from proposals to publication. */
export function deliberationStaffRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<DeliberationServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The organization and the actor, from the member the route's permission found. */
  const member = (request: FastifyRequest) => {
    const { organization, session } = request.member;
    return { organizationId: organization.id, actor: { userId: session.user.id } };
  };
  const detail = (organizationId: string, statementId: string) =>
    statementDetail(db, { organizationId, statementId });

  r.get(
    base,
    {
      config: { permission: "statement.read" },
      schema: {
        tags,
        summary: "The organization's statements",
        params: slugParams,
        response: { 200: statementListResponse },
      },
    },
    async (request) => {
      const { organizationId } = member(request);
      return { statements: (await listStatements(db, { organizationId })).map(statementSummary) };
    },
  );

  r.post(
    base,
    {
      config: { permission: "statement.edit" },
      schema: {
        tags,
        summary: "Make a statement for a panel, jury or round tables (owner modules do this too)",
        params: slugParams,
        body: createStatementSchema,
        response: { 201: statementSummaryResponse },
      },
    },
    async (request, reply) => {
      const m = member(request);
      const saved = await createStatement(db, { ...m, input: request.body });
      return reply.status(201).send(statementSummary(saved));
    },
  );

  r.get(
    `${base}/:statementId`,
    {
      config: { permission: "statement.read" },
      schema: {
        tags,
        summary:
          "A statement: proposals, recommendations with versions, amendments, support results",
        params: statementParams,
        response: { 200: statementDetailResponse },
      },
    },
    async (request) => {
      const { organizationId, actor } = member(request);
      const found = await detail(organizationId, request.params.statementId);
      // Participants' labels, amendments and who has not answered: a read of personal data.
      await recordRead(db, {
        organizationId,
        userId: actor.userId,
        action: "deliberation.statement_read",
        targetType: "deliberation_statement",
        targetId: found.id,
      });
      return found;
    },
  );

  /** A staff write of the statement: the service, then the statement as it is now. */
  const write = <B extends z.ZodType>(
    method: "POST" | "PATCH" | "PUT",
    path: string,
    summary: string,
    body: B,
    run: (
      m: { organizationId: string; actor: { userId: string }; statementId: string },
      body: z.infer<B>,
      params: Record<string, string>,
    ) => Promise<unknown>,
    extraParams: Record<string, z.ZodType> = {},
  ) =>
    r.route({
      method,
      url: `${base}/:statementId${path}`,
      config: { permission: "statement.edit" },
      schema: {
        tags,
        summary,
        params: statementParams.extend(extraParams),
        body,
        response: { 200: statementDetailResponse },
      },
      handler: async (request) => {
        const params = request.params as Record<string, string>;
        const m = member(request);
        await run({ ...m, statementId: params.statementId! }, request.body as z.infer<B>, params);
        return detail(m.organizationId, params.statementId!);
      },
    });

  write(
    "PATCH",
    "",
    "Edit the title, preamble or (while drafting) the support scale",
    updateStatementSchema,
    (m, input) => updateStatement(db, { ...m, input }),
  );
  write(
    "PUT",
    "/status",
    "Move between drafting, amending and the support check (one step)",
    statusSchema,
    (m, b) => setStatus(db, { ...m, status: b.status }),
  );
  write(
    "PUT",
    "/participants",
    "Add or rename participants by the owner module's references",
    participantsSchema,
    (m, b) => setParticipants(db, { ...m, participants: b.participants }),
  );
  write("POST", "/proposals", "Add a table's or meeting's proposal", proposalSchema, (m, input) =>
    addProposal(db, { ...m, input }),
  );
  write(
    "POST",
    "/merge",
    "Merge proposals into a new or existing draft recommendation",
    mergeSchema,
    (m, b) =>
      mergeProposals(db, {
        ...m,
        proposalIds: b.proposalIds,
        into: b.recommendationId
          ? { recommendationId: b.recommendationId }
          : { title: b.title ?? "", text: b.text ?? "", rationale: b.rationale },
      }),
  );
  write(
    "PATCH",
    "/recommendations/:draftId",
    "Edit a recommendation (a changed text is a new version, and a new round of support)",
    recommendationSchema,
    (m, input, params) =>
      editRecommendation(db, { ...m, recommendationId: params.draftId!, input }),
    { draftId: z.uuid() },
  );
  write(
    "POST",
    "/amendments/:amendmentId/decision",
    "Accept (new text version) or reject (with a reason) an amendment",
    decisionSchema,
    (m, b, params) =>
      decideAmendment(db, {
        ...m,
        amendmentId: params.amendmentId!,
        decision: b.decision,
        reason: b.reason,
      }),
    { amendmentId: z.uuid() },
  );
  write(
    "POST",
    "/minority-opinions",
    "Record a minority opinion with its number of supporters",
    minoritySchema,
    (m, input) => addMinorityOpinion(db, { ...m, input }),
  );
  write(
    "POST",
    "/adoption",
    "Record the adoption (date, how) and freeze the statement",
    adoptionSchema,
    (m, b) =>
      adoptStatement(db, {
        ...m,
        input: { how: b.how, adoptedAt: b.adoptedAt ? new Date(b.adoptedAt) : undefined },
      }),
  );
  write("PUT", "/handover", "Record the hand-over: date, body, note", handoverSchema, (m, input) =>
    recordHandover(db, { ...m, input }),
  );
  write(
    "PUT",
    "/publication",
    "Publish the adopted statement (public page and PDF) or withdraw it",
    publicationSchema,
    (m, b) => publishStatement(db, { ...m, published: b.published }),
  );

  r.post(
    `${base}/:statementId/action-table`,
    {
      config: { permission: "statement.edit" },
      schema: {
        tags,
        summary:
          "Make a draft action table from the adopted statement, each row linked to its recommendation",
        params: statementParams,
        body: actionTableSchema,
        response: { 201: actionTableCreatedResponse },
      },
    },
    async (request, reply) => {
      const m = member(request);
      const table = await createActionTable(db, {
        ...m,
        statementId: request.params.statementId,
        title: request.body.title,
      });
      return reply.status(201).send({ id: table.id, slug: table.slug });
    },
  );
}
