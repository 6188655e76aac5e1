import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "legal.edit": {
    allows:
      "Edit the privacy notice and the accessibility statement in every language, reset them to the template, and record the contacts and the accessibility evaluation they are made from.",
    roles: ["admin"],
  },
  "accessibility.feedback.read": {
    allows:
      "Read residents' accessibility feedback, with the email addresses they gave for the answer.",
    roles: ["admin"],
  },
  "accessibility.feedback.answer": {
    allows: "Mark accessibility feedback answered, with a note.",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** The roles told by mail when accessibility feedback arrives (notify.ts). */
export const FEEDBACK_READERS: readonly Role[] = permissions["accessibility.feedback.read"].roles;

/** The privacy notice, the accessibility statement and its feedback channel. */
export const legalPermissions = declarePermissions({
  module: "legal",
  title: "Privacy notice and accessibility statement",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
