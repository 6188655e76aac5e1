import { call } from "../../api/client.js";
import type { ApiResponse } from "../../api/contract.js";

export type ResultsPageData = ApiResponse<"/api/orgs/{slug}/s/{surveySlug}/results">;

/** The published results page; a link-only page with its token (kept after `#` in the link). */
export const resultsEndpoints = {
  page: (slug: string, surveySlug: string, token: string | undefined) =>
    call("get", "/api/orgs/{slug}/s/{surveySlug}/results", {
      params: { slug, surveySlug },
      ...(token ? { headers: { "x-results-token": token } } : {}),
    }),
};
