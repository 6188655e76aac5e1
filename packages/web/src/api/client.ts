import { ApiError, toProblem } from "./problem.js";
import type {
  AuditPage,
  Me,
  OrgSettings,
  OrgSettingsPatch,
  OrgSummary,
  OutboxMessage,
  PublicOrg,
  Role,
  StaffMember,
} from "./types.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions {
  method?: Method;
  /** JSON body; sent as application/json. */
  json?: unknown;
  /** Raw body (e.g. a logo file) with its content type. */
  raw?: { body: Blob; contentType: string };
  signal?: AbortSignal;
}

let csrfToken: string | null = null;

/** Remembers the CSRF token that GET /api/me returned (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers["content-type"] = options.raw.contentType;
    body = options.raw.body;
  }
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      code: "network",
      detail: cause instanceof Error ? cause.message : String(cause),
      errors: [],
    });
  }
}

/** Fetches the token for writes when none is known yet; signed-out users have none. */
async function ensureCsrfToken(): Promise<void> {
  if (csrfToken) return;
  const response = await send("/api/me", {});
  if (response.ok) {
    const me = (await readBody(response)) as Me;
    csrfToken = me.csrfToken;
  }
}

/**
 * The one way the web app talks to the API: same-origin credentials, JSON in and out,
 * `x-csrf-token` on every write, and problem+json turned into an ApiError. A write refused
 * with `csrf.failed` is retried once with a fresh token.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const isWrite = (options.method ?? "GET") !== "GET";
  if (isWrite) await ensureCsrfToken();
  let response = await send(path, options);
  if (isWrite && response.status === 403) {
    const body = await readBody(response.clone());
    if (toProblem(403, body).code === "csrf.failed") {
      csrfToken = null;
      await ensureCsrfToken();
      response = await send(path, options);
    }
  }
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(toProblem(response.status, body, response.statusText));
  return body as T;
}

const org = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}`;

/** Typed calls for each endpoint of docs/API.md. */
export const endpoints = {
  orgs: () => api<{ organizations: OrgSummary[] }>("/api/orgs"),
  org: (slug: string) => api<PublicOrg>(org(slug)),
  me: async (): Promise<Me | null> => {
    try {
      const me = await api<Me>("/api/me");
      csrfToken = me.csrfToken;
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        csrfToken = null;
        return null;
      }
      throw error;
    }
  },
  requestSignInLink: (body: {
    email: string;
    org?: string;
    returnTo?: string;
    language?: string;
  }) => api<{ status: string }>("/api/auth/sign-in-link", { method: "POST", json: body }),
  signIn: async (token: string) => {
    const me = await api<Me>("/api/auth/sign-in", { method: "POST", json: { token } });
    csrfToken = me.csrfToken;
    return me;
  },
  signOut: async () => {
    await api<void>("/api/auth/sign-out", { method: "POST" });
    csrfToken = null;
  },
  settings: (slug: string) => api<OrgSettings>(`${org(slug)}/settings`),
  updateSettings: (slug: string, patch: OrgSettingsPatch) =>
    api<OrgSettings>(`${org(slug)}/settings`, { method: "PATCH", json: patch }),
  uploadLogo: (slug: string, file: Blob, contentType: string) =>
    api<void>(`${org(slug)}/logo`, { method: "PUT", raw: { body: file, contentType } }),
  staff: (slug: string) => api<{ staff: StaffMember[] }>(`${org(slug)}/staff`),
  addStaff: (slug: string, body: { email: string; displayName: string; roles: Role[] }) =>
    api<StaffMember>(`${org(slug)}/staff`, { method: "POST", json: body }),
  updateStaff: (slug: string, userId: string, body: { roles?: Role[]; displayName?: string }) =>
    api<StaffMember>(`${org(slug)}/staff/${encodeURIComponent(userId)}`, {
      method: "PATCH",
      json: body,
    }),
  removeStaff: (slug: string, userId: string) =>
    api<void>(`${org(slug)}/staff/${encodeURIComponent(userId)}`, { method: "DELETE" }),
  audit: (slug: string, query: { limit?: number; before?: string; action?: string }) => {
    const params = new URLSearchParams();
    if (query.limit) params.set("limit", String(query.limit));
    if (query.before) params.set("before", query.before);
    if (query.action) params.set("action", query.action);
    const qs = params.toString();
    return api<AuditPage>(`${org(slug)}/audit${qs ? `?${qs}` : ""}`);
  },
  outbox: () => api<{ messages: OutboxMessage[] }>("/api/dev/outbox"),
};
