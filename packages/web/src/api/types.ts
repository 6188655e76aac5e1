import type { ApiBody, ApiResponse } from "./contract.js";

/**
 * Names for the API's shapes that the app's pages use. Every one is read from the generated
 * contract (`schema.d.ts`, `npm run api:types`); none is written by hand.
 */

export type Me = ApiResponse<"/api/me">;
/** After POST /api/auth/sign-in: the session and where the link was asked from, if anywhere. */
export type SignedIn = ApiResponse<"/api/auth/sign-in", "post">;
export type Membership = Me["memberships"][number];
export type Role = Membership["roles"][number];

export type OrgSummary = ApiResponse<"/api/orgs">["organizations"][number];
export type PublicOrg = ApiResponse<"/api/orgs/{slug}">;
export type Activity = PublicOrg["activities"][number];

export type OrgSettings = ApiResponse<"/api/orgs/{slug}/settings">;
export type OrgSettingsPatch = ApiBody<"/api/orgs/{slug}/settings", "patch">;

export type StaffMember = ApiResponse<"/api/orgs/{slug}/staff">["staff"][number];
export type NewStaffMember = ApiBody<"/api/orgs/{slug}/staff", "post">;

export type AuditPage = ApiResponse<"/api/orgs/{slug}/audit">;
export type AuditEvent = AuditPage["events"][number];

export type OutboxMessage = ApiResponse<"/api/dev/outbox">["messages"][number];

/** Every role, in the order the staff pages list them (checked against the contract). */
export const ROLES = [
  "admin",
  "moderator",
  "analyst",
  "facilitator",
  "action_editor",
  "treasurer",
  "viewer",
] as const satisfies readonly Role[];
type MissingRole = Exclude<Role, (typeof ROLES)[number]>;
const everyRoleListed: [MissingRole] extends [never] ? true : MissingRole = true;
void everyRoleListed;
