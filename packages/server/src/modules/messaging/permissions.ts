import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "suppression.manage": {
    allows:
      "Put a resident's email address or phone number on the organization's suppression list when they ask by phone, letter or in person, so that they get no more invitations or reminders; see how many addresses the list holds and why.",
    roles: ["admin", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Mail, SMS and the one suppression list across channels. */
export const messagingPermissions = declarePermissions({
  module: "messaging",
  title: "Messages and the suppression list",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
