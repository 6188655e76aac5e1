import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "roundtable.read": {
    allows:
      "See the organization's round-table processes, unpublished ones too: meetings with participants by role, the conversation results taken to each meeting, notes, proposals, distribution and responses.",
    roles: ["admin", "facilitator", "analyst", "moderator", "viewer"],
  },
  "roundtable.manage": {
    allows:
      "Run round tables: create a process, record meetings, take a conversation's results to a meeting, write notes and proposals, start the public statement, and record where it was sent and the responses received.",
    roles: ["admin", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Round tables and workshops (the roundtables module). */
export const roundTablePermissions = declarePermissions({
  module: "roundtables",
  title: "Round tables and workshops",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
