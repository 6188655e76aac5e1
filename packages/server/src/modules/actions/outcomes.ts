import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { LocalizedText } from "../organizations/index.js";
import {
  actionHistory,
  actionMeasures,
  actionRecommendationSources,
  actionTables,
} from "./schema.js";

/** What came of one statement recommendation, as a published action table says. */
export interface RecommendationOutcome {
  /** The statement recommendation's id (the trail link's item). */
  itemId: string;
  table: { title: string; slug: string };
  measures: {
    number: string;
    text: string;
    status: string;
    statusLabel: LocalizedText;
    statusReason: string;
    updatedAt: string;
  }[];
  /** The latest change to those measures (or the table's rows citing the recommendation). */
  latestUpdate: { at: string; measureNumber: string; field: string; newValue: string } | null;
}

/**
 * For statements (modules/deliberation): the published action tables' recommendations linked
 * through the trail to the statement's recommendations (kind `statement_recommendation`), with
 * their measures' statuses and the latest update — empty while no table says anything.
 */
export async function statementOutcomes(
  db: Db,
  options: { organizationId: string; statementId: string },
): Promise<RecommendationOutcome[]> {
  const links = await db
    .select({ link: actionRecommendationSources, table: actionTables })
    .from(actionRecommendationSources)
    .innerJoin(actionTables, eq(actionTables.id, actionRecommendationSources.tableId))
    .where(
      and(
        eq(actionRecommendationSources.organizationId, options.organizationId),
        eq(actionRecommendationSources.kind, "statement_recommendation"),
        eq(actionRecommendationSources.sourceId, options.statementId),
        eq(actionTables.published, true),
      ),
    )
    .orderBy(asc(actionTables.title), asc(actionRecommendationSources.linkedAt));
  if (links.length === 0) return [];
  const recommendationIds = [...new Set(links.map((l) => l.link.recommendationId))];
  const measures = await db
    .select()
    .from(actionMeasures)
    .where(
      and(
        eq(actionMeasures.organizationId, options.organizationId),
        inArray(actionMeasures.recommendationId, recommendationIds),
      ),
    )
    .orderBy(asc(actionMeasures.position));
  const measureIds = measures.map((m) => m.id);
  const history = measureIds.length
    ? await db
        .select()
        .from(actionHistory)
        .where(
          and(
            eq(actionHistory.organizationId, options.organizationId),
            inArray(actionHistory.measureId, measureIds),
          ),
        )
        .orderBy(desc(actionHistory.at), desc(actionHistory.id))
    : [];
  return links.map(({ link, table }) => {
    const own = measures.filter((m) => m.recommendationId === link.recommendationId);
    const latest = history.find((h) => own.some((m) => m.id === h.measureId));
    return {
      itemId: link.itemId,
      table: { title: table.title, slug: table.slug },
      measures: own.map((m) => ({
        number: m.number,
        text: m.text,
        status: m.status,
        statusLabel: table.statuses.find((s) => s.key === m.status)?.label ?? {
          fi: m.status,
          sv: m.status,
          en: m.status,
        },
        statusReason: m.statusReason,
        updatedAt: m.updatedAt.toISOString(),
      })),
      latestUpdate: latest
        ? {
            at: latest.at.toISOString(),
            measureNumber: latest.measureNumber,
            field: latest.field,
            newValue: latest.newValue,
          }
        : null,
    };
  });
}
