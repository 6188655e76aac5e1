import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "phone.read": {
    allows:
      "See the organization's robot phone campaigns: set-up, prompts (listen to them), progress and the dashboard figures (no phone numbers).",
    roles: ["admin", "analyst", "facilitator", "viewer"],
  },
  "phone.manage": {
    allows:
      "Set up robot phone campaigns, upload numbers with their consent basis, add consenting pool members, upload prompt recordings, and start, pause and finish the calls.",
    roles: ["admin", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Robot phone calls: campaigns, numbers, prompts, the dashboard. */
export const phonePermissions = declarePermissions({
  module: "phone",
  title: "Robot phone calls",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
