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
  "survey.analyse": {
    allows:
      "Analyse open answers into themes, read the answers behind a theme (logged), edit, quote and sign off the themes.",
    roles: ["admin", "analyst"],
  },
  "survey.publish": {
    allows:
      "Publish a survey's results page (public or link-only) with the signed-off themes, and take it down.",
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
