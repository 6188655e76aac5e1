import { createHash } from "node:crypto";
import { safeReturnTo } from "@kuulo/paths";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { clearSessionCookie, setSessionCookie } from "../../http/auth.js";
import type { AppContext } from "../../http/context.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import { noContent, redirect } from "../../http/responses.js";
import { recordRead } from "../audit/index.js";
import { findOrganizationById, findOrganizationBySlug, LANGUAGES } from "../organizations/index.js";
import { requireMember, requireStaff } from "./access.js";
import { finishOidcSignIn, startOidcSignIn } from "./oidc.js";
import { ROLES } from "./schema.js";
import { endSession, sessionMemberships } from "./sessions.js";
import { requestSignInLink, signInWithLink } from "./sign-in.js";
import {
  addStaff,
  findStaffById,
  listStaff,
  removeStaff,
  type StaffMember,
  updateStaff,
} from "./staff.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const meResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  memberships: z.array(
    z.object({
      org: z.object({ slug: z.string(), name: localized }),
      roles: z.array(z.enum(ROLES)),
      /** The person's name as this organization knows it. */
      displayName: z.string(),
    }),
  ),
  csrfToken: z.string(),
});
const staffMember = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  addedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
const emailSchema = z.email({ message: "must be an email address" }).max(254);
/** Only paths inside this site, never another origin (the check the web app runs too). */
const returnToSchema = z
  .string()
  .max(1000)
  .refine(
    (value) => safeReturnTo(value) !== undefined,
    "must be a path on this site starting with a single /, without control characters",
  );
const slugParams = z.object({ slug: z.string().max(63) });

function toMember(m: StaffMember): z.infer<typeof staffMember> {
  return {
    id: m.id,
    email: m.email,
    displayName: m.displayName,
    roles: m.roles,
    addedAt: m.addedAt.toISOString(),
    lastSignInAt: m.lastSignInAt?.toISOString() ?? null,
  };
}

function hashForKey(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}

export function identityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  const { config } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const windowSeconds = config.signInRateWindowMinutes * 60;

  /**
   * The signed-in person. A session opened through an organization's identity provider lists
   * that organization only. Names are per organization: each membership carries the name that
   * organization gave the person, and `user.displayName` is the name in the organization they
   * last signed in to (or, before any, the first by slug).
   */
  async function me(
    scope: { userId: string; organizationId: string | null },
    csrfToken: string,
    user: { id: string; email: string },
  ) {
    const memberships = await sessionMemberships(db, scope);
    const latest = [...memberships].sort(
      (a, b) => (b.lastSignInAt?.getTime() ?? 0) - (a.lastSignInAt?.getTime() ?? 0),
    )[0];
    return {
      user: { id: user.id, email: user.email, displayName: latest?.displayName ?? "" },
      memberships: memberships.map((m) => ({
        org: { slug: m.slug, name: m.name },
        roles: m.roles,
        displayName: m.displayName,
      })),
      csrfToken,
    };
  }

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
      // Per address (stops mail bombing) and, more loosely, per client address (a school or
      // office behind one address must still be able to sign in).
      await enforceRateLimit(db, {
        key: `sign-in-link:email:${hashForKey(email.toLowerCase())}`,
        limit: config.signInRateLimit,
        windowSeconds,
      });
      await enforceRateLimit(db, {
        key: `sign-in-link:ip:${request.ip}`,
        limit: config.signInRateLimit * 10,
        windowSeconds,
      });
      const organization = org ? await findOrganizationBySlug(db, org) : undefined;
      await requestSignInLink(db, {
        email,
        organization,
        returnTo: safeReturnTo(returnTo),
        language: language ?? organization?.defaultLanguage ?? "fi",
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
      await enforceRateLimit(db, {
        key: `sign-in:ip:${request.ip}`,
        limit: config.signInRateLimit * 10,
        windowSeconds,
      });
      const result = await signInWithLink(db, {
        token: request.body.token,
        sessionHours: config.sessionHours,
      });
      setSessionCookie(reply, {
        token: result.token,
        expiresAt: result.expiresAt,
        secure: config.secureCookies,
      });
      const identity = await findStaffById(db, result.userId);
      return {
        ...(await me({ userId: result.userId, organizationId: null }, result.csrfToken, identity)),
        returnTo: safeReturnTo(result.returnTo) ?? null,
      };
    },
  );

  r.post(
    "/api/auth/sign-out",
    {
      config: { access: "public" },
      schema: { tags: ["sign-in"], summary: "End the session", response: { 204: noContent } },
    },
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken);
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
      return me(
        { userId: session.user.id, organizationId: session.organizationId },
        session.csrfToken,
        session.user,
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
      await enforceRateLimit(db, {
        key: `oidc-start:ip:${request.ip}`,
        limit: config.signInRateLimit * 10,
        windowSeconds,
      });
      const organization = await findOrganizationBySlug(db, request.params.slug);
      const url = await startOidcSignIn(db, {
        organization,
        returnTo: safeReturnTo(request.query.returnTo),
        publicUrl: config.publicUrl,
        outbound: config.outbound,
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
        const result = await finishOidcSignIn(db, {
          callbackUrl,
          loadOrganization: (id) => findOrganizationById(db, id),
          sessionHours: config.sessionHours,
          outbound: config.outbound,
        });
        setSessionCookie(reply, {
          token: result.token,
          expiresAt: result.expiresAt,
          secure: config.secureCookies,
        });
        return reply.redirect(result.returnTo ?? `/${result.organization.slug}/staff`, 302);
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
      const { organization, session } = await requireMember(
        db,
        request,
        request.params.slug,
        "staff.read",
      );
      const staff = await listStaff(db, { organizationId: organization.id });
      await recordRead(db, {
        organizationId: organization.id,
        userId: session.user.id,
        action: "staff.list_read",
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
      const { organization, session } = await requireMember(
        db,
        request,
        request.params.slug,
        "staff.manage",
      );
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
      const { organization, session } = await requireMember(
        db,
        request,
        request.params.slug,
        "staff.manage",
      );
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
      const { organization, session } = await requireMember(
        db,
        request,
        request.params.slug,
        "staff.manage",
      );
      await removeStaff(db, {
        organizationId: organization.id,
        userId: request.params.userId,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );
}
