import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "./schema.js";

const permissions = {
  "staff.read": {
    allows:
      "See the organization's staff: names, email addresses, roles and when each last signed in.",
    roles: ["admin"],
  },
  "staff.manage": {
    allows: "Add staff members, change their names and roles, and remove them.",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** The organization's staff and their roles. */
export const identityPermissions = declarePermissions({
  module: "identity",
  title: "Staff",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
