import { call } from "./client.js";
import type { NewStaffMember, OrgSettingsPatch, Role } from "./types.js";

/** The staff area's calls for the organization's settings, staff and audit log. */
export const staffApi = {
  settings: (slug: string) => call("get", "/api/orgs/{slug}/settings", { params: { slug } }),
  updateSettings: (slug: string, patch: OrgSettingsPatch) =>
    call("patch", "/api/orgs/{slug}/settings", { params: { slug }, json: patch }),
  uploadLogo: (slug: string, file: Blob, contentType: string) =>
    call("put", "/api/orgs/{slug}/logo", { params: { slug }, raw: { body: file, contentType } }),
  staff: (slug: string) => call("get", "/api/orgs/{slug}/staff", { params: { slug } }),
  addStaff: (slug: string, member: NewStaffMember) =>
    call("post", "/api/orgs/{slug}/staff", { params: { slug }, json: member }),
  updateStaff: (slug: string, userId: string, change: { roles?: Role[]; displayName?: string }) =>
    call("patch", "/api/orgs/{slug}/staff/{userId}", { params: { slug, userId }, json: change }),
  removeStaff: (slug: string, userId: string) =>
    call("delete", "/api/orgs/{slug}/staff/{userId}", { params: { slug, userId } }),
  audit: (slug: string, query: { limit?: number; before?: number; action?: string }) =>
    call("get", "/api/orgs/{slug}/audit", { params: { slug }, query }),
};
