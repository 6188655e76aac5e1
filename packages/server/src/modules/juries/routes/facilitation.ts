import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordRead } from "../../audit/index.js";
import type { ModuleContext } from "../../define.js";
import { addHearing, addMaterial, hearingsOf, materialsOf } from "../materials.js";
import {
  hearingResponse,
  materialResponse,
  postResponse,
  threadResponse,
  toHearing,
  toMaterial,
  toPost,
} from "../responses.js";
import type { JuryServices } from "../services.js";
import { findJury } from "../setup.js";
import { moderatePost, submitPost, threadOf } from "../threads.js";
import {
  hearingSchema,
  materialSchema,
  moderationSchema,
  postSchema,
  summarySchema,
} from "../validation.js";
import { juryParams } from "./staff.js";

const tags = ["juries (facilitation)"];
const postParams = juryParams.extend({ postId: z.uuid() });

/** Facilitators: materials, hearings, the whole discussion, moderation, pins and summaries. */
export function juryFacilitationRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<JuryServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const jury = async (
    request: { params: { slug: string; juryId: string } },
    organizationId: string,
  ) => findJury(db, { organizationId, juryId: request.params.juryId });

  r.get(
    "/api/orgs/:slug/juries/:juryId/materials",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "The jury's materials by phase",
        params: juryParams,
        response: { 200: z.object({ materials: z.array(materialResponse) }) },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return {
        materials: (await materialsOf(db, await jury(request, organization.id))).map(toMaterial),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/materials",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary:
          "Add a material to a phase: a text (with plain language), an image with alt text, a video with captions, a link",
        params: juryParams,
        body: materialSchema,
        response: { 201: materialResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const saved = await addMaterial(db, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send(toMaterial(saved));
    },
  );

  r.get(
    "/api/orgs/:slug/juries/:juryId/hearings",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "The expert hearings with questions and answers",
        params: juryParams,
        response: { 200: z.object({ hearings: z.array(hearingResponse) }) },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return {
        hearings: (await hearingsOf(db, await jury(request, organization.id))).map(toHearing),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/hearings",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary: "Open a hearing with one of the jury's experts",
        params: juryParams,
        body: hearingSchema,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const saved = await addHearing(db, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        expertId: request.body.expertId,
        subject: request.body.subject,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send({ id: saved.id });
    },
  );

  r.get(
    "/api/orgs/:slug/juries/:juryId/posts",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary:
          "Every post with its status, screening flags and moderation reasons (the moderation queue first)",
        params: juryParams,
        response: { 200: threadResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const j = await jury(request, organization.id);
      const posts = (await threadOf(db, { jury: j, all: true })).map(toPost);
      await recordRead(db, {
        organizationId: organization.id,
        userId: session.user.id,
        action: "juries.posts_read",
        targetType: "jury",
        targetId: j.id,
      });
      return {
        posts: [
          ...posts.filter((p) => p.status === "pending"),
          ...posts.filter((p) => p.status !== "pending"),
        ],
      };
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/posts",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary: "A facilitator's post or reply (visible at once)",
        params: juryParams,
        body: postSchema,
        response: { 201: postResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const j = await jury(request, organization.id);
      const saved = await submitPost(db, {
        jury: j,
        author: { userId: session.user.id },
        ...request.body,
      });
      const [post] = (await threadOf(db, { jury: j, all: true })).filter((p) => p.id === saved.id);
      return reply.code(201).send(toPost(post!));
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/summaries",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary: "A facilitator's summary of the discussion so far",
        params: juryParams,
        body: summarySchema,
        response: { 201: postResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const j = await jury(request, organization.id);
      const saved = await submitPost(db, {
        jury: j,
        author: { userId: session.user.id },
        body: request.body.body,
        parentId: null,
        summary: true,
      });
      const [post] = (await threadOf(db, { jury: j, all: true })).filter((p) => p.id === saved.id);
      return reply.code(201).send(toPost(post!));
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/posts/:postId/moderation",
    {
      config: { permission: "jury.facilitate" },
      schema: {
        tags,
        summary: "Approve a waiting post, hide a post (with a reason), pin or unpin",
        params: postParams,
        body: moderationSchema,
        response: { 200: postResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const j = await jury(request, organization.id);
      await moderatePost(db, {
        jury: j,
        postId: request.params.postId,
        ...request.body,
        userId: session.user.id,
      });
      const [post] = (await threadOf(db, { jury: j, all: true })).filter(
        (p) => p.id === request.params.postId,
      );
      return toPost(post!);
    },
  );
}
