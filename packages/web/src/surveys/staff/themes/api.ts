import { call } from "../../../api/client.js";
import type { ApiResponse } from "../../../api/contract.js";

const Q = "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis" as const;
export type Analysis = ApiResponse<typeof Q>;
export type AnalysisList = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}/analyses">;
export type ThemeAnswers = ApiResponse<`${typeof Q}/themes/{themeId}/answers`>;
export type Publication = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}/publication">;

interface Target {
  slug: string;
  surveyId: string;
  questionId: string;
}

/** The analyst's calls: analyses, theme edits, quotes, sign-off; and the results page. */
export const themeEndpoints = {
  list: (slug: string, surveyId: string) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}/analyses", { params: { slug, surveyId } }),
  get: (params: Target) => call("get", Q, { params }),
  run: (params: Target) => call("post", Q, { params }),
  merge: (params: Target, ids: string[], label?: string) =>
    call("post", `${Q}/merge`, { params, json: { ids, ...(label ? { label } : {}) } }),
  split: (params: Target, themeId: string) =>
    call("post", `${Q}/themes/{themeId}/split`, {
      params: { ...params, themeId },
      json: { parts: 2 },
    }),
  rename: (params: Target, themeId: string, label: string) =>
    call("put", `${Q}/themes/{themeId}/label`, { params: { ...params, themeId }, json: { label } }),
  quotes: (params: Target, themeId: string, answerIds: string[]) =>
    call("put", `${Q}/themes/{themeId}/quotes`, {
      params: { ...params, themeId },
      json: { answerIds },
    }),
  exclude: (params: Target, answerId: string, excluded: boolean) =>
    call("put", `${Q}/answers/{answerId}/quote-exclusion`, {
      params: { ...params, answerId },
      json: { excluded },
    }),
  signOff: (params: Target) => call("post", `${Q}/sign-off`, { params }),
  summarise: (params: Target) => call("post", `${Q}/llm-summaries`, { params }),
  answers: (params: Target, themeId: string, offset: number) =>
    call("get", `${Q}/themes/{themeId}/answers`, {
      params: { ...params, themeId },
      query: { offset, limit: 50 },
    }),
  publication: (slug: string, surveyId: string) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}/publication", { params: { slug, surveyId } }),
  publish: (slug: string, surveyId: string, visibility: "public" | "link") =>
    call("put", "/api/orgs/{slug}/surveys/{surveyId}/publication", {
      params: { slug, surveyId },
      json: { visibility },
    }),
  unpublish: (slug: string, surveyId: string) =>
    call("delete", "/api/orgs/{slug}/surveys/{surveyId}/publication", {
      params: { slug, surveyId },
    }),
};
