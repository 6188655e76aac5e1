import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";

/**
 * Permissions: what a member of an organization may do, named `resource.action`
 * (`conversation.moderate`), and which roles hold each. This file is the mechanism only; it
 * knows no module. Each module declares its own permissions in `modules/<name>/permissions.ts`
 * with `declarePermissions` (which also makes the names known to the type checker), the
 * application composes them into one table (`src/permissions.ts`) and `installPermissions`
 * registers that table once when the app is built. `docs/PERMISSIONS.md` is generated from it.
 * `installMemberCheck` checks a route's permission before its handler runs (`request.member`).
 */

/**
 * The names of every declared permission. Modules add theirs by declaration merging (see
 * `declarePermissions`), so that `config: { permission: "conversation.moderat" }` is a type error.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by every module's permissions.ts
export interface PermissionRegistry {}
export type Permission = keyof PermissionRegistry & string;

export interface PermissionDeclaration<R extends string = string> {
  /** What the permission allows, in the words of the organization's staff. */
  allows: string;
  /** The roles that hold it. */
  roles: readonly R[];
}

/** One module's permissions, as its `permissions.ts` exports them. */
export interface ModulePermissions<R extends string = string, P extends string = string> {
  /** The module's folder name (`conversations`). */
  module: string;
  /** A heading for the module in docs/PERMISSIONS.md. */
  title: string;
  permissions: Readonly<Record<P, PermissionDeclaration<R>>>;
}

const NAME = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

/**
 * A module's permissions. Use with a declaration that makes the names known:
 *
 * ```ts
 * export const conversationPermissions = declarePermissions({ module, title, permissions: {…} });
 * declare module "../../http/permissions.js" {
 *   interface PermissionRegistry extends Record<keyof typeof conversationPermissions.permissions, true> {}
 * }
 * ```
 */
export function declarePermissions<R extends string, P extends string>(
  declared: ModulePermissions<R, P>,
): ModulePermissions<R, P> {
  for (const [name, declaration] of Object.entries<PermissionDeclaration<R>>(
    declared.permissions,
  )) {
    if (!NAME.test(name))
      throw new Error(`Permission "${name}" (${declared.module}): name it resource.action`);
    if (declaration.allows.trim() === "")
      throw new Error(`Permission "${name}" (${declared.module}): say what it allows`);
  }
  return declared;
}

/** Every module's permissions in one table: permission → the roles that hold it. */
export interface PermissionTable {
  /** Every role there is, in the order the documentation lists them. */
  roles: readonly string[];
  modules: readonly ModulePermissions[];
  /** Whether a member with these roles holds the permission (any one role suffices). */
  can: (roles: readonly string[], permission: Permission) => boolean;
  /** Whether the permission is declared at all. */
  has: (permission: string) => boolean;
  /** Every permission a member with these roles holds, in name order (for the web's menus). */
  held: (roles: readonly string[]) => Permission[];
}

/**
 * Composes the modules' declarations into the one table. Refuses a permission declared twice,
 * a role that does not exist, and a permission that no role holds.
 */
export function composePermissions(options: {
  roles: readonly string[];
  modules: readonly ModulePermissions[];
}): PermissionTable {
  const holders = new Map<string, ReadonlySet<string>>();
  const knownRoles = new Set(options.roles);
  for (const m of options.modules) {
    for (const [name, declaration] of Object.entries(m.permissions)) {
      if (holders.has(name)) throw new Error(`Permission "${name}" is declared twice`);
      const unknown = declaration.roles.filter((r) => !knownRoles.has(r));
      if (unknown.length > 0)
        throw new Error(`Permission "${name}" names unknown roles: ${unknown.join(", ")}`);
      if (declaration.roles.length === 0) throw new Error(`No role holds permission "${name}"`);
      holders.set(name, new Set(declaration.roles));
    }
  }
  return {
    roles: options.roles,
    modules: options.modules,
    can: (roles, permission) => {
      const held = holders.get(permission);
      if (!held) throw new Error(`Unknown permission "${permission}"`);
      return roles.some((role) => held.has(role));
    },
    has: (permission) => holders.has(permission),
    held: (roles) =>
      [...holders]
        .filter(([, held]) => roles.some((role) => held.has(role)))
        .map(([name]) => name as Permission)
        .sort(),
  };
}

