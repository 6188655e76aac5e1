import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import type { Role } from "../modules/identity/schema.js";
import {
  type ActiveSession,
  findSession,
  sessionMemberships,
} from "../modules/identity/sessions.js";
import { findOrganizationBySlug, type Organization } from "../modules/organizations/service.js";
import type { Permission } from "./permissions.js";

export const SESSION_COOKIE = "kuulo_session";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyRequest {
    staffSession: ActiveSession | undefined;
    sessionToken: string | undefined;
  }
  interface FastifyContextConfig {
    /** false for endpoints that are not cookie-authenticated writes (sign-in itself). */
    csrf?: boolean;
  }
}

/**
 * Resolves the staff session from its cookie on every API request, and refuses
 * cookie-authenticated writes without the session's CSRF token. Sign-in endpoints instead
 * check that a browser's Origin is our own.
 */
export function installAuth(app: FastifyInstance, options: { db: Db; config: Config }): void {
  app.decorateRequest("staffSession", undefined);
  app.decorateRequest("sessionToken", undefined);
  const ownOrigin = new URL(options.config.publicUrl).origin;

  app.addHook("preHandler", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.staffSession = await findSession(options.db, token);
    }
    if (!UNSAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && origin !== ownOrigin && origin !== `${request.protocol}://${request.host}`) {
      throw new AppError("csrf.failed", `Requests from ${origin} are not accepted.`);
    }
    if (request.routeOptions.config.csrf === false) return;
    if (
      request.staffSession &&
      request.headers["x-csrf-token"] !== request.staffSession.csrfToken
    ) {
      throw new AppError(
        "csrf.failed",
        "Send the x-csrf-token header from GET /api/me with every change.",
      );
    }
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  options: { token: string; expiresAt: Date; secure: boolean },
): void {
  reply.setCookie(SESSION_COOKIE, options.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    expires: options.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
}

export function requireStaff(request: FastifyRequest): ActiveSession {
  if (!request.staffSession) throw new AppError("auth.required", "Sign in to continue.");
  return request.staffSession;
}

export interface MemberContext {
  session: ActiveSession;
  organization: Organization;
  roles: Role[];
  /** Whether the member also holds another permission (e.g. to see statements not approved). */
  can: (permission: Permission) => boolean;
}

/**
 * The signed-in user's standing in the organization named by :slug, holding `permission`
 * (http/permissions.ts). Throws 401 when not signed in, 404 for an unknown organization, 403
 * when not a member, when none of their roles holds the permission, or when signed in through
 * another organization's identity provider (sessions are scoped, see docs/ARCHITECTURE.md
 * "Staff sessions").
 */
export async function requireMember(
  db: Db,
  request: FastifyRequest,
  slug: string,
  permission: Permission,
): Promise<MemberContext> {
  const session = requireStaff(request);
  const organization = await findOrganizationBySlug(db, slug);
  if (session.organizationId !== null && session.organizationId !== organization.id) {
    // Opened through another organization's identity provider, which cannot vouch for this one.
    throw new AppError(
      "auth.forbidden",
      "You signed in through another organization's sign-on. Sign in again to work here.",
    );
  }
  const membership = (
    await sessionMemberships(db, {
      userId: session.user.id,
      organizationId: session.organizationId,
    })
  ).find((m) => m.organizationId === organization.id);
  if (!membership)
    throw new AppError("auth.forbidden", "You are not on the staff of this organization.");
  const table = request.server.permissions;
  if (!table.can(membership.roles, permission)) {
    throw new AppError(
      "auth.forbidden",
      `This needs the permission ${permission}, which none of your roles here holds.`,
    );
  }
  const roles = membership.roles;
  return { session, organization, roles, can: (other) => table.can(roles, other) };
}
