import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

const S = "/api/orgs/{slug}/deliberation/statements/{statementId}" as const;

export type StatementDetail = ApiResponse<typeof S>;
export type DraftRecommendation = StatementDetail["recommendations"][number];
export type SupportResult = DraftRecommendation["support"];
export type PublicStatement = ApiResponse<"/api/orgs/{slug}/deliberation/public/{statementId}">;
export type NewStatement = ApiBody<"/api/orgs/{slug}/deliberation/statements", "post">;
export type MergeInput = ApiBody<`${typeof S}/merge`, "post">;
export type RecommendationChanges = ApiBody<`${typeof S}/recommendations/{draftId}`, "patch">;
export type StatementStatus = StatementDetail["status"];

/** The public page's calls (no cookie, no CSRF). */
export const deliberationEndpoints = {
  statement: (slug: string, statementId: string) =>
    call("get", "/api/orgs/{slug}/deliberation/public/{statementId}", {
      params: { slug, statementId },
    }),
  pdfUrl: (slug: string, statementId: string, lang: string) =>
    `/api/orgs/${encodeURIComponent(slug)}/deliberation/public/${statementId}/statement.pdf?lang=${lang}`,
};

const params = (slug: string, statementId: string) => ({ params: { slug, statementId } });

/** Staff calls: every write answers the statement as it is now. */
export const deliberationStaffEndpoints = {
  list: (slug: string) =>
    call("get", "/api/orgs/{slug}/deliberation/statements", { params: { slug } }),
  create: (slug: string, json: NewStatement) =>
    call("post", "/api/orgs/{slug}/deliberation/statements", { params: { slug }, json }),
  detail: (slug: string, statementId: string) => call("get", S, params(slug, statementId)),
  edit: (slug: string, statementId: string, json: ApiBody<typeof S, "patch">) =>
    call("patch", S, { ...params(slug, statementId), json }),
  status: (slug: string, statementId: string, status: StatementStatus) =>
    call("put", `${S}/status`, { ...params(slug, statementId), json: { status } }),
  addProposal: (slug: string, statementId: string, json: { sourceLabel: string; text: string }) =>
    call("post", `${S}/proposals`, { ...params(slug, statementId), json }),
  merge: (slug: string, statementId: string, json: MergeInput) =>
    call("post", `${S}/merge`, { ...params(slug, statementId), json }),
  editRecommendation: (
    slug: string,
    statementId: string,
    draftId: string,
    json: RecommendationChanges,
  ) =>
    call("patch", `${S}/recommendations/{draftId}`, {
      params: { slug, statementId, draftId },
      json,
    }),
  decide: (
    slug: string,
    statementId: string,
    amendmentId: string,
    json: { decision: "accepted" | "rejected"; reason?: string },
  ) =>
    call("post", `${S}/amendments/{amendmentId}/decision`, {
      params: { slug, statementId, amendmentId },
      json,
    }),
  minority: (
    slug: string,
    statementId: string,
    json: { text: string; supporters: number; recommendationId?: string },
  ) => call("post", `${S}/minority-opinions`, { ...params(slug, statementId), json }),
  adopt: (slug: string, statementId: string, how: string) =>
    call("post", `${S}/adoption`, { ...params(slug, statementId), json: { how } }),
  handover: (slug: string, statementId: string, json: { on: string; to: string; note?: string }) =>
    call("put", `${S}/handover`, { ...params(slug, statementId), json }),
  publish: (slug: string, statementId: string, published: boolean) =>
    call("put", `${S}/publication`, { ...params(slug, statementId), json: { published } }),
  actionTable: (slug: string, statementId: string) =>
    call("post", `${S}/action-table`, { ...params(slug, statementId), json: {} }),
  liveUrl: (slug: string, statementId: string) =>
    `/api/orgs/${encodeURIComponent(slug)}/deliberation/statements/${statementId}/live`,
};
