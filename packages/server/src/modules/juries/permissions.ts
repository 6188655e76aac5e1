import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "jury.read": {
    allows:
      "See the organization's online juries: set-up, phases, materials, hearings, the discussion's visible posts and how many jurors take part (no contact data).",
    roles: ["admin", "analyst", "facilitator", "moderator", "viewer"],
  },
  "jury.manage": {
    allows:
      "Set up online juries, add jurors and experts, confirm guardians' consent, send the one-time links, record the decision-makers' response, and read jurors' and guardians' contact data (each read logged).",
    roles: ["admin", "facilitator"],
  },
  "jury.facilitate": {
    allows:
      "Facilitate a jury: add materials and hearings, move its phases, moderate the discussion (approve, hide with a reason, pin), write summaries, and see posts held for moderation (which may hold phone numbers or email addresses).",
    roles: ["admin", "facilitator", "moderator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Online juries: set-up, members, facilitation. */
export const juryPermissions = declarePermissions({
  module: "juries",
  title: "Online juries",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
