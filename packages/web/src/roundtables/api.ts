import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

const R = "/api/orgs/{slug}/roundtables/{roundTableId}" as const;
const M = `${R}/meetings/{meetingId}` as const;

export type PublicRoundTable = ApiResponse<"/api/orgs/{slug}/roundtables/public/{roundTableId}">;
export type RoundTableDetail = ApiResponse<typeof R>;
export type Meeting = RoundTableDetail["meetings"][number];
export type Snapshot = Meeting["snapshots"][number];
export type RoleCounts = Meeting["participants"];
export type MeetingInput = ApiBody<`${typeof R}/meetings`, "post">;
export type DistributionInput = ApiBody<`${typeof R}/distribution`, "post">;
export type ResponseInput = ApiBody<`${typeof R}/responses`, "post">;
export type Distribution = RoundTableDetail["distribution"][number];
export type ReceivedResponse = RoundTableDetail["responses"][number];
const D = `${R}/distribution/{distributionId}` as const;
const A = `${R}/responses/{responseId}` as const;

export const ROLES = [
  "resident",
  "young_person",
  "parent",
  "staff_member",
  "decision_maker",
  "stakeholder",
] as const satisfies readonly (keyof RoleCounts)[];

/** The public page's call (no cookie, no CSRF). */
export const roundTableEndpoints = {
  page: (slug: string, roundTableId: string) =>
    call("get", "/api/orgs/{slug}/roundtables/public/{roundTableId}", {
      params: { slug, roundTableId },
    }),
};

const p = (slug: string, roundTableId: string) => ({ params: { slug, roundTableId } });
const pm = (slug: string, roundTableId: string, meetingId: string) => ({
  params: { slug, roundTableId, meetingId },
});

/** Staff calls. */
export const roundTableStaffEndpoints = {
  list: (slug: string) => call("get", "/api/orgs/{slug}/roundtables", { params: { slug } }),
  create: (slug: string, json: ApiBody<"/api/orgs/{slug}/roundtables", "post">) =>
    call("post", "/api/orgs/{slug}/roundtables", { params: { slug }, json }),
  detail: (slug: string, id: string) => call("get", R, p(slug, id)),
  update: (slug: string, id: string, json: ApiBody<typeof R, "patch">) =>
    call("patch", R, { ...p(slug, id), json }),
  addMeeting: (slug: string, id: string, json: MeetingInput) =>
    call("post", `${R}/meetings`, { ...p(slug, id), json }),
  snapshot: (slug: string, id: string, meetingId: string, conversationId: string) =>
    call("post", `${M}/snapshot`, { ...pm(slug, id, meetingId), json: { conversationId } }),
  proposal: (slug: string, id: string, meetingId: string, json: { madeBy: string; text: string }) =>
    call("post", `${M}/proposals`, { ...pm(slug, id, meetingId), json }),
  startStatement: (slug: string, id: string) =>
    call("post", `${R}/statement`, { ...p(slug, id), json: {} }),
  distribution: (slug: string, id: string, json: DistributionInput) =>
    call("post", `${R}/distribution`, { ...p(slug, id), json }),
  response: (slug: string, id: string, json: ResponseInput) =>
    call("post", `${R}/responses`, { ...p(slug, id), json }),
  changeDistribution: (
    slug: string,
    id: string,
    distributionId: string,
    json: ApiBody<typeof D, "patch">,
  ) => call("patch", D, { params: { slug, roundTableId: id, distributionId }, json }),
  removeDistribution: (slug: string, id: string, distributionId: string) =>
    call("delete", D, { params: { slug, roundTableId: id, distributionId } }),
  changeResponse: (
    slug: string,
    id: string,
    responseId: string,
    json: ApiBody<typeof A, "patch">,
  ) => call("patch", A, { params: { slug, roundTableId: id, responseId }, json }),
  removeResponse: (slug: string, id: string, responseId: string) =>
    call("delete", A, { params: { slug, roundTableId: id, responseId } }),
  conversations: (slug: string) =>
    call("get", "/api/orgs/{slug}/conversations", { params: { slug } }),
};
