import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "panel.read": {
    allows:
      "See the organization's resident panels: set-up, candidate counts against the quotas, the draw and who was seated (no contact data).",
    roles: ["admin", "analyst", "facilitator", "viewer"],
  },
  "panel.manage": {
    allows:
      "Set up panels, fill the candidate list, announce the seed and draw, invite the seated, replace withdrawals, and read candidates' contact data (each read logged).",
    roles: ["admin", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Resident panels: set-up, candidates, the draw, confirmations. */
export const panelPermissions = declarePermissions({
  module: "panels",
  title: "Resident panels",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
