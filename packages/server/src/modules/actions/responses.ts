import { z } from "zod";
import type { actionHistory } from "./schema.js";
import type { ActionMeasure, ActionRecommendation, ActionTable } from "./tables.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const statusResponse = z.object({
  key: z.string(),
  label: localized,
  needsReason: z.boolean(),
});
const decision = z.object({
  body: z.string(),
  date: z.string(),
  section: z.string(),
  minutesUrl: z.string(),
});

export const tableSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  sourceKind: z.string().nullable(),
  sourceId: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  reminderMonths: z.number(),
  statuses: z.array(statusResponse),
});

export const tableListResponse = z.object({ tables: z.array(tableSummary) });

const measure = z.object({
  id: z.string(),
  number: z.string(),
  text: z.string(),
  schedule: z.string(),
  startMonth: z.string().nullable(),
  endMonth: z.string().nullable(),
  status: z.string(),
  statusReason: z.string(),
  unit: z.string(),
  notes: z.string(),
  decisions: z.array(decision),
  budgetYear: z.number().nullable(),
  updatedAt: z.string(),
});

const recommendation = z.object({
  id: z.string(),
  number: z.number(),
  text: z.string(),
  measures: z.array(measure),
});

const change = z.object({
  id: z.number(),
  at: z.string(),
  measureNumber: z.string(),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});

/** A table with its rows and history (staff; the history says who). */
export const tableDetailResponse = tableSummary.extend({
  recommendations: z.array(recommendation),
  history: z.array(change.extend({ actor: z.string() })),
  /** The units the signed-in editor may edit; null: every row. */
  editableUnits: z.array(z.string()).nullable(),
});

/** A published table for its public page: rows and the public change log (no names). */
export const publicTableResponse = tableSummary
  .omit({ id: true, reminderMonths: true, sourceId: true })
  .extend({
    recommendations: z.array(recommendation),
    changes: z.array(change),
    urls: z.object({ page: z.string(), csv: z.string(), json: z.string() }),
  });

export const measureResponse = measure;

export const editorUnitsResponse = z.object({ units: z.array(z.string()) });

type Rows = (ActionRecommendation & { measures: ActionMeasure[] })[];
type HistoryRow = typeof actionHistory.$inferSelect;

export function toTableSummary(t: ActionTable): z.infer<typeof tableSummary> {
  return {
    id: t.id,
    slug: t.slug,
    title: t.title,
    sourceKind: t.sourceKind,
    sourceId: t.sourceId,
    published: t.published,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    updatedAt: t.updatedAt.toISOString(),
    reminderMonths: t.reminderMonths,
    statuses: t.statuses,
  };
}

export function toMeasure(m: ActionMeasure): z.infer<typeof measure> {
  return {
    id: m.id,
    number: m.number,
    text: m.text,
    schedule: m.schedule,
    startMonth: m.startMonth,
    endMonth: m.endMonth,
    status: m.status,
    statusReason: m.statusReason,
    unit: m.unit,
    notes: m.notes,
    decisions: m.decisions,
    budgetYear: m.budgetYear,
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function toRecommendations(rows: Rows): z.infer<typeof recommendation>[] {
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    text: r.text,
    measures: r.measures.map(toMeasure),
  }));
}

export function toChange(h: HistoryRow): z.infer<typeof change> {
  return {
    id: h.id,
    at: h.at.toISOString(),
    measureNumber: h.measureNumber,
    field: h.field,
    oldValue: h.oldValue,
    newValue: h.newValue,
  };
}
