import { composePermissions } from "./http/permissions.js";
import { ROLES } from "./modules/identity/index.js";
import { appModules } from "./modules/index.js";

/**
 * The one role → permission table: every module's declarations (modules/index.ts), composed.
 * `buildApp` registers it; `npm run docs:permissions` writes docs/PERMISSIONS.md from it.
 */
export const permissionTable = composePermissions({
  roles: ROLES,
  modules: appModules.flatMap((m) => m.permissions ?? []),
});
