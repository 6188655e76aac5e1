import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type PublicTable = ApiResponse<"/api/orgs/{slug}/actions/public/{table}">;
export type TableDetail = ApiResponse<"/api/orgs/{slug}/actions/tables/{tableId}">;
export type Measure = TableDetail["recommendations"][number]["measures"][number];
export type MeasureChanges = ApiBody<"/api/orgs/{slug}/actions/measures/{measureId}", "patch">;
export type NewMeasure = ApiBody<"/api/orgs/{slug}/actions/tables/{tableId}/measures", "post">;
export type ImportInput = ApiBody<"/api/orgs/{slug}/actions/tables", "post">;
export type Trail = ApiResponse<"/api/orgs/{slug}/actions/public/{table}/recommendations/{number}">;
export type SourceLink =
  ApiResponse<"/api/orgs/{slug}/actions/tables/{tableId}/sources">["sources"][number];
export type NewSource = ApiBody<
  "/api/orgs/{slug}/actions/recommendations/{recommendationId}/sources",
  "post"
>;
export type Language = ApiBody<
  "/api/orgs/{slug}/actions/public/{table}/subscribe",
  "post"
>["language"];

/** Residents' calls (no cookie, no CSRF). */
export const actionEndpoints = {
  table: (slug: string, table: string) =>
    call("get", "/api/orgs/{slug}/actions/public/{table}", { params: { slug, table } }),
  trail: (slug: string, table: string, number: string) =>
    call("get", "/api/orgs/{slug}/actions/public/{table}/recommendations/{number}", {
      params: { slug, table, number: Number(number) },
    }),
  produced: (slug: string, source: { conversation: string } | { survey: string }) =>
    call("get", "/api/orgs/{slug}/actions/produced", { params: { slug }, query: source }),
  subscribe: (slug: string, table: string, email: string, language: Language) =>
    call("post", "/api/orgs/{slug}/actions/public/{table}/subscribe", {
      params: { slug, table },
      json: { email, language },
      csrf: false,
    }),
  confirm: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/actions/subscriptions/confirm", {
      params: { slug },
      json: { token },
      csrf: false,
    }),
  unsubscribe: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/actions/unsubscribe/{token}", {
      params: { slug, token },
      json: {},
      csrf: false,
    }),
};

/** Staff calls. */
export const actionStaffEndpoints = {
  tables: (slug: string) => call("get", "/api/orgs/{slug}/actions/tables", { params: { slug } }),
  importTable: (slug: string, json: ImportInput) =>
    call("post", "/api/orgs/{slug}/actions/tables", { params: { slug }, json }),
  table: (slug: string, tableId: string) =>
    call("get", "/api/orgs/{slug}/actions/tables/{tableId}", { params: { slug, tableId } }),
  publish: (slug: string, tableId: string, published: boolean) =>
    call("post", "/api/orgs/{slug}/actions/tables/{tableId}/publish", {
      params: { slug, tableId },
      json: { published },
    }),
  addMeasure: (slug: string, tableId: string, json: NewMeasure) =>
    call("post", "/api/orgs/{slug}/actions/tables/{tableId}/measures", {
      params: { slug, tableId },
      json,
    }),
  sources: (slug: string, tableId: string) =>
    call("get", "/api/orgs/{slug}/actions/tables/{tableId}/sources", {
      params: { slug, tableId },
    }),
  linkSource: (slug: string, recommendationId: string, json: NewSource) =>
    call("post", "/api/orgs/{slug}/actions/recommendations/{recommendationId}/sources", {
      params: { slug, recommendationId },
      json,
    }),
  unlinkSource: (slug: string, sourceLinkId: string) =>
    call("delete", "/api/orgs/{slug}/actions/sources/{sourceLinkId}", {
      params: { slug, sourceLinkId },
    }),
  editMeasure: (slug: string, measureId: string, json: MeasureChanges) =>
    call("patch", "/api/orgs/{slug}/actions/measures/{measureId}", {
      params: { slug, measureId },
      json,
    }),
};
