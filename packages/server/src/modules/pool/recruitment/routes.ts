import { municipality } from "@kuulo/dvv";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mediaResponse } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import type { PoolServices } from "../services.js";
import { drawRoundSample, openSignUpCode } from "./draw.js";
import { readFrameMapping } from "./frame-mapping.js";
import { LETTER_FILES, letterFile } from "./letters.js";
import {
  codeBodySchema,
  drawResponse,
  frameSchema,
  importResponse,
  outcomeSchema,
  roundListResponse,
  roundResponse,
  roundSchema,
  signUpFormResponse,
  signUpListResponse,
  signUpSchema,
  toRound,
  toTracking,
  trackingResponse,
} from "./responses.js";
import { createRound, importFrame, listRounds, loadRound } from "./rounds.js";
import { signUp } from "./signup.js";
import { listSignUps } from "./signups-list.js";
import { markOutcome, roundTracking } from "./tracking.js";

const tags = ["pool recruitment"];
const slugParams = z.object({ slug: slugParam });
const roundParams = z.object({ slug: slugParam, roundId: z.uuid() });
const FRAME_LIMIT = 100 * 1024 * 1024;

/** Population-register recruitment rounds: staff routes and the residents' sign-up. */
export function poolRecruitmentRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<PoolServices>,
): void {
  const db = ctx.database.db;
  const sealer = () => ctx.services.sealer;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/pool/rounds",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary: "Recruitment rounds (staff)",
        params: slugParams,
        response: { 200: roundListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return { rounds: (await listRounds(db, organization.id)).map(toRound) };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/rounds",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary: "Create a recruitment round (staff)",
        params: slugParams,
        body: roundSchema,
        response: { 201: roundResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const round = await createRound(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toRound(round));
    },
  );

  r.get(
    "/api/orgs/:slug/pool/rounds/:roundId",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary:
          "A round with its tracking: invited → responded → signed up → selected → attended, per stratum (staff)",
        params: roundParams,
        response: { 200: trackingResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const options = { organizationId: organization.id, roundId: request.params.roundId };
      return toTracking(
        await loadRound(db, organization.id, options.roundId),
        await roundTracking(db, options),
      );
    },
  );

  r.post(
    "/api/orgs/:slug/pool/rounds/:roundId/frame",
    {
      bodyLimit: FRAME_LIMIT,
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary:
          "Import the DVV extract (base64, optional mapping and encoding) as the round's frame (staff)",
        params: roundParams,
        body: frameSchema,
        response: { 201: importResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const result = await importFrame(db, sealer(), {
        organizationId: organization.id,
        roundId: request.params.roundId,
        bytes: Buffer.from(request.body.file, "base64"),
        skipInvalid: request.body.skipInvalid,
        mapping: request.body.mapping ? readFrameMapping(request.body.mapping) : undefined,
        encoding: request.body.encoding,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(result);
    },
  );

  r.post(
    "/api/orgs/:slug/pool/rounds/:roundId/draw",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary: "Draw the round's sample with its seed and give sign-up codes (staff)",
        params: roundParams,
        response: { 201: drawResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const { codes: _, ...draw } = await drawRoundSample(db, sealer(), {
        organizationId: organization.id,
        roundId: request.params.roundId,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(draw);
    },
  );

  r.get(
    "/api/orgs/:slug/pool/rounds/:roundId/files/:file",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary:
          "The letters PDF or the printing-house CSV, with names, addresses and codes (staff; the read is logged)",
        params: roundParams.extend({ file: z.enum(LETTER_FILES) }),
        response: {
          200: mediaResponse("The file, as an attachment", ["application/pdf", "text/csv"]),
        },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const file = await letterFile(db, sealer(), {
        organizationId: organization.id,
        roundId: request.params.roundId,
        file: request.params.file,
        signUpUrl: `${ctx.config.publicUrl}/${organization.slug}/pool/signup`,
        userId: session.user.id,
      });
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${request.params.file}"`)
        .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
    },
  );

  r.get(
    "/api/orgs/:slug/pool/rounds/:roundId/signups",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary: "Who signed up: step, strata and available dates, without contact data (staff)",
        params: roundParams,
        response: { 200: signUpListResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const people = await listSignUps(db, {
        organizationId: organization.id,
        roundId: request.params.roundId,
        actor: { userId: session.user.id },
      });
      return { signups: people.map((p) => ({ ...p, signedUpAt: p.signedUpAt.toISOString() })) };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/rounds/:roundId/outcomes",
    {
      config: { permission: "pool.recruitment" },
      schema: {
        tags,
        summary: "Mark people who signed up as selected, or selected as attended (staff)",
        params: roundParams,
        body: outcomeSchema,
        response: { 200: z.object({ marked: z.number().int() }) },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const marked = await markOutcome(db, {
        organizationId: organization.id,
        roundId: request.params.roundId,
        ...request.body,
        actor: { userId: session.user.id },
      });
      return { marked };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/signup/code",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Check a letter's sign-up code: what the sign-up page shows (attempts limited)",
        params: slugParams,
        body: codeBodySchema,
        response: { 200: signUpFormResponse },
      },
    },
    async (request) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const { person, round } = await openSignUpCode(db, sealer(), {
        organizationId: org.id,
        typed: request.body.code,
        clientAddress: request.ip,
      });
      return {
        title: round.title,
        purpose: round.purpose,
        sessionDates: round.sessionDates,
        language: person.language === "sv" ? ("sv" as const) : ("fi" as const),
        municipality: person.municipality,
        municipalityName: municipality(person.municipality)?.name ?? {
          fi: person.municipality,
          sv: person.municipality,
        },
        ageBand: person.ageBand,
        sex: person.sex,
        closesAt: round.closesAt.toISOString(),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/signup",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "Sign up with a letter's code: consent, gender, availability, contact (sealed); optionally join the pool",
        params: slugParams,
        body: signUpSchema,
        response: {
          201: z.object({
            signedUp: z.literal(true),
            /** How the pool membership is confirmed, when the resident also joined the pool. */
            poolConfirmBy: z.enum(["email", "sms"]).nullable(),
          }),
        },
      },
    },
    async (request, reply) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const { email, phone, ...rest } = request.body;
      const done = await signUp(db, sealer(), {
        organizationId: org.id,
        input: { ...rest, ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
        clientAddress: request.ip,
        pool: {
          deps: { ...ctx.services, publicUrl: ctx.config.publicUrl },
          organization: org,
        },
      });
      return reply.status(201).send({ signedUp: true as const, poolConfirmBy: done.pool });
    },
  );
}
