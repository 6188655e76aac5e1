import { call } from "../api/client.js";
import type { ApiBody, ApiQuery, ApiResponse } from "../api/contract.js";

export type PoolForm = ApiResponse<"/api/orgs/{slug}/pool/form">;
export type JoinInput = ApiBody<"/api/orgs/{slug}/pool/join", "post">;
export type MyData = ApiResponse<"/api/orgs/{slug}/pool/me">;
export type Correction = ApiBody<"/api/orgs/{slug}/pool/me", "patch">;
export type Withdrawal = ApiBody<"/api/orgs/{slug}/pool/me/withdraw", "post">;
export type Language = JoinInput["language"];

const session = (token: string) => ({ "x-pool-session": token });

/** The residents' calls (no CSRF: no cookie; self-service carries its session in a header). */
export const poolEndpoints = {
  form: (slug: string) => call("get", "/api/orgs/{slug}/pool/form", { params: { slug } }),
  join: (slug: string, json: JoinInput) =>
    call("post", "/api/orgs/{slug}/pool/join", { params: { slug }, json, csrf: false }),
  confirm: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/pool/confirm", {
      params: { slug },
      json: { token },
      csrf: false,
    }),
  confirmCode: (slug: string, phone: string, code: string) =>
    call("post", "/api/orgs/{slug}/pool/confirm-code", {
      params: { slug },
      json: { phone, code },
      csrf: false,
    }),
  requestLink: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/me/link", "post">) =>
    call("post", "/api/orgs/{slug}/pool/me/link", { params: { slug }, json, csrf: false }),
  openSession: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/pool/me/session", {
      params: { slug },
      json: { token },
      csrf: false,
    }),
  me: (slug: string, token: string) =>
    call("get", "/api/orgs/{slug}/pool/me", { params: { slug }, headers: session(token) }),
  correct: (slug: string, token: string, json: Correction) =>
    call("patch", "/api/orgs/{slug}/pool/me", {
      params: { slug },
      json,
      headers: session(token),
      csrf: false,
    }),
  withdraw: (slug: string, token: string, json: Withdrawal) =>
    call("post", "/api/orgs/{slug}/pool/me/withdraw", {
      params: { slug },
      json,
      headers: session(token),
      csrf: false,
    }),
  leave: (slug: string, token: string) =>
    call("delete", "/api/orgs/{slug}/pool/me", {
      params: { slug },
      headers: session(token),
      csrf: false,
    }),
  /** The file itself (JSON or CSV), for the browser to save. */
  download: async (slug: string, token: string, format: "json" | "csv"): Promise<Blob> => {
    const response = await fetch(
      `/api/orgs/${encodeURIComponent(slug)}/pool/me/download?format=${format}`,
      { headers: session(token) },
    );
    if (!response.ok) throw new Error(`download failed: ${response.status}`);
    return response.blob();
  },
};

export type MemberQuery = ApiQuery<"/api/orgs/{slug}/pool/members", "get">;

/** Staff calls. */
export const poolStaffEndpoints = {
  summary: (slug: string) => call("get", "/api/orgs/{slug}/pool/summary", { params: { slug } }),
  members: (slug: string, query: MemberQuery) =>
    call("get", "/api/orgs/{slug}/pool/members", { params: { slug }, query }),
  contacts: (slug: string, query: MemberQuery) =>
    call("get", "/api/orgs/{slug}/pool/contacts", { params: { slug }, query }),
  create: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/members", "post">) =>
    call("post", "/api/orgs/{slug}/pool/members", { params: { slug }, json }),
  settings: (slug: string) => call("get", "/api/orgs/{slug}/pool/settings", { params: { slug } }),
  saveSettings: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/settings", "put">) =>
    call("put", "/api/orgs/{slug}/pool/settings", { params: { slug }, json }),
  population: (slug: string) =>
    call("get", "/api/orgs/{slug}/pool/population", { params: { slug } }),
  uploadPopulation: (slug: string, data: Record<string, unknown>) =>
    call("put", "/api/orgs/{slug}/pool/population", { params: { slug }, json: { data } }),
  composition: (slug: string, draw?: string) =>
    call("get", "/api/orgs/{slug}/pool/composition", {
      params: { slug },
      query: draw ? { draw } : {},
    }),
  draws: (slug: string) => call("get", "/api/orgs/{slug}/pool/draws", { params: { slug } }),
  makeDraw: (slug: string, json: DrawInput) =>
    call("post", "/api/orgs/{slug}/pool/draws", { params: { slug }, json }),
  strata: (slug: string, json: StrataInput) =>
    call("post", "/api/orgs/{slug}/pool/draws/strata", { params: { slug }, json }),
  draw: (slug: string, drawId: string) =>
    call("get", "/api/orgs/{slug}/pool/draws/{drawId}", { params: { slug, drawId } }),
  invitations: (slug: string, drawId: string) =>
    call("get", "/api/orgs/{slug}/pool/draws/{drawId}/invitations", { params: { slug, drawId } }),
  invite: (slug: string, drawId: string, targetPath: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/invitations", {
      params: { slug, drawId },
      json: { targetPath },
    }),
  remind: (slug: string, drawId: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/reminders", { params: { slug, drawId } }),
  checkDraw: (slug: string, drawId: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/check", { params: { slug, drawId } }),
};

export type DrawInput = ApiBody<"/api/orgs/{slug}/pool/draws", "post">;
export type StrataInput = ApiBody<"/api/orgs/{slug}/pool/draws/strata", "post">;
export type Composition = ApiResponse<"/api/orgs/{slug}/pool/composition">;
