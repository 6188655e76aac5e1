import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "statement.read": {
    allows:
      "See the organization's panel, jury and round-table statements while drafted: proposals, recommendations with every text version, amendments, support results and who has not answered.",
    roles: ["admin", "facilitator", "analyst", "moderator", "viewer"],
  },
  "statement.edit": {
    allows:
      "Work on a statement: add proposals and merge them into recommendations, decide amendments, open the support check, record minority opinions, adoption and hand-over, publish, and make an action table of it.",
    roles: ["admin", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Statements of panels, juries and round tables (the deliberation module). */
export const deliberationPermissions = declarePermissions({
  module: "deliberation",
  title: "Statements (panels, juries, round tables)",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
