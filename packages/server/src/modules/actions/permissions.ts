import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "actions.read": {
    allows: "See the organization's action tables, unpublished ones too, and their full history.",
    roles: ["admin", "analyst", "facilitator", "action_editor", "viewer"],
  },
  "actions.edit": {
    allows:
      "Update measures: status, schedule, responsible unit, notes and decision references (an editor given units edits only their rows); every change is kept in the history.",
    roles: ["admin", "action_editor"],
  },
  "actions.manage": {
    allows:
      "Create and import action tables, publish them, and choose which units each action editor may edit.",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Action tables: what came of residents' recommendations. */
export const actionPermissions = declarePermissions({
  module: "actions",
  title: "Action tables",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
