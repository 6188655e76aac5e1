import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { answerQuestion, askQuestion, hearingsOf, materialsOf } from "../materials.js";
import { setPreferences } from "../members.js";
import {
  postResponse,
  spaceResponse,
  threadResponse,
  toHearing,
  toJury,
  toMaterial,
  toPost,
} from "../responses.js";
import { JURY_PHASES } from "../schema.js";
import type { JuryServices } from "../services.js";
import { SESSION_HOURS, signInWithLink } from "../sessions.js";
import { juryStatement } from "../statement.js";
import { freshPost, react, submitPost, threadOf } from "../threads.js";
import {
  answerSchema,
  linkSchema,
  postSchema,
  preferencesSchema,
  questionSchema,
  reactionSchema,
} from "../validation.js";
import { JURY_COOKIE, juryCookiePath, memberOfRequest } from "./member-session.js";

const tags = ["juries (jurors and experts)"];
const slugParams = z.object({ slug: slugParam });
const ok = z.object({ ok: z.literal(true) });

/** The jury space: jurors and experts behind a one-time link (cookie or x-jury-session header). */
export function jurySpaceRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const who = (request: FastifyRequest) =>
    memberOfRequest(db, (request.params as { slug: string }).slug, request);
  const space = async (p: Awaited<ReturnType<typeof who>>) => {
    const { recruitmentRef: _r, createdAt: _c, ...jury } = toJury(p.jury);
    // Materials of the phases reached so far.
    const reached = JURY_PHASES.indexOf(p.jury.phase);
    const materials = (await materialsOf(db, p.jury)).filter(
      (m) => JURY_PHASES.indexOf(m.phase) <= reached,
    );
    const hearings = (await hearingsOf(db, p.jury)).filter(
      (h) => p.member.kind === "juror" || h.expertId === p.member.id,
    );
    return {
      jury,
      me: {
        kind: p.member.kind,
        label: p.member.label,
        language: p.member.language,
        plainLanguage: p.member.plainLanguage,
        digest: p.member.digest,
      },
      materials: materials.map(toMaterial),
      hearings: hearings.map(toHearing),
      hasStatement:
        (await juryStatement(db, { organizationId: p.jury.organizationId, juryId: p.jury.id })) !==
        undefined,
    };
  };

  r.post(
    "/api/orgs/:slug/jury-space/session",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Open the jury space with the one-time link (sets a cookie for the space)",
        params: slugParams,
        body: linkSchema,
        response: { 200: spaceResponse.extend({ session: z.string() }) },
      },
    },
    async (request, reply) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      await enforceRateLimit(db, { key: `jury-link:${request.ip}`, limit: 30, windowSeconds: 600 });
      const { session } = await signInWithLink(db, {
        organizationId: organization.id,
        token: request.body.token,
      });
      reply.setCookie(JURY_COOKIE, session, {
        path: juryCookiePath(organization.slug),
        httpOnly: true,
        sameSite: "lax",
        secure: ctx.config.secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
      request.headers["x-jury-session"] = session;
      return { ...(await space(await who(request))), session };
    },
  );

  r.get(
    "/api/orgs/:slug/jury-space/me",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The jury as this member sees it: phase, prompt, materials, hearings",
        params: slugParams,
        response: { 200: spaceResponse },
      },
    },
    async (request) => space(await who(request)),
  );

  r.put(
    "/api/orgs/:slug/jury-space/me/preferences",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Digests (email / SMS / none), plain language, language",
        params: slugParams,
        body: preferencesSchema,
        response: { 200: spaceResponse },
      },
    },
    async (request) => {
      const p = await who(request);
      const member = await setPreferences(db, p.member, request.body);
      return space({ ...p, member });
    },
  );

  r.get(
    "/api/orgs/:slug/jury-space/me/posts",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The discussion: visible posts and one's own waiting ones, with reactions",
        params: slugParams,
        response: { 200: threadResponse },
      },
    },
    async (request) => {
      const p = await who(request);
      return { posts: (await threadOf(db, { jury: p.jury, reader: p.member })).map(toPost) };
    },
  );

  r.post(
    "/api/orgs/:slug/jury-space/me/posts",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Write a post or a reply (pre-moderation and screening may hold it)",
        params: slugParams,
        body: postSchema,
        response: { 201: postResponse },
      },
    },
    async (request, reply) => {
      const p = await who(request);
      await enforceRateLimit(db, {
        key: `jury-post:${p.member.id}`,
        limit: 60,
        windowSeconds: 3600,
      });
      const saved = await submitPost(db, {
        jury: p.jury,
        author: { member: p.member },
        ...request.body,
      });
      return reply.code(201).send(toPost(freshPost(saved, p.member.label)));
    },
  );

  r.put(
    "/api/orgs/:slug/jury-space/me/posts/:postId/reactions",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Give or take back a reaction (one per kind)",
        params: slugParams.extend({ postId: z.uuid() }),
        body: reactionSchema,
        response: { 200: ok },
      },
    },
    async (request) => {
      const p = await who(request);
      await react(db, {
        jury: p.jury,
        member: p.member,
        postId: request.params.postId,
        ...request.body,
      });
      return { ok: true as const };
    },
  );

  r.post(
    "/api/orgs/:slug/jury-space/me/hearings/:hearingId/questions",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Ask the hearing's expert (in the hearing phase)",
        params: slugParams.extend({ hearingId: z.uuid() }),
        body: questionSchema,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const p = await who(request);
      const saved = await askQuestion(db, {
        ...p,
        hearingId: request.params.hearingId,
        question: request.body.question,
      });
      return reply.code(201).send({ id: saved.id });
    },
  );

  r.put(
    "/api/orgs/:slug/jury-space/me/questions/:questionId/answer",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "The expert's answer to a question of their own hearing: text, a video link or both",
        params: slugParams.extend({ questionId: z.uuid() }),
        body: answerSchema,
        response: { 200: ok },
      },
    },
    async (request) => {
      const p = await who(request);
      await answerQuestion(db, {
        member: p.member,
        questionId: request.params.questionId,
        ...request.body,
      });
      return { ok: true as const };
    },
  );
}
