import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { clearSessionCookie, setSessionCookie } from "../../http/auth.js";
import type { AppContext } from "../../http/context.js";
import { noContent, redirect } from "../../http/responses.js";
import { LANGUAGES } from "../organizations/index.js";
import { requireStaff } from "./access.js";
import {
  emailSchema,
  meResponse,
  returnToSchema,
  slugParams,
  staffMember,
  toMe,
  toMember,
} from "./responses.js";
import { ROLES } from "./schema.js";
import {
  askForSignInLink,
  finishSignOn,
  readStaff,
  signedInPerson,
  signInWithToken,
  signOut,
  startSignOn,
} from "./service.js";
import { addStaff, removeStaff, updateStaff } from "./staff.js";

/** The identity module's routes: sign-in (link and single sign-on), the session, the staff. */

export function identityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  const { config } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limits = {
    perWindow: config.signInRateLimit,
    windowSeconds: config.signInRateWindowMinutes * 60,
  };

  r.post(
    "/api/auth/sign-in-link",
    {
      config: { csrf: false, access: "public" },
      schema: {
        tags: ["sign-in"],
        summary: "Mail a one-time sign-in link (same answer whether or not the address is known)",
        body: z.strictObject({
          email: emailSchema,
          org: z.string().max(63).optional(),
          returnTo: returnToSchema.optional(),
          language: z.enum(LANGUAGES).optional(),
        }),
        response: { 202: z.object({ status: z.literal("sent") }) },
      },
    },
    async (request, reply) => {
      const { email, org, returnTo, language } = request.body;
      await askForSignInLink(db, {
        email,
        org,
        returnTo,
        language,
        clientAddress: request.ip,
        limits,
      });
      return reply.status(202).send({ status: "sent" as const });
    },
  );

  r.post(
    "/api/auth/sign-in",
    {
      config: { csrf: false, access: "public" },
      schema: {
        tags: ["sign-in"],
        summary: "Use a sign-in link's token: opens a session",
        body: z.strictObject({ token: z.string().min(10).max(200) }),
        response: { 200: meResponse.extend({ returnTo: z.string().nullable() }) },
      },
    },
    async (request, reply) => {
      const result = await signInWithToken(db, {
        token: request.body.token,
        sessionHours: config.sessionHours,
        clientAddress: request.ip,
        limits,
      });
      setSessionCookie(reply, { ...result.session, secure: config.secureCookies });
      return { ...toMe(result.person, app.permissions), returnTo: result.returnTo };
    },
  );

  r.post(
    "/api/auth/sign-out",
    {
      config: { access: "public" },
      schema: { tags: ["sign-in"], summary: "End the session", response: { 204: noContent } },
    },
    async (request, reply) => {
      await signOut(db, { token: request.sessionToken });
      clearSessionCookie(reply, config.secureCookies);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/me",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["sign-in"],
        summary: "The signed-in staff user",
        response: { 200: meResponse },
      },
    },
    async (request) => {
      const session = requireStaff(request);
      return toMe(
        await signedInPerson(db, {
          user: session.user,
          organizationId: session.organizationId,
          csrfToken: session.csrfToken,
        }),
        app.permissions,
      );
    },
  );

  r.get(
    "/api/auth/oidc/:slug/start",
    {
      config: { access: "public" },
      schema: {
        tags: ["sign-in"],
        summary: "Start single sign-on with the organization's OpenID Connect provider",
        params: slugParams,
        querystring: z.object({ returnTo: returnToSchema.optional() }),
        response: { 302: redirect("To the organization's OpenID Connect provider") },
      },
    },
    async (request, reply) => {
      const url = await startSignOn(db, {
        slug: request.params.slug,
        returnTo: request.query.returnTo,
        publicUrl: config.publicUrl,
        outbound: config.outbound,
        clientAddress: request.ip,
        limits,
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.cause !== undefined) {
          request.log.warn({ err: error.cause }, "OIDC provider could not be used");
        }
        throw error;
      });
      return reply.redirect(url.href, 302);
    },
  );

  r.get(
    "/api/auth/oidc/callback",
    {
      config: { access: "public" },
      schema: {
        tags: ["sign-in"],
        summary: "Where the OpenID Connect provider sends the user back",
        response: {
          302: redirect("Into the app with a session, or to /sign-in/error?code=… when it failed"),
        },
      },
    },
    async (request, reply) => {
      const callbackUrl = new URL(request.url, config.publicUrl);
      try {
        const result = await finishSignOn(db, {
          callbackUrl,
          sessionHours: config.sessionHours,
          outbound: config.outbound,
        });
        setSessionCookie(reply, { ...result.session, secure: config.secureCookies });
        return reply.redirect(result.next, 302);
      } catch (error) {
        const code = error instanceof AppError ? error.code : "auth.oidc_failed";
        request.log.warn(
          { err: error instanceof AppError && error.cause !== undefined ? error.cause : error },
          "OIDC sign-in failed",
        );
        return reply.redirect(`/sign-in/error?code=${encodeURIComponent(code)}`, 302);
      }
    },
  );

  // Staff management (admin of the organization).

  r.get(
    "/api/orgs/:slug/staff",
    {
      config: { permission: "staff.read" },
      schema: {
        tags: ["staff"],
        summary: "The organization's staff and their roles",
        params: slugParams,
        response: { 200: z.object({ staff: z.array(staffMember) }) },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const staff = await readStaff(db, {
        organizationId: organization.id,
        readerId: session.user.id,
      });
      return { staff: staff.map(toMember) };
    },
  );

  r.post(
    "/api/orgs/:slug/staff",
    {
      config: { permission: "staff.manage" },
      schema: {
        tags: ["staff"],
        summary: "Add a staff member",
        params: slugParams,
        body: z.strictObject({
          email: emailSchema,
          displayName: z.string().trim().min(1, "must not be empty").max(200),
          roles: z.array(z.enum(ROLES)).min(1, "must contain at least one role"),
        }),
        response: { 201: staffMember },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const member = await addStaff(db, {
        organizationId: organization.id,
        ...request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toMember(member));
    },
  );

  r.patch(
    "/api/orgs/:slug/staff/:userId",
    {
      config: { permission: "staff.manage" },
      schema: {
        tags: ["staff"],
        summary: "Change a staff member's roles or name",
        params: z.object({ slug: z.string().max(63), userId: z.uuid() }),
        body: z.strictObject({
          roles: z.array(z.enum(ROLES)).min(1, "must contain at least one role").optional(),
          displayName: z.string().trim().min(1).max(200).optional(),
        }),
        response: { 200: staffMember },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const member = await updateStaff(db, {
        organizationId: organization.id,
        userId: request.params.userId,
        roles: request.body.roles,
        displayName: request.body.displayName,
        actor: { userId: session.user.id },
      });
      return toMember(member);
    },
  );

  r.delete(
    "/api/orgs/:slug/staff/:userId",
    {
      config: { permission: "staff.manage" },
      schema: {
        tags: ["staff"],
        summary: "Remove a staff member from the organization",
        params: z.object({ slug: z.string().max(63), userId: z.uuid() }),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await removeStaff(db, {
        organizationId: organization.id,
        userId: request.params.userId,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );
}
