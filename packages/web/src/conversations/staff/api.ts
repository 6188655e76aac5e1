import { call, fillPath } from "../../api/client.js";
import type { ApiResponse } from "../../api/contract.js";
import type {
  ConversationChange,
  ConversationInput,
  ExportFile,
  ImportAnswer,
  ImportInput,
  ModerationAction,
  SeedAnswer,
  StaffConversation,
  StaffConversations,
  StaffResults,
  StaffStatement,
  StaffStatements,
  StatementFlag,
  StatementStatus,
  TranslationCounts,
  TranslationInput,
  TranslationQueue,
} from "../types.js";

const ONE = "/api/orgs/{slug}/conversations/{id}";

/** The secret with which an embedding site signs participant ids (admins only). */
export type EmbedSecret = ApiResponse<`${typeof ONE}/embed-secret`>;

export interface StatementFilter {
  status?: StatementStatus | undefined;
  flag?: StatementFlag | undefined;
  flagged?: boolean | undefined;
}

// TODO(api-types): the `as Promise<…>` casts go once these routes declare their response
// schemas (conversations/types.ts lists them); the types then come from the contract.
/** The staff's calls for conversations: editing, moderation, results, image, embed, exchange. */
export const staffEndpoints = {
  list: (slug: string) =>
    call("get", "/api/orgs/{slug}/conversations", {
      params: { slug },
    }) as Promise<StaffConversations>,
  get: (slug: string, id: string) =>
    call("get", ONE, { params: { slug, id } }) as Promise<StaffConversation>,
  create: (slug: string, json: ConversationInput) =>
    call("post", "/api/orgs/{slug}/conversations", {
      params: { slug },
      json,
    }) as Promise<StaffConversation>,
  update: (slug: string, id: string, json: ConversationChange) =>
    call("patch", ONE, { params: { slug, id }, json }) as Promise<StaffConversation>,
  addSeeds: (slug: string, id: string, texts: string[], language?: TranslationInput["language"]) =>
    call("post", `${ONE}/seed-statements`, {
      params: { slug, id },
      json: { texts, language },
    }) as Promise<SeedAnswer>,
  translations: (slug: string, id: string) =>
    call("get", `${ONE}/translations`, { params: { slug, id } }) as Promise<TranslationQueue>,
  translate: (slug: string, id: string, json: TranslationInput) =>
    call("put", `${ONE}/translations`, { params: { slug, id }, json }) as Promise<TranslationQueue>,
  translationCounts: (slug: string) =>
    call("get", "/api/orgs/{slug}/conversations/translations", {
      params: { slug },
    }) as Promise<TranslationCounts>,
  statements: (slug: string, id: string, filter: StatementFilter) =>
    call("get", `${ONE}/statements`, {
      params: { slug, id },
      query: {
        status: filter.status,
        flag: filter.flag,
        flagged: filter.flagged === undefined ? undefined : filter.flagged ? "true" : "false",
      },
    }) as Promise<StaffStatements>,
  moderate: (
    slug: string,
    id: string,
    json: { tids: number[]; action: ModerationAction; reason?: string },
  ) =>
    call("post", `${ONE}/moderation`, { params: { slug, id }, json }) as Promise<StaffStatements>,
  edit: (slug: string, id: string, tid: number, text: string) =>
    call("patch", `${ONE}/statements/{tid}`, {
      params: { slug, id, tid },
      json: { text },
    }) as Promise<StaffStatement>,
  results: (slug: string, id: string) =>
    call("get", `${ONE}/results`, { params: { slug, id } }) as Promise<StaffResults>,
  setImage: (slug: string, id: string, file: File, alt: { fi: string; sv: string; en: string }) =>
    call("put", `${ONE}/image`, {
      params: { slug, id },
      query: { altFi: alt.fi, altSv: alt.sv || undefined, altEn: alt.en || undefined },
      raw: { body: file, contentType: file.type },
    }),
  removeImage: (slug: string, id: string) =>
    call("delete", `${ONE}/image`, { params: { slug, id } }),
  embedSecret: (slug: string, id: string) =>
    call("get", `${ONE}/embed-secret`, { params: { slug, id } }),
  rotateEmbedSecret: (slug: string, id: string) =>
    call("post", `${ONE}/embed-secret`, { params: { slug, id } }),
  kioskSessions: (slug: string, id: string) =>
    call("get", `${ONE}/kiosk-sessions`, { params: { slug, id } }),
  startKiosk: (slug: string, id: string, json: { eventName: string; expiresAt?: string }) =>
    call("post", `${ONE}/kiosk-sessions`, { params: { slug, id }, json }),
  endKiosk: (slug: string, id: string, sessionId: string) =>
    call("post", `${ONE}/kiosk-sessions/{sessionId}/end`, { params: { slug, id, sessionId } }),
  /** A download link (opened by the browser, not fetched). */
  exportUrl: (slug: string, id: string, file: ExportFile) =>
    fillPath(`${ONE}/export/{file}`, { slug, id, file }),
  import: (slug: string, json: ImportInput) =>
    call("post", "/api/orgs/{slug}/conversations/import", {
      params: { slug },
      json,
    }) as Promise<ImportAnswer>,
};
