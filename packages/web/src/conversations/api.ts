import { call } from "../api/client.js";
import { isLanguage } from "../lib/language.js";
import type {
  MyStatements,
  NextStatement,
  ResidentConversation,
  ResidentResults,
  StatementAnswer,
  VoteAnswer,
  VoteValue,
} from "./types.js";

/** How a resident reached the conversation: the invitation token and an embedding site's id. */
export interface Access {
  t?: string | undefined;
  xid?: string | undefined;
  /** Inside an embedding site's iframe (the participant's channel is "embed"). */
  embed?: boolean | undefined;
  /**
   * At a kiosk: the kiosk's token and the current person's key, kept only in memory (never
   * the browser's stored key or cookie), so that each person is a new participant.
   */
  kiosk?: { token: string; resident: string } | undefined;
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

/**
 * Residents' calls go through the app's one helper, without staff CSRF and with the
 * `x-kuulo-resident` header carrying the stored resident key.
 */
function resident(publicId: string, access: Access) {
  const token = access.kiosk ? access.kiosk.resident : residentToken();
  return {
    params: { publicId },
    csrf: false,
    headers: token ? { "x-kuulo-resident": token } : undefined,
    query: access.t ? { t: access.t } : undefined,
  };
}

function identity(access: Access) {
  return {
    ...(access.t ? { t: access.t } : {}),
    ...(access.xid ? { xid: access.xid } : {}),
    ...(access.embed ? { embed: true } : {}),
    ...(access.kiosk ? { kiosk: access.kiosk.token } : {}),
  };
}

// TODO(api-types): the `as Promise<…>` casts go once these routes declare their response
// schemas (conversations/types.ts lists them); the types then come from the contract.
export const residentEndpoints = {
  conversation: (publicId: string, access: Access) =>
    call("get", "/api/p/c/{publicId}", resident(publicId, access)) as Promise<ResidentConversation>,
  next: (publicId: string, access: Access) =>
    call("get", "/api/p/c/{publicId}/next", resident(publicId, access)) as Promise<NextStatement>,
  statements: (publicId: string, access: Access) =>
    call(
      "get",
      "/api/p/c/{publicId}/statements",
      resident(publicId, access),
    ) as Promise<MyStatements>,
  results: (publicId: string, access: Access) =>
    call(
      "get",
      "/api/p/c/{publicId}/results",
      resident(publicId, access),
    ) as Promise<ResidentResults>,
  vote: async (
    publicId: string,
    access: Access,
    vote: { tid: number; vote: VoteValue; requestId: string },
  ) => {
    const answer = (await call("post", "/api/p/c/{publicId}/votes", {
      ...resident(publicId, access),
      query: undefined,
      json: { ...vote, ...identity(access) },
    })) as VoteAnswer;
    if (!access.kiosk) rememberResidentToken(answer.residentToken);
    return answer;
  },
  /** A statement written in the page's language (`language`). */
  write: async (publicId: string, access: Access, text: string, language: string) => {
    const answer = (await call("post", "/api/p/c/{publicId}/statements", {
      ...resident(publicId, access),
      query: undefined,
      json: { text, language: isLanguage(language) ? language : undefined, ...identity(access) },
    })) as StatementAnswer;
    if (!access.kiosk) rememberResidentToken(answer.residentToken);
    return answer;
  },
};

/** A kiosk's calls: its event (the start screen) and a fresh key for each new person. */
export const kioskEndpoints = {
  event: (publicId: string, kiosk: string) =>
    call("post", "/api/p/c/{publicId}/kiosk", {
      params: { publicId },
      csrf: false,
      json: { kiosk },
    }),
  person: (publicId: string, kiosk: string) =>
    call("post", "/api/p/c/{publicId}/kiosk/people", {
      params: { publicId },
      csrf: false,
      json: { kiosk },
    }),
};
