import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { MemberResolver, Permission } from "../../http/permissions.js";
import { findOrganizationBySlug, type Organization } from "../organizations/index.js";
import type { Role } from "./schema.js";
import { type ActiveSession, findSession, sessionMemberships } from "./sessions.js";

declare module "../../http/auth.js" {
  // The session the base resolves (http/auth.ts) is identity's: its type is filled in here.
  interface AuthSession extends ActiveSession {}
}

declare module "../../http/permissions.js" {
  // The member the base's member check keeps (`request.member`) is identity's MemberContext.
  interface RouteMember extends MemberContext {}
}

/** Resolves the session cookie for the base's auth hook (http/auth.ts). */
export function sessionResolver(db: Db) {
  return (token: string) => findSession(db, token);
}

/**
 * The member check's resolver (http/permissions.ts `installMemberCheck`): on every route that
 * declares `config.permission`, `requireMember` with the route's `:slug` and that permission,
 * before the handler runs; the handler reads the result as `request.member`.
 */
export function memberResolver(db: Db): MemberResolver {
  return (request, slug, permission) => requireMember(db, request, slug, permission);
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
 * (http/permissions.ts). A route that declares `config.permission` has this already, as
 * `request.member` (the member check); call it only for a permission the route chooses at run
 * time. Throws 401 when not signed in, 404 for an unknown organization, 403
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
