import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  actionHistory,
  actionMeasures,
  actionRecommendationSources,
  actionRecommendations,
  actionTables,
  type SourceSnapshot,
  type TrailSourceKind,
} from "./schema.js";
import { type ActionTable, findTable, historyActor } from "./tables.js";
import { type SourceRef, sourceSnapshot } from "./trail-sources.js";

/**
 * The trail (vaikutusketju): a recommendation linked back to its sources — a conversation's
 * statement, a survey's theme, a later module's item — with what the source said frozen at
 * linking time, and forward to its measures and their decisions. Each link and unlink is a
 * history row of the table.
 */

export type RecommendationSource = typeof actionRecommendationSources.$inferSelect;

export interface NewSource {
  kind: TrailSourceKind;
  sourceId?: string | undefined;
  questionId?: string | undefined;
  itemId?: string | undefined;
  /** The source's words and title, for kinds whose module is not here yet. */
  text?: string | undefined;
  title?: string | undefined;
  /** A statement recommendation's support result, kept in the snapshot. */
  support?: SourceSnapshot["support"] | undefined;
}

const describe = (s: { kind: string; snapshot: SourceSnapshot }) => `${s.kind}: ${s.snapshot.text}`;

async function findRecommendation(
  db: Db,
  options: { organizationId: string; recommendationId: string },
) {
  const [recommendation] = await db
    .select()
    .from(actionRecommendations)
    .where(
      and(
        eq(actionRecommendations.organizationId, options.organizationId),
        eq(actionRecommendations.id, options.recommendationId),
      ),
    );
  if (!recommendation) throw new AppError("not_found", "No such recommendation.");
  return recommendation;
}

/** Changes of the trail move the table's `updated_at` (its public answers are rebuilt). */
async function touch(db: Db, tableId: string, at: Date) {
  await db.update(actionTables).set({ updatedAt: at }).where(eq(actionTables.id, tableId));
}

/** Links a source to a recommendation, its snapshot taken now (the source must be this organization's). */
export async function linkSource(
  db: Db,
  options: { organizationId: string; recommendationId: string; input: NewSource; actor: Actor },
): Promise<RecommendationSource> {
  const { input } = options;
  const ref: SourceRef = {
    kind: input.kind,
    sourceId: input.sourceId?.trim() ?? "",
    questionId: input.questionId?.trim() ?? "",
    itemId: input.itemId?.trim() ?? "",
  };
  return db.transaction(async (tx) => {
    const recommendation = await findRecommendation(tx, options);
    let snapshot = await sourceSnapshot(tx, { organizationId: options.organizationId, ref });
    if (!snapshot) {
      const text = input.text?.trim();
      if (!text) {
        throw new AppError("validation.failed", "Say what the source said.", {
          errors: [{ path: "body.text", message: "what the source said", code: "required" }],
        });
      }
      snapshot = {
        text,
        title: input.title?.trim() ?? "",
        ...(input.support ? { support: input.support } : {}),
      };
    }
    const now = new Date();
    const [saved] = await tx
      .insert(actionRecommendationSources)
      .values({
        organizationId: options.organizationId,
        tableId: recommendation.tableId,
        recommendationId: recommendation.id,
        ...ref,
        snapshot,
        linkedBy: "userId" in options.actor ? options.actor.userId : null,
        linkedAt: now,
      })
      .returning();
    await tx.insert(actionHistory).values({
      organizationId: options.organizationId,
      tableId: recommendation.tableId,
      measureNumber: String(recommendation.number),
      ...historyActor(options.actor),
      at: now,
      field: "source",
      newValue: describe(saved!),
    });
    await touch(tx, recommendation.tableId, now);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.source_linked",
      targetType: "action_recommendation",
      targetId: recommendation.id,
      detail: { kind: ref.kind, sourceId: ref.sourceId },
    });
    return saved!;
  });
}

