import { z } from "zod";
import type { materialsOf } from "./materials.js";
import type { sessionNotes } from "./notes.js";
import type { panelistTables, sessionTables } from "./table-views.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

/** Who can facilitate a panel's tables: the staff with the facilitator role. */
export const facilitatorsResponse = z.object({
  facilitators: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const tablesResponse = z.object({
  sessionId: z.string(),
  features: z.array(z.string()),
  /** The worst spread of a feature value over the tables (most − fewest), and per value. */
  balance: z
    .object({ worstSpread: z.number(), spreads: z.record(z.string(), z.number()) })
    .nullable(),
  tables: z.array(
    z.object({
      number: z.number().int(),
      seed: z.string(),
      facilitator: z.object({ id: z.string(), name: z.string() }).nullable(),
      seats: z.array(
        z.object({
          candidateId: z.string(),
          number: z.number().int(),
          attributes: z.record(z.string(), z.string()),
          language: z.string(),
          movedByHand: z.boolean(),
        }),
      ),
    }),
  ),
});
export type TablesResponse = z.infer<typeof tablesResponse>;

export function toTables(view: Awaited<ReturnType<typeof sessionTables>>): TablesResponse {
  return {
    sessionId: view.session.id,
    features: view.features,
    balance: view.balance
      ? { worstSpread: view.balance.worstSpread, spreads: view.balance.spreads }
      : null,
    tables: view.tables.map((t) => ({
      number: t.number,
      seed: t.seed,
      facilitator: t.facilitator,
      seats: t.seats,
    })),
  };
}

export const materialResponse = z.object({
  id: z.string(),
  sessionId: z.string().nullable(),
  kind: z.enum(["talk", "reading", "video"]),
  title: localized,
  url: z.string().nullable(),
  captionUrl: z.string().nullable(),
  pdf: z.object({ name: z.string(), bytes: z.number().int() }).nullable(),
  createdAt: z.string(),
});
export const materialsResponse = z.object({ materials: z.array(materialResponse) });

export function toMaterial(
  m: Awaited<ReturnType<typeof materialsOf>>[number],
): z.infer<typeof materialResponse> {
  return {
    id: m.id,
    sessionId: m.sessionId,
    kind: m.kind,
    title: m.title,
    url: m.url,
    captionUrl: m.captionUrl,
    pdf: m.pdfName && m.pdfBytes !== null ? { name: m.pdfName, bytes: m.pdfBytes } : null,
    createdAt: m.createdAt.toISOString(),
  };
}

export const notesResponse = z.object({
  notes: z.array(
    z.object({
      id: z.string(),
      tableNumber: z.number().int(),
      kind: z.enum(["note", "proposal"]),
      text: z.string(),
      proposalId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export function toNotes(
  rows: Awaited<ReturnType<typeof sessionNotes>>,
): z.infer<typeof notesResponse> {
  return {
    notes: rows.map((n) => ({
      id: n.id,
      tableNumber: n.tableNumber,
      kind: n.kind,
      text: n.text,
      proposalId: n.proposalId,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/** The panelist's own table per session and the materials of their panel. */
export const panelistSessionsResponse = z.object({
  tables: z.array(
    z.object({
      sessionId: z.string(),
      tableNumber: z.number().int(),
      facilitator: z.string().nullable(),
    }),
  ),
  materials: z.array(materialResponse),
  /** The panelists' feedback survey once opened: its path on this site. */
  feedbackPath: z.string().nullable(),
});

export function toPanelistSessions(
  tables: Awaited<ReturnType<typeof panelistTables>>,
  materials: Awaited<ReturnType<typeof materialsOf>>,
  feedbackPath: string | null,
): z.infer<typeof panelistSessionsResponse> {
  return { tables, materials: materials.map(toMaterial), feedbackPath };
}
