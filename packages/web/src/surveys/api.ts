import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type PublicSurvey = ApiResponse<"/api/orgs/{slug}/s/{surveySlug}">;
export type MyResponse = ApiResponse<"/api/orgs/{slug}/s/{surveySlug}/response">;
export type SurveyList = ApiResponse<"/api/orgs/{slug}/surveys">;
export type SurveyDetail = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}">;
export type CreateSurvey = ApiBody<"/api/orgs/{slug}/surveys", "post">;
export type UpdateSurvey = ApiBody<"/api/orgs/{slug}/surveys/{surveyId}", "patch">;
export type SurveyInvitations = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}/invitations">;
export type StaffEntry = ApiBody<"/api/orgs/{slug}/surveys/{surveyId}/entries", "post">;

/** The resume token travels in this header when continuing from a saved link. */
const resume = (token: string | undefined) =>
  token ? { headers: { "x-survey-resume": token } } : {};

/** Residents' calls: no CSRF (no staff session); the resume token is a cookie or a header. */
export const surveyEndpoints = {
  survey: (slug: string, surveySlug: string) =>
    call("get", "/api/orgs/{slug}/s/{surveySlug}", { params: { slug, surveySlug } }),
  start: (slug: string, surveySlug: string, from: { invitation?: string; kiosk?: string }) =>
    call("post", "/api/orgs/{slug}/s/{surveySlug}/responses", {
      params: { slug, surveySlug },
      json: {
        ...(from.invitation ? { invitation: from.invitation } : {}),
        ...(from.kiosk ? { kiosk: from.kiosk } : {}),
      },
      csrf: false,
    }),
  mine: (slug: string, surveySlug: string, token?: string) =>
    call("get", "/api/orgs/{slug}/s/{surveySlug}/response", {
      params: { slug, surveySlug },
      ...resume(token),
    }),
  save: (
    slug: string,
    surveySlug: string,
    json: { page?: string; answers: Record<string, unknown> },
    token?: string,
  ) =>
    call("put", "/api/orgs/{slug}/s/{surveySlug}/response", {
      params: { slug, surveySlug },
      json,
      csrf: false,
      ...resume(token),
    }),
  submit: (slug: string, surveySlug: string, answers: Record<string, unknown>, token?: string) =>
    call("post", "/api/orgs/{slug}/s/{surveySlug}/response/submit", {
      params: { slug, surveySlug },
      json: { answers },
      csrf: false,
      ...resume(token),
    }),
};

/** Staff calls. */
export const surveyStaffEndpoints = {
  list: (slug: string) => call("get", "/api/orgs/{slug}/surveys", { params: { slug } }),
  get: (slug: string, surveyId: string) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}", { params: { slug, surveyId } }),
  create: (slug: string, json: CreateSurvey) =>
    call("post", "/api/orgs/{slug}/surveys", { params: { slug }, json }),
  update: (slug: string, surveyId: string, json: UpdateSurvey) =>
    call("patch", "/api/orgs/{slug}/surveys/{surveyId}", { params: { slug, surveyId }, json }),
  publish: (slug: string, surveyId: string) =>
    call("post", "/api/orgs/{slug}/surveys/{surveyId}/publish", { params: { slug, surveyId } }),
  setStatus: (slug: string, surveyId: string, status: "open" | "closed") =>
    call("put", "/api/orgs/{slug}/surveys/{surveyId}/status", {
      params: { slug, surveyId },
      json: { status },
    }),
  kiosk: (slug: string, surveyId: string, eventName: string) =>
    call("post", "/api/orgs/{slug}/surveys/{surveyId}/kiosk", {
      params: { slug, surveyId },
      json: { eventName },
    }),
  enter: (slug: string, surveyId: string, json: StaffEntry) =>
    call("post", "/api/orgs/{slug}/surveys/{surveyId}/entries", {
      params: { slug, surveyId },
      json,
    }),
  invitations: (slug: string, surveyId: string) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}/invitations", {
      params: { slug, surveyId },
    }),
  invite: (slug: string, surveyId: string, drawId: string) =>
    call("post", "/api/orgs/{slug}/surveys/{surveyId}/invitations", {
      params: { slug, surveyId },
      json: { drawId },
    }),
  remind: (slug: string, surveyId: string) =>
    call("post", "/api/orgs/{slug}/surveys/{surveyId}/reminders", { params: { slug, surveyId } }),
};
