import { composePermissions } from "./http/permissions.js";
import { auditPermissions } from "./modules/audit/permissions.js";
import { conversationPermissions } from "./modules/conversations/permissions.js";
import { identityPermissions } from "./modules/identity/permissions.js";
import { ROLES } from "./modules/identity/schema.js";
import { organizationPermissions } from "./modules/organizations/permissions.js";

/**
 * The one role → permission table: every module's declarations, composed. `buildApp` registers
 * it; `npm run docs:permissions` writes docs/PERMISSIONS.md from it.
 */
export const permissionTable = composePermissions({
  roles: ROLES,
  modules: [
    organizationPermissions,
    identityPermissions,
    auditPermissions,
    conversationPermissions,
  ],
});
