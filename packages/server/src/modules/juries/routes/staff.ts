import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { juryListResponse, juryResponse, toJury } from "../responses.js";
import type { JuryServices } from "../services.js";
import {
  createJury,
  findJury,
  listJuries,
  moveJuryPhase,
  recordDecisionResponse,
  setJuryStatus,
  updateJury,
} from "../setup.js";
import { juryStatement, startJuryStatement } from "../statement.js";
import { jurySchema, phaseSchema, responseSchema, statusSchema } from "../validation.js";

const tags = ["juries (staff)"];
const slugParams = z.object({ slug: slugParam });
export const juryParams = z.object({ slug: slugParam, juryId: z.uuid() });

/** Staff: set up juries, move their status and phases, the statement, the decision-makers' response. */
export function juryStaffRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/juries",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "The organization's online juries",
        params: slugParams,
        response: { 200: juryListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return { juries: (await listJuries(db, { organizationId: organization.id })).map(toJury) };
    },
  );

  r.post(
    "/api/orgs/:slug/juries",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary:
          "Set up an online jury (draft): question, recruitment, minimum age, moderation, phases",
        params: slugParams,
        body: jurySchema,
        response: { 201: juryResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const jury = await createJury(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send(toJury(jury));
    },
  );

  r.get(
    "/api/orgs/:slug/juries/:juryId",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "A jury's set-up, phase and status",
        params: juryParams,
        response: { 200: juryResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return toJury(
        await findJury(db, { organizationId: organization.id, juryId: request.params.juryId }),
      );
    },
  );

  r.put(
    "/api/orgs/:slug/juries/:juryId",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Change a jury's set-up",
        params: juryParams,
        body: jurySchema,
        response: { 200: juryResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return toJury(
        await updateJury(db, {
          organizationId: organization.id,
          juryId: request.params.juryId,
          input: request.body,
          actor: { userId: session.user.id },
        }),
      );
    },
  );

  r.put(
    "/api/orgs/:slug/juries/:juryId/status",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Start (running) or finish the jury",
        params: juryParams,
        body: statusSchema,
        response: { 200: juryResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return toJury(
        await setJuryStatus(db, {
          organizationId: organization.id,
          juryId: request.params.juryId,
          status: request.body.status,
          actor: { userId: session.user.id },
        }),
      );
    },
  );

  r.put(
    "/api/orgs/:slug/juries/:juryId/phase",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary: "Move the jury one phase on (or back); the jurors see it live",
        params: juryParams,
        body: phaseSchema,
        response: { 200: juryResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return toJury(
        await moveJuryPhase(db, {
          organizationId: organization.id,
          juryId: request.params.juryId,
          phase: request.body.phase,
          actor: { userId: session.user.id },
        }),
      );
    },
  );

  r.put(
    "/api/orgs/:slug/juries/:juryId/decision-response",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Record the decision-makers' response to the statement (body, date, text)",
        params: juryParams,
        body: responseSchema,
        response: { 200: juryResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return toJury(
        await recordDecisionResponse(db, {
          organizationId: organization.id,
          juryId: request.params.juryId,
          response: request.body,
          actor: { userId: session.user.id },
        }),
      );
    },
  );

  r.get(
    "/api/orgs/:slug/juries/:juryId/statement",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "The jury's statement (deliberation) and its status, or null before it is started",
        params: juryParams,
        response: {
          200: z.object({
            statement: z
              .object({ id: z.string(), title: z.string(), status: z.string() })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const scope = { organizationId: organization.id, juryId: request.params.juryId };
      await findJury(db, scope);
      const statement = await juryStatement(db, scope);
      return {
        statement: statement
          ? { id: statement.id, title: statement.title, status: statement.status }
          : null,
      };
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/statement",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Start the jury's statement (deliberation), or bring its participants up to date",
        params: juryParams,
        body: z.strictObject({ title: z.string().max(200).optional() }),
        response: { 200: z.object({ statementId: z.string(), participants: z.number().int() }) },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { statement, participants } = await startJuryStatement(db, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        ...(request.body.title ? { title: request.body.title } : {}),
        actor: { userId: session.user.id },
      });
      return { statementId: statement.id, participants };
    },
  );
}
