import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "audit.read": {
    allows: "Read the audit log: who changed, exported or read what in the organization, and when.",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** The organization's audit log. */
export const auditPermissions = declarePermissions({
  module: "audit",
  title: "Audit log",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
