import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { addMeeting, addMeetingProposal, takeSnapshot, updateMeeting } from "../meetings.js";
import {
  createRoundTable,
  findRoundTable,
  listRoundTables,
  roundTableContents,
  updateRoundTable,
} from "../processes.js";
import {
  meetingResponse,
  proposalResponse,
  roundTableDetailResponse,
  roundTableListResponse,
  roundTableSummary,
  snapshotResponse,
  statementStartedResponse,
  toDetail,
  toMeeting,
  toProposal,
  toSnapshot,
  toSummary,
} from "../responses.js";
import { startStatement } from "../statement.js";
import {
  meetingSchema,
  meetingUpdateSchema,
  proposalSchema,
  roundTableSchema,
  roundTableUpdateSchema,
  snapshotSchema,
  statementSchema,
} from "../validation.js";

const tags = ["roundtables (staff)"];
const slugParams = z.object({ slug: slugParam });
const tableParams = z.object({ slug: slugParam, roundTableId: z.uuid() });
const meetingParams = tableParams.extend({ meetingId: z.uuid() });
const base = "/api/orgs/:slug/roundtables";

/** Staff: processes, meetings, snapshots, proposals, the statement (distribution and responses: sending.ts). */
export function roundTableStaffRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The organization and the actor, from the member `roundtable.manage` found. */
  const manager = (request: FastifyRequest) => {
    const { organization, session } = request.member;
    return { organizationId: organization.id, actor: { userId: session.user.id } };
  };

  r.get(
    base,
    {
      config: { permission: "roundtable.read" },
      schema: {
        tags,
        summary: "The organization's round tables",
        params: slugParams,
        response: { 200: roundTableListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const list = await listRoundTables(db, { organizationId: organization.id });
      return { roundTables: list.map(toSummary) };
    },
  );

  r.post(
    base,
    {
      config: { permission: "roundtable.manage" },
      schema: {
        tags,
        summary: "Create a round-table process (title fi/sv/en, theme, organizer unit)",
        params: slugParams,
        body: roundTableSchema,
        response: { 201: roundTableSummary },
      },
    },
    async (request, reply) => {
      const scope = manager(request);
      const saved = await createRoundTable(db, { ...scope, input: request.body });
      return reply.status(201).send(toSummary(saved));
    },
  );

  r.get(
    `${base}/:roundTableId`,
    {
      config: { permission: "roundtable.read" },
      schema: {
        tags,
        summary: "A round table with its meetings, snapshots, proposals, distribution, responses",
        params: tableParams,
        response: { 200: roundTableDetailResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const table = await findRoundTable(db, {
        organizationId: organization.id,
        roundTableId: request.params.roundTableId,
      });
      return toDetail(await roundTableContents(db, table));
    },
  );

  r.patch(
    `${base}/:roundTableId`,
    {
      config: { permission: "roundtable.manage" },
      schema: {
        tags,
        summary: "Change a round table's title, theme, organizer unit or status",
        params: tableParams,
        body: roundTableUpdateSchema,
        response: { 200: roundTableSummary },
      },
    },
    async (request) => {
      const scope = manager(request);
      const { roundTableId } = request.params;
      return toSummary(await updateRoundTable(db, { ...scope, roundTableId, input: request.body }));
    },
  );

  const post = <B extends z.ZodType, R extends z.ZodType>(
    path: string,
    summary: string,
    params: typeof tableParams | typeof meetingParams,
    body: B,
    response: R,
    run: (
      scope: ReturnType<typeof manager>,
      params: { roundTableId: string; meetingId?: string },
      body: z.infer<B>,
    ) => Promise<z.infer<R>>,
  ) =>
    // Untyped here: the schemas below still validate the request and serialize the answer.
    app.post(
      `${base}/:roundTableId${path}`,
      {
        config: { permission: "roundtable.manage" },
        schema: { tags, summary, params, body, response: { 201: response } } as FastifySchema,
      },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const p = request.params as { slug: string; roundTableId: string; meetingId?: string };
        const scope = manager(request);
        const answer = await run(scope, p, request.body as z.infer<B>);
        // The response schema (201) checks and serializes the answer.
        return reply.status(201).send(answer);
      },
    );

  post(
    "/meetings",
    "Record a meeting: date, place, participants by role, notes",
    tableParams,
    meetingSchema,
    meetingResponse,
    async (scope, p, input) =>
      toMeeting({
        ...(await addMeeting(db, { ...scope, roundTableId: p.roundTableId, input })),
        snapshots: [],
        proposals: [],
      }),
  );

  r.patch(
    `${base}/:roundTableId/meetings/:meetingId`,
    {
      config: { permission: "roundtable.manage" },
      schema: {
        tags,
        summary: "Change a meeting's record (date, place, participants, notes)",
        params: meetingParams,
        body: meetingUpdateSchema,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => {
      const scope = manager(request);
      const { roundTableId, meetingId } = request.params;
      const saved = await updateMeeting(db, {
        ...scope,
        roundTableId,
        meetingId,
        input: request.body,
      });
      return { id: saved.id };
    },
  );

  post(
    "/meetings/:meetingId/snapshot",
    "Take a conversation's results to the meeting, frozen as they are now",
    meetingParams,
    snapshotSchema,
    snapshotResponse,
    async (scope, p, body) =>
      toSnapshot(
        await takeSnapshot(db, {
          ...scope,
          roundTableId: p.roundTableId,
          meetingId: p.meetingId!,
          conversationId: body.conversationId,
        }),
      ),
  );

  post(
    "/meetings/:meetingId/proposals",
    "Write down a table's or group's proposal (fed to the statement once it is started)",
    meetingParams,
    proposalSchema,
    proposalResponse,
    async (scope, p, input) =>
      toProposal(
        await addMeetingProposal(db, {
          ...scope,
          roundTableId: p.roundTableId,
          meetingId: p.meetingId!,
          input,
        }),
      ),
  );

  post(
    "/statement",
    "Start the public statement (julkilausuma): the meetings' proposals become its proposals",
    tableParams,
    statementSchema,
    statementStartedResponse,
    async (scope, p, body) => {
      const { statementId } = await startStatement(db, {
        ...scope,
        roundTableId: p.roundTableId,
        title: body.title,
      });
      return { statementId };
    },
  );
}
