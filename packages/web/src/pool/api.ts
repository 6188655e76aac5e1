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
  setPartners: (slug: string, token: string, partners: string[]) =>
    call("put", "/api/orgs/{slug}/pool/me/partners", {
      params: { slug },
      json: { partners },
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

/** `?pool=` for a partner working on a pool shared with its organization (none: its own). */
const inPool = (pool: string | undefined) => (pool ? { pool } : {});

/** Staff calls; `pool` names another organization's pool shared with this one. */
export const poolStaffEndpoints = {
  summary: (slug: string, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/summary", { params: { slug }, query: inPool(pool) }),
  members: (slug: string, query: MemberQuery, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/members", {
      params: { slug },
      query: { ...query, ...inPool(pool) },
    }),
  contacts: (slug: string, query: MemberQuery, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/contacts", {
      params: { slug },
      query: { ...query, ...inPool(pool) },
    }),
  create: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/members", "post">) =>
    call("post", "/api/orgs/{slug}/pool/members", { params: { slug }, json }),
  settings: (slug: string) => call("get", "/api/orgs/{slug}/pool/settings", { params: { slug } }),
  saveSettings: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/settings", "put">) =>
    call("put", "/api/orgs/{slug}/pool/settings", { params: { slug }, json }),
  population: (slug: string) =>
    call("get", "/api/orgs/{slug}/pool/population", { params: { slug } }),
  uploadPopulation: (slug: string, data: Record<string, unknown>) =>
    call("put", "/api/orgs/{slug}/pool/population", { params: { slug }, json: { data } }),
  composition: (slug: string, draw?: string, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/composition", {
      params: { slug },
      query: { ...(draw ? { draw } : {}), ...inPool(pool) },
    }),
  draws: (slug: string, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/draws", { params: { slug }, query: inPool(pool) }),
  makeDraw: (slug: string, json: DrawInput, pool?: string) =>
    call("post", "/api/orgs/{slug}/pool/draws", { params: { slug }, json, query: inPool(pool) }),
  strata: (slug: string, json: StrataInput) =>
    call("post", "/api/orgs/{slug}/pool/draws/strata", { params: { slug }, json }),
  draw: (slug: string, drawId: string, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/draws/{drawId}", {
      params: { slug, drawId },
      query: inPool(pool),
    }),
  invitations: (slug: string, drawId: string, pool?: string) =>
    call("get", "/api/orgs/{slug}/pool/draws/{drawId}/invitations", {
      params: { slug, drawId },
      query: inPool(pool),
    }),
  invite: (slug: string, drawId: string, targetPath: string, pool?: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/invitations", {
      params: { slug, drawId },
      json: { targetPath },
      query: inPool(pool),
    }),
  remind: (slug: string, drawId: string, pool?: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/reminders", {
      params: { slug, drawId },
      query: inPool(pool),
    }),
  checkDraw: (slug: string, drawId: string, pool?: string) =>
    call("post", "/api/orgs/{slug}/pool/draws/{drawId}/check", {
      params: { slug, drawId },
      query: inPool(pool),
    }),
  sharing: (slug: string) => call("get", "/api/orgs/{slug}/pool/sharing", { params: { slug } }),
  proposeSharing: (slug: string, json: ApiBody<"/api/orgs/{slug}/pool/sharing", "post">) =>
    call("post", "/api/orgs/{slug}/pool/sharing", { params: { slug }, json }),
  acceptSharing: (slug: string, agreementId: string) =>
    call("post", "/api/orgs/{slug}/pool/sharing/{agreementId}/accept", {
      params: { slug, agreementId },
    }),
  endSharing: (slug: string, agreementId: string) =>
    call("post", "/api/orgs/{slug}/pool/sharing/{agreementId}/end", {
      params: { slug, agreementId },
    }),
};

export type Agreement = ApiResponse<"/api/orgs/{slug}/pool/sharing">["agreements"][number];
export type DrawInput = ApiBody<"/api/orgs/{slug}/pool/draws", "post">;
export type StrataInput = ApiBody<"/api/orgs/{slug}/pool/draws/strata", "post">;
export type Composition = ApiResponse<"/api/orgs/{slug}/pool/composition">;