/** Unlinks a source from a recommendation (kept in the history). */
export async function unlinkSource(
  db: Db,
  options: { organizationId: string; sourceLinkId: string; actor: Actor },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(actionRecommendationSources)
      .where(
        and(
          eq(actionRecommendationSources.organizationId, options.organizationId),
          eq(actionRecommendationSources.id, options.sourceLinkId),
        ),
      )
      .returning();
    if (!removed) throw new AppError("not_found", "No such source link.");
    const recommendation = await findRecommendation(tx, {
      organizationId: options.organizationId,
      recommendationId: removed.recommendationId,
    });
    const now = new Date();
    await tx.insert(actionHistory).values({
      organizationId: options.organizationId,
      tableId: removed.tableId,
      measureNumber: String(recommendation.number),
      ...historyActor(options.actor),
      at: now,
      field: "source",
      oldValue: describe(removed),
    });
    await touch(tx, removed.tableId, now);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.source_unlinked",
      targetType: "action_recommendation",
      targetId: removed.recommendationId,
      detail: { kind: removed.kind, sourceId: removed.sourceId },
    });
  });
}

/** The sources of a table's recommendations, by recommendation id, in linking order. */
export async function tableSources(
  db: Db,
  options: { organizationId: string; tableId: string },
): Promise<Map<string, RecommendationSource[]>> {
  await findTable(db, options);
  const rows = await db
    .select()
    .from(actionRecommendationSources)
    .where(
      and(
        eq(actionRecommendationSources.organizationId, options.organizationId),
        eq(actionRecommendationSources.tableId, options.tableId),
      ),
    )
    .orderBy(asc(actionRecommendationSources.linkedAt));
  const out = new Map<string, RecommendationSource[]>();
  for (const r of rows) out.set(r.recommendationId, [...(out.get(r.recommendationId) ?? []), r]);
  return out;
}

/** A published table's recommendation by its number, with its measures and sources. */
export async function recommendationTrail(db: Db, options: { table: ActionTable; number: number }) {
  const [recommendation] = await db
    .select()
    .from(actionRecommendations)
    .where(
      and(
        eq(actionRecommendations.tableId, options.table.id),
        eq(actionRecommendations.number, options.number),
      ),
    );
  if (!recommendation) throw new AppError("not_found", "No such recommendation in the table.");
  const measures = await db
    .select()
    .from(actionMeasures)
    .where(eq(actionMeasures.recommendationId, recommendation.id))
    .orderBy(asc(actionMeasures.position));
  const sources = await db
    .select()
    .from(actionRecommendationSources)
    .where(eq(actionRecommendationSources.recommendationId, recommendation.id))
    .orderBy(asc(actionRecommendationSources.linkedAt));
  return { recommendation, measures, sources };
}

/** What came of a source: the published tables' recommendations citing it, with their measures. */
export async function producedBy(
  db: Db,
  options: { organizationId: string; kind: TrailSourceKind; sourceId: string },
) {
  const links = await db
    .select({ link: actionRecommendationSources, table: actionTables })
    .from(actionRecommendationSources)
    .innerJoin(actionTables, eq(actionTables.id, actionRecommendationSources.tableId))
    .where(
      and(
        eq(actionRecommendationSources.organizationId, options.organizationId),
        eq(actionRecommendationSources.kind, options.kind),
        eq(actionRecommendationSources.sourceId, options.sourceId),
        eq(actionTables.published, true),
      ),
    )
    .orderBy(asc(actionTables.title), asc(actionRecommendationSources.linkedAt));
  const recommendationIds = [...new Set(links.map((l) => l.link.recommendationId))];
  if (recommendationIds.length === 0) return [];
  const recommendations = await db
    .select()
    .from(actionRecommendations)
    .where(inArray(actionRecommendations.id, recommendationIds));
  const measures = await db
    .select()
    .from(actionMeasures)
    .where(inArray(actionMeasures.recommendationId, recommendationIds))
    .orderBy(asc(actionMeasures.position));
  const seen = new Set<string>();
  const out = [];
  for (const { link, table } of links) {
    if (seen.has(link.recommendationId)) continue;
    seen.add(link.recommendationId);
    const recommendation = recommendations.find((r) => r.id === link.recommendationId)!;
    out.push({
      table,
      recommendation,
      measures: measures.filter((m) => m.recommendationId === recommendation.id),
      cited: links
        .filter((l) => l.link.recommendationId === recommendation.id)
        .map((l) => l.link.snapshot.text),
    });
  }
  return out;
}
