import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "organization.settings.read": {
    allows:
      "See the organization's settings: names, languages, colour, logo and single sign-on (never its client secret).",
    roles: ["admin", "moderator", "analyst", "facilitator", "action_editor", "viewer"],
  },
  "organization.settings.edit": {
    allows:
      "Change the organization's names, languages, colour, logo and single sign-on (OpenID Connect).",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** The organization's own settings. */
export const organizationPermissions = declarePermissions({
  module: "organizations",
  title: "Organization",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
