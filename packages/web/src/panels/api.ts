import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type PanelDetail = ApiResponse<"/api/orgs/{slug}/panels/{panelId}">;
export type SetupInput = ApiBody<"/api/orgs/{slug}/panels", "post">;
export type Summary = ApiResponse<"/api/orgs/{slug}/panels/{panelId}/candidates/summary">;
export type Candidate =
  ApiResponse<"/api/orgs/{slug}/panels/{panelId}/candidates">["candidates"][number];
export type Report = ApiResponse<"/api/orgs/{slug}/panel-reports/{panelId}">;
export type Panelist = ApiResponse<"/api/orgs/{slug}/panelists/me">;
export type SignUpInput = ApiBody<"/api/orgs/{slug}/panel-signup/{panelId}", "post">;

/** Staff calls. */
export const panelStaffEndpoints = {
  list: (slug: string) => call("get", "/api/orgs/{slug}/panels", { params: { slug } }),
  create: (slug: string, json: SetupInput) =>
    call("post", "/api/orgs/{slug}/panels", { params: { slug }, json }),
  panel: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}", { params: { slug, panelId } }),
  status: (slug: string, panelId: string, status: PanelDetail["status"]) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/status", {
      params: { slug, panelId },
      json: { status: status as "draft" },
    }),
  fill: (slug: string, panelId: string, file?: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/candidates", {
      params: { slug, panelId },
      json: file ? { file } : {},
    }),
  candidates: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/candidates", { params: { slug, panelId } }),
  summary: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/candidates/summary", {
      params: { slug, panelId },
    }),
  announce: (slug: string, panelId: string, announcement: string, knownAt: string) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/seed-announcement", {
      params: { slug, panelId },
      json: { announcement, knownAt },
    }),
  draw: (slug: string, panelId: string, seed: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/draw", {
      params: { slug, panelId },
      json: { seed },
    }),
  invite: (slug: string, panelId: string, deadline: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/invitations", {
      params: { slug, panelId },
      json: { deadline },
    }),
  withdraw: (slug: string, panelId: string, candidateIds: string[]) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/withdrawals", {
      params: { slug, panelId },
      json: { candidateIds },
    }),
};

/** Public calls (no staff cookie, no CSRF). */
export const panelEndpoints = {
  report: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panel-reports/{panelId}", { params: { slug, panelId } }),
  open: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/panelists/session", {
      params: { slug },
      json: { token },
      csrf: false,
    }),
  form: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panel-signup/{panelId}", { params: { slug, panelId } }),
  signUp: (slug: string, panelId: string, json: SignUpInput) =>
    call("post", "/api/orgs/{slug}/panel-signup/{panelId}", {
      params: { slug, panelId },
      json,
      csrf: false,
    }),
  me: (slug: string) => call("get", "/api/orgs/{slug}/panelists/me", { params: { slug } }),
  sessions: (slug: string) =>
    call("get", "/api/orgs/{slug}/panelists/me/sessions", { params: { slug } }),
  statement: (slug: string) =>
    call("get", "/api/orgs/{slug}/panelists/me/statement", { params: { slug } }),
  support: (slug: string, recommendationId: string, level: number) =>
    call("post", "/api/orgs/{slug}/panelists/me/statement/support", {
      params: { slug },
      json: { recommendationId, level },
      csrf: false,
    }),
  amend: (
    slug: string,
    recommendationId: string,
    input: { proposedText: string; comment: string },
  ) =>
    call("post", "/api/orgs/{slug}/panelists/me/statement/amendments", {
      params: { slug },
      json: {
        recommendationId,
        ...(input.proposedText.trim() ? { proposedText: input.proposedText } : {}),
        ...(input.comment.trim() ? { comment: input.comment } : {}),
      },
      csrf: false,
    }),
  answer: (slug: string, answer: "confirm" | "decline") =>
    call("post", "/api/orgs/{slug}/panelists/me/answer", {
      params: { slug },
      json: { answer },
      csrf: false,
    }),
};
