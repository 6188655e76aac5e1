import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import { ROLES, type Role } from "../identity/index.js";

const permissions = {
  "survey.read": {
    allows: "See the organization's surveys, their questions, versions and how many have answered.",
    roles: [...ROLES],
  },
  "survey.edit": {
    allows: "Build surveys, publish a new version, open and close them.",
    roles: ["admin", "facilitator"],
  },
  "survey.responses.enter": {
    allows: "Enter answers from paper forms and interviews, with where they came from.",
    roles: ["admin", "facilitator"],
  },
  "survey.results.read": {
    allows: "Read the answers to a survey, open answers included (every read is logged).",
    roles: ["admin", "analyst"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Surveys. */
export const surveyPermissions = declarePermissions({
  module: "surveys",
  title: "Surveys",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