/**
 * Who may call a route. Every route declares one of them in its config, and
 * `src/access.test.ts` walks every route with every role to prove the declaration true:
 * - `permission`: a member of the route's organization (`:slug`) holding that permission;
 * - `access: "signed-in"`: any signed-in staff member, whatever their organization;
 * - `access: "public"`: anyone (residents, the sign-in pages, health checks);
 * - `access: "callback"`: a provider's callback (SMS delivery reports, incoming SMS): no staff
 *   session, authenticated by a secret in its URL or a signature; refused (401/403) to anyone
 *   without it, staff included.
 */
export type RouteAccess = "public" | "signed-in" | "callback";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The permission a member of the route's organization needs (http/permissions.ts). */
    permission?: Permission;
    /**
     * A route that needs no permission: open to anyone, to any signed-in staff member, or to a
     * provider that proves itself with a secret or a signature.
     */
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** The one permission table (src/permissions.ts), registered at start-up. */
    permissions: PermissionTable;
  }
  interface FastifyRequest {
    /**
     * The caller's standing in the route's organization (`:slug`), found by the member check
     * (`installMemberCheck`) before the handler runs. Only on a route that declares
     * `config.permission`; reading it on any other route throws (a programming error).
     */
    readonly member: RouteMember;
  }
}

/**
 * Registers the table for the member check, and refuses at start-up a route that names an
 * undeclared permission, declares both a permission and an access, or declares a permission
 * without the `:slug` that names its organization.
 */
export function installPermissions(app: FastifyInstance, table: PermissionTable): void {
  app.decorate("permissions", table);
  app.addHook("onRoute", (route) => {
    const { permission, access } = route.config ?? {};
    if (permission !== undefined && !table.has(permission))
      throw new Error(`${route.method} ${route.url}: unknown permission "${permission}"`);
    if (permission !== undefined && access !== undefined)
      throw new Error(`${route.method} ${route.url}: declare a permission or an access, not both`);
    if (permission !== undefined && !/\/:slug(\/|$)/.test(route.url))
      throw new Error(
        `${route.method} ${route.url}: a permission route names its organization (:slug)`,
      );
  });
}

/**
 * A member of an organization as the module that signs staff in knows them. This base knows
 * nothing of them; that module (identity) fills the type in by declaration merging, so
 * `request.member` has its full type (`MemberContext`) everywhere.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by identity (modules/identity/access.ts)
export interface RouteMember {}

/**
 * The signed-in caller as a member of the organization `slug` holding `permission`, or an
 * AppError (401 not signed in, 404 unknown organization, 403 not allowed).
 */
export type MemberResolver = (
  request: FastifyRequest,
  slug: string,
  permission: Permission,
) => Promise<RouteMember>;

const members = new WeakMap<FastifyRequest, RouteMember>();

/**
 * The member check: for every route that declares `config.permission`, a pre-handler finds the
 * caller as a member of the route's organization (`request.params.slug`) holding that
 * permission — with the resolver the module list provides (identity's `requireMember`) — and
 * keeps it for the handler as `request.member`. A pre-handler runs after the schema has
 * validated the request (a malformed request is 400 before it is 403) and after the auth hook
 * (http/auth.ts) has resolved the session. Install it before the routes are added: a
 * permission route added earlier has no member, and its handler fails rather than runs
 * unchecked.
 */
export function installMemberCheck(app: FastifyInstance, resolveMember: MemberResolver): void {
  app.decorateRequest("member", {
    getter(this: FastifyRequest): RouteMember {
      return memberOf(this);
    },
  });
  // Only the routes that declare a permission get the pre-handler (residents' votes pay
  // nothing). A route's own pre-handlers run after the app's (the auth hook), and this one
  // comes first among them.
  app.addHook("onRoute", (route) => {
    const permission = route.config?.permission;
    if (permission === undefined) return;
    const check: preHandlerAsyncHookHandler = async (request) => {
      const { slug } = request.params as { slug: string };
      members.set(request, await resolveMember(request, slug, permission));
    };
    const own = route.preHandler === undefined ? [] : [route.preHandler].flat();
    route.preHandler = [check, ...own];
  });
}

function memberOf(request: FastifyRequest): RouteMember {
  const found = members.get(request);
  if (found) return found;
  const route = `${request.method} ${request.routeOptions.url}`;
  if (request.routeOptions.config.permission === undefined)
    throw new Error(`${route} declares no permission: there is no member to read`);
  throw new Error(`${route}: the member check has not run (installMemberCheck)`);
}
