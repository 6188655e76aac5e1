import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "panel.read": {
    allows:
      "See the organization's resident panels: set-up, candidate counts against the quotas, the draw and who was seated (no contact data).",
    roles: ["admin", "analyst", "facilitator", "treasurer", "viewer"],
  },
  "panel.manage": {
    allows:
      "Set up panels, fill the candidate list, announce the seed and draw, invite the seated, replace withdrawals, read candidates' contact data (each read logged), seat panelists at tables and choose their facilitators from the list of staff with the facilitator role (names only; each read logged).",
    roles: ["admin", "facilitator"],
  },
  "panel.attendance": {
    allows:
      "Check panelists in at a panel's sessions (and undo a check-in), and see who has attended.",
    roles: ["admin", "facilitator"],
  },
  "payments.manage": {
    allows:
      "See panelists' payment details (name, address, IBAN, personal identity code, tax card; every read logged), make fee batches from attendance, export the bank payment file and the Incomes Register reports, and mark batches paid and reported.",
    roles: ["admin", "treasurer"],
  },
  "payments.approve": {
    allows: "Approve a panel's fee batch for payment (after which its amounts no longer change).",
    roles: ["admin", "treasurer"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Resident panels: set-up, candidates, the draw, confirmations, attendance and fees. */
export const panelPermissions = declarePermissions({
  module: "panels",
  title: "Resident panels",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
