import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { monthsOf, parseActionCells } from "./cells.js";
import {
  type ActionStatus,
  actionHistory,
  actionMeasures,
  actionRecommendations,
  actionTables,
  type SourceKind,
} from "./schema.js";
import { DEFAULT_STATUSES, fold } from "./statuses.js";

export type ActionTable = typeof actionTables.$inferSelect;
export type ActionMeasure = typeof actionMeasures.$inferSelect;
export type ActionRecommendation = typeof actionRecommendations.$inferSelect;

/** Who made a history row: a staff member or a named system actor. */
export function historyActor(actor: Actor): {
  actorUserId: string | null;
  actorLabel: string | null;
} {
  return "userId" in actor
    ? { actorUserId: actor.userId, actorLabel: null }
    : { actorUserId: null, actorLabel: actor.label };
}

/** A URL-safe name from a title: "Nuorisopaneeli 2025" → "nuorisopaneeli-2025". */
export function slugFrom(title: string): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "taulukko";
}

async function freeSlug(db: Db, organizationId: string, wanted: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .select({ slug: actionTables.slug })
        .from(actionTables)
        .where(eq(actionTables.organizationId, organizationId))
    ).map((r) => r.slug),
  );
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export interface ImportOptions {
  organizationId: string;
  title: string;
  /** Given: must be free. Left out: made from the title (with -2, -3 … when taken). */
  slug?: string;
  /** The cells, header row first (a CSV file's records or an XLSX sheet's rows). */
  rows: string[][];
  /** The file's line of each row (a CSV record may span lines); default: row index + 1. */
  lines?: number[];
  statuses?: ActionStatus[];
  sourceKind?: SourceKind | null;
  sourceId?: string | null;
  reminderMonths?: number;
  publish?: boolean;
  actor: Actor;
}

/**
 * Imports a table from cells in one transaction: every row is checked first, and a file with
 * any error is refused whole with every error named by line, column and value.
 */
export async function importActionTable(db: Db, options: ImportOptions): Promise<ActionTable> {
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  const { recommendations, errors } = parseActionCells(options.rows, statuses, {
    ...(options.lines ? { lines: options.lines } : {}),
  });
  if (errors.length > 0) {
    throw new AppError("validation.failed", errors.map((e) => e.message).join("\n"), { errors });
  }
  return db.transaction(async (tx) => {
    let slug = options.slug;
    if (slug) {
      const [taken] = await tx
        .select({ id: actionTables.id })
        .from(actionTables)
        .where(
          and(eq(actionTables.organizationId, options.organizationId), eq(actionTables.slug, slug)),
        );
      if (taken) throw new AppError("conflict", `A table named "${slug}" already exists.`);
    } else {
      slug = await freeSlug(tx, options.organizationId, slugFrom(options.title));
    }
    const now = new Date();
    const [table] = await tx
      .insert(actionTables)
      .values({
        organizationId: options.organizationId,
        slug,
        title: options.title,
        sourceKind: options.sourceKind ?? null,
        sourceId: options.sourceId ?? null,
        statuses,
        reminderMonths: options.reminderMonths ?? 6,
        published: options.publish ?? false,
        publishedAt: options.publish ? now : null,
      })
      .returning();
    let position = 0;
    for (const recommendation of recommendations) {
      const [saved] = await tx
        .insert(actionRecommendations)
        .values({
          organizationId: options.organizationId,
          tableId: table!.id,
          number: recommendation.number,
          text: recommendation.text,
          position: recommendation.number,
        })
        .returning({ id: actionRecommendations.id });
      if (recommendation.measures.length === 0) continue;
      await tx.insert(actionMeasures).values(
        recommendation.measures.map((m) => ({
          organizationId: options.organizationId,
          tableId: table!.id,
          recommendationId: saved!.id,
          number: m.number,
          position: ++position,
          text: m.text,
          schedule: m.schedule,
          ...monthsOf(m.schedule),
          status: m.status,
          statusReason: m.statusReason,
          unit: m.unit,
          notes: m.notes,
        })),
      );
    }
    await tx.insert(actionHistory).values({
      organizationId: options.organizationId,
      tableId: table!.id,
      ...historyActor(options.actor),
      field: "imported",
      newValue: `${recommendations.length} / ${position}`,
    });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.table_imported",
      targetType: "action_table",
      targetId: table!.id,
      detail: { recommendations: recommendations.length, measures: position, slug },
    });
    if (options.publish) {
      await recordAudit(tx, {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "actions.table_published",
        targetType: "action_table",
        targetId: table!.id,
      });
    }
    return table!;
  });
}

/** Publishes (or withdraws) a table; its public page and open data appear at once. */
export async function publishActionTable(
  db: Db,
  options: { organizationId: string; tableId: string; published: boolean; actor: Actor },
): Promise<ActionTable> {
  return db.transaction(async (tx) => {
    const table = await findTable(tx, options);
    const [saved] = await tx
      .update(actionTables)
      .set({
        published: options.published,
        publishedAt: options.published ? (table.publishedAt ?? new Date()) : table.publishedAt,
      })
      .where(eq(actionTables.id, table.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: options.published ? "actions.table_published" : "actions.table_withdrawn",
      targetType: "action_table",
      targetId: table.id,
    });
    return saved!;
  });
}

/** One of the organization's tables by id; another organization's is "not found". */
export async function findTable(
  db: Db,
  options: { organizationId: string; tableId: string },
): Promise<ActionTable> {
  const [table] = await db
    .select()
    .from(actionTables)
    .where(
      and(
        eq(actionTables.organizationId, options.organizationId),
        eq(actionTables.id, options.tableId),
      ),
    );
  if (!table) throw new AppError("not_found", "No such action table.");
  return table;
}

/** A published table by its slug, for the public page and open data. */
export async function findPublishedTable(
  db: Db,
  options: { organizationId: string; slug: string },
): Promise<ActionTable> {
  const [table] = await db
    .select()
    .from(actionTables)
    .where(
      and(
        eq(actionTables.organizationId, options.organizationId),
        eq(actionTables.slug, options.slug),
        eq(actionTables.published, true),
      ),
    );
  if (!table) throw new AppError("not_found", "No such published action table.");
  return table;
}

export async function listTables(db: Db, options: { organizationId: string }) {
  return db
    .select()
    .from(actionTables)
    .where(eq(actionTables.organizationId, options.organizationId))
    .orderBy(desc(actionTables.updatedAt));
}

/** A table's recommendations in order, each with its measures in order. */
export async function tableRows(
  db: Db,
  table: ActionTable,
): Promise<(ActionRecommendation & { measures: ActionMeasure[] })[]> {
  const recommendations = await db
    .select()
    .from(actionRecommendations)
    .where(eq(actionRecommendations.tableId, table.id))
    .orderBy(asc(actionRecommendations.position));
  const measures = await db
    .select()
    .from(actionMeasures)
    .where(eq(actionMeasures.tableId, table.id))
    .orderBy(asc(actionMeasures.position));
  const byRecommendation = new Map<string, ActionMeasure[]>(recommendations.map((r) => [r.id, []]));
  for (const m of measures) byRecommendation.get(m.recommendationId)?.push(m);
  return recommendations.map((r) => ({ ...r, measures: byRecommendation.get(r.id) ?? [] }));
}
