import { and, asc, eq, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { actionMeasures, actionRecommendations, actionTables } from "../actions/index.js";
import type { BriefLanguage } from "./texts.js";

type Table = typeof actionTables.$inferSelect;
type Recommendation = typeof actionRecommendations.$inferSelect;
type Measure = typeof actionMeasures.$inferSelect;

/** A measures-by-status row: the status's label, the count and its share of the measures. */
export type StatusRow = [label: string, count: number, share: number];

/** The action tables a report reads, their rows, and their statuses in the report's language. */
export interface ActionStatus {
  /** Oldest first. */
  tables: Table[];
  /** Of those tables, in each table's order. */
  recommendations: Recommendation[];
  /** Of those tables, in each table's order. */
  measures: Measure[];
  /**
   * A status key's label in the language (Finnish when the label has none; the key when no table
   * knows it), from the first of `among` (default: all the tables) that has the key.
   */
  label: (key: string, among?: Table[]) => string;
  /**
   * `measures` by status, one row per status of `among` (default: all the tables) in their order,
   * statuses without measures left out.
   */
  byStatus: (measures: Measure[], among?: Table[]) => StatusRow[];
}

/**
 * Reads the status of an organization's action tables, as the briefs ("what has happened
 * since": the tables whose `source` is the activity) and the period report and metrics (the
 * tables made before `createdBefore`) show it.
 */
export async function readActionStatus(
  db: Db,
  options: {
    organizationId: string;
    language: BriefLanguage;
    source?: { kind: string; id: string };
    createdBefore?: Date;
  },
): Promise<ActionStatus> {
  const { organizationId, language } = options;
  const where: SQL[] = [eq(actionTables.organizationId, organizationId)];
  if (options.source) {
    where.push(eq(actionTables.sourceKind, options.source.kind as never));
    where.push(eq(actionTables.sourceId, options.source.id));
  }
  if (options.createdBefore) where.push(lt(actionTables.createdAt, options.createdBefore));
  const tables = await db
    .select()
    .from(actionTables)
    .where(and(...where))
    .orderBy(asc(actionTables.createdAt));
  const ids = tables.map((t) => t.id);
  const recommendations = ids.length
    ? await db
        .select()
        .from(actionRecommendations)
        .where(
          and(
            eq(actionRecommendations.organizationId, organizationId),
            inArray(actionRecommendations.tableId, ids),
          ),
        )
        .orderBy(asc(actionRecommendations.position))
    : [];
  const measures = ids.length
    ? await db
        .select()
        .from(actionMeasures)
        .where(
          and(
            eq(actionMeasures.organizationId, organizationId),
            inArray(actionMeasures.tableId, ids),
          ),
        )
        .orderBy(asc(actionMeasures.position))
    : [];
  const label = (key: string, among = tables) => {
    for (const table of among) {
      const s = table.statuses.find((x) => x.key === key);
      if (s) return s.label[language] || s.label.fi || key;
    }
    return key;
  };
  const byStatus = (rows: Measure[], among = tables): StatusRow[] =>
    [...new Set(among.flatMap((t) => t.statuses.map((s) => s.key)))]
      .map((key): StatusRow => {
        const n = rows.filter((m) => m.status === key).length;
        return [label(key, among), n, rows.length ? n / rows.length : 0];
      })
      .filter((row) => row[1] > 0);
  return { tables, recommendations, measures, label, byStatus };
}
