import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type SessionTables =
  ApiResponse<"/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables">;
export type TableNotes =
  ApiResponse<"/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/notes">;
export type Material =
  ApiResponse<"/api/orgs/{slug}/panels/{panelId}/materials">["materials"][number];
export type MaterialInput = ApiBody<"/api/orgs/{slug}/panels/{panelId}/materials", "post">;

/** Staff: a session's tables, the tables' notes and proposals, the panel's materials. */
export const sessionStaffEndpoints = {
  facilitators: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/facilitators", { params: { slug, panelId } }),
  tables: (slug: string, panelId: string, sessionId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables", {
      params: { slug, panelId, sessionId },
    }),
  assign: (slug: string, panelId: string, sessionId: string, tables: number) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables", {
      params: { slug, panelId, sessionId },
      json: { tables },
    }),
  move: (slug: string, panelId: string, sessionId: string, candidateId: string, table: number) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/seats/{candidateId}", {
      params: { slug, panelId, sessionId, candidateId },
      json: { tableNumber: table },
    }),
  facilitator: (
    slug: string,
    panelId: string,
    sessionId: string,
    tableNumber: number,
    facilitatorId: string | null,
  ) =>
    call(
      "put",
      "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables/{tableNumber}/facilitator",
      { params: { slug, panelId, sessionId, tableNumber }, json: { facilitatorId } },
    ),
  notes: (slug: string, panelId: string, sessionId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/notes", {
      params: { slug, panelId, sessionId },
    }),
  addNote: (
    slug: string,
    panelId: string,
    sessionId: string,
    tableNumber: number,
    json: { kind: "note" | "proposal"; text: string },
  ) =>
    call(
      "post",
      "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables/{tableNumber}/notes",
      {
        params: { slug, panelId, sessionId, tableNumber },
        json,
      },
    ),
  materials: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/materials", { params: { slug, panelId } }),
  addMaterial: (slug: string, panelId: string, json: MaterialInput) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/materials", {
      params: { slug, panelId },
      json,
    }),
  uploadPdf: (slug: string, panelId: string, materialId: string, file: File) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/materials/{materialId}/pdf", {
      params: { slug, panelId, materialId },
      raw: { body: file, contentType: "application/pdf" },
    }),
  removeMaterial: (slug: string, panelId: string, materialId: string) =>
    call("delete", "/api/orgs/{slug}/panels/{panelId}/materials/{materialId}", {
      params: { slug, panelId, materialId },
    }),
  pdfUrl: (slug: string, panelId: string, materialId: string) =>
    `/api/orgs/${encodeURIComponent(slug)}/panels/${panelId}/materials/${materialId}/pdf`,
};
