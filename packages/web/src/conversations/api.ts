import { api } from "../api/client.js";
import { ApiError, toProblem } from "../api/problem.js";
import type {
  ConversationInput,
  ModerationAction,
  MyStatement,
  NextStatement,
  ResidentConversation,
  ResidentResults,
  StaffConversation,
  StaffResults,
  StaffStatement,
  StatementAnswer,
  StatementFlag,
  StatementStatus,
  VoteAnswer,
  VoteValue,
} from "./types.js";

/** The secret with which an embedding site signs participant ids (admins only). */
export interface EmbedSecret {
  secret: string;
  createdAt: string;
  maxLifetimeSeconds: number;
}

/** How a resident reached the conversation: the invitation token and an embedding site's id. */
export interface Access {
  t?: string | undefined;
  xid?: string | undefined;
}

const TOKEN_KEY = "kuulo.residentToken";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The resident's key from a first answer; sent as a header so that embeds work too. */
export function residentToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

export function rememberResidentToken(token: string | undefined): void {
  if (token) storage()?.setItem(TOKEN_KEY, token);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Residents' calls: like the app's `api` helper (problem+json → ApiError) but without staff
 * CSRF, and with the `x-kuulo-resident` header carrying the stored resident key.
 */
async function residentApi<T>(
  path: string,
  options: { method?: "GET" | "POST"; json?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const token = residentToken();
  if (token) headers["x-kuulo-resident"] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      credentials: "same-origin",
    });
  } catch (cause) {
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      code: "network",
      detail: cause instanceof Error ? cause.message : String(cause),
      errors: [],
    });
  }
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(toProblem(response.status, body, response.statusText));
  return body as T;
}

const pub = (publicId: string) => `/api/p/c/${encodeURIComponent(publicId)}`;

function query(access: Access): string {
  return access.t ? `?t=${encodeURIComponent(access.t)}` : "";
}

function identity(access: Access): Access {
  return { ...(access.t ? { t: access.t } : {}), ...(access.xid ? { xid: access.xid } : {}) };
}

export const residentEndpoints = {
  conversation: (publicId: string, access: Access) =>
    residentApi<ResidentConversation>(`${pub(publicId)}${query(access)}`),
  next: (publicId: string, access: Access) =>
    residentApi<NextStatement>(`${pub(publicId)}/next${query(access)}`),
  statements: (publicId: string, access: Access) =>
    residentApi<{ statements: MyStatement[] }>(`${pub(publicId)}/statements${query(access)}`),
  results: (publicId: string, access: Access) =>
    residentApi<ResidentResults>(`${pub(publicId)}/results${query(access)}`),
  vote: async (
    publicId: string,
    access: Access,
    vote: { tid: number; vote: VoteValue; requestId: string },
  ) => {
    const answer = await residentApi<VoteAnswer>(`${pub(publicId)}/votes`, {
      method: "POST",
      json: { ...vote, ...identity(access) },
    });
    rememberResidentToken(answer.residentToken);
    return answer;
  },
  write: async (publicId: string, access: Access, text: string) => {
    const answer = await residentApi<StatementAnswer>(`${pub(publicId)}/statements`, {
      method: "POST",
      json: { text, ...identity(access) },
    });
    rememberResidentToken(answer.residentToken);
    return answer;
  },
};

const org = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}/conversations`;
const one = (slug: string, id: string) => `${org(slug)}/${encodeURIComponent(id)}`;

export interface StatementFilter {
  status?: StatementStatus | undefined;
  flag?: StatementFlag | undefined;
  flagged?: boolean | undefined;
}

export const staffEndpoints = {
  list: (slug: string) => api<{ conversations: StaffConversation[] }>(org(slug)),
  get: (slug: string, id: string) => api<StaffConversation>(one(slug, id)),
  create: (slug: string, body: ConversationInput) =>
    api<StaffConversation>(org(slug), { method: "POST", json: body }),
  update: (slug: string, id: string, body: Partial<ConversationInput>) =>
    api<StaffConversation>(one(slug, id), { method: "PATCH", json: body }),
  addSeeds: (slug: string, id: string, texts: string[]) =>
    api<{ tids: number[] }>(`${one(slug, id)}/seed-statements`, {
      method: "POST",
      json: { texts },
    }),
  statements: (slug: string, id: string, filter: StatementFilter) => {
    const params = new URLSearchParams();
    if (filter.status) params.set("status", filter.status);
    if (filter.flag) params.set("flag", filter.flag);
    if (filter.flagged !== undefined) params.set("flagged", String(filter.flagged));
    const qs = params.toString();
    return api<{ statements: StaffStatement[] }>(
      `${one(slug, id)}/statements${qs ? `?${qs}` : ""}`,
    );
  },
  moderate: (
    slug: string,
    id: string,
    body: { tids: number[]; action: ModerationAction; reason?: string },
  ) =>
    api<{ statements: StaffStatement[] }>(`${one(slug, id)}/moderation`, {
      method: "POST",
      json: body,
    }),
  edit: (slug: string, id: string, tid: number, text: string) =>
    api<StaffStatement>(`${one(slug, id)}/statements/${tid}`, {
      method: "PATCH",
      json: { text },
    }),
  results: (slug: string, id: string) => api<StaffResults>(`${one(slug, id)}/results`),
  setImage: (slug: string, id: string, file: File, alt: { fi: string; sv: string; en: string }) => {
    const params = new URLSearchParams({ altFi: alt.fi });
    if (alt.sv) params.set("altSv", alt.sv);
    if (alt.en) params.set("altEn", alt.en);
    return api<void>(`${one(slug, id)}/image?${params}`, {
      method: "PUT",
      raw: { body: file, contentType: file.type },
    });
  },
  removeImage: (slug: string, id: string) =>
    api<void>(`${one(slug, id)}/image`, { method: "DELETE" }),
  embedSecret: (slug: string, id: string) => api<EmbedSecret>(`${one(slug, id)}/embed-secret`),
  rotateEmbedSecret: (slug: string, id: string) =>
    api<EmbedSecret>(`${one(slug, id)}/embed-secret`, { method: "POST" }),
  exportUrl: (slug: string, id: string, file: string) =>
    `${one(slug, id)}/export/${encodeURIComponent(file)}`,
  import: (
    slug: string,
    body: {
      title?: string;
      files: { comments: string; votes: string; participantsVotes?: string; summary?: string };
    },
  ) => api<{ id: string; publicId: string }>(`${org(slug)}/import`, { method: "POST", json: body }),
};
