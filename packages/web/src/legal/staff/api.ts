import { call } from "../../api/client.js";
import type { ApiBody, ApiResponse } from "../../api/contract.js";
import type { LegalKind } from "../api.js";

export type StaffLegal = ApiResponse<"/api/orgs/{slug}/legal">;
export type LegalFactsInput = ApiBody<"/api/orgs/{slug}/legal-facts", "put">;
export type FeedbackList = ApiResponse<"/api/orgs/{slug}/accessibility/feedback">;

/** The staff's calls for the legal pages and the accessibility feedback. */
export const legalStaffEndpoints = {
  get: (slug: string) => call("get", "/api/orgs/{slug}/legal", { params: { slug } }),
  save: (slug: string, kind: LegalKind, json: { fi: string; sv: string; en: string }) =>
    call("put", "/api/orgs/{slug}/legal/{kind}", { params: { slug, kind }, json }),
  reset: (slug: string, kind: LegalKind) =>
    call("delete", "/api/orgs/{slug}/legal/{kind}", { params: { slug, kind } }),
  saveFacts: (slug: string, json: LegalFactsInput) =>
    call("put", "/api/orgs/{slug}/legal-facts", { params: { slug }, json }),
  feedback: (slug: string) =>
    call("get", "/api/orgs/{slug}/accessibility/feedback", { params: { slug } }),
  summary: (slug: string) =>
    call("get", "/api/orgs/{slug}/accessibility/feedback-summary", { params: { slug } }),
  answer: (slug: string, feedbackId: string, note: string) =>
    call("post", "/api/orgs/{slug}/accessibility/feedback/{feedbackId}/answer", {
      params: { slug, feedbackId },
      json: { note },
    }),
};
