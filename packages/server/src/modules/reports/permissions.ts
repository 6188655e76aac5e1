import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "reports.read": {
    allows:
      "Read and download decision-maker briefs of activities: key figures, findings and action table status (aggregated only, no resident's data).",
    roles: ["admin", "analyst", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Reports for decision-makers. */
export const reportPermissions = declarePermissions({
  module: "reports",
  title: "Reports",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
