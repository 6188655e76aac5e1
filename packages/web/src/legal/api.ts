import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type LegalKind = "privacy" | "accessibility";
export type PublicLegalDocument = ApiResponse<"/api/orgs/{slug}/legal/{kind}">;
export type FeedbackInput = ApiBody<"/api/orgs/{slug}/accessibility/feedback", "post">;

/** The residents' calls: a document, and sending accessibility feedback (no CSRF: no session). */
export const legalEndpoints = {
  document: (slug: string, kind: LegalKind) =>
    call("get", "/api/orgs/{slug}/legal/{kind}", { params: { slug, kind } }),
  sendFeedback: (slug: string, json: FeedbackInput) =>
    call("post", "/api/orgs/{slug}/accessibility/feedback", {
      params: { slug },
      json,
      csrf: false,
    }),
};
