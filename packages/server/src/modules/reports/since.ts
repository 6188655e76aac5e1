import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { actionMeasures, actionRecommendations, actionTables } from "../actions/index.js";
import type { BriefBlock, BriefSection } from "./brief.js";
import { type BriefLanguage, day, labels } from "./texts.js";

/**
 * "What has happened since": the action tables linked to the activity (source kind and id),
 * each with its measures by status (bars and table) and its recommendations with their
 * measures' statuses.
 */
export async function sinceSection(
  db: Db,
  options: { organizationId: string; kind: string; id: string; language: BriefLanguage },
): Promise<BriefSection> {
  const t = labels(options.language);
  const tables = await db
    .select()
    .from(actionTables)
    .where(
      and(
        eq(actionTables.organizationId, options.organizationId),
        eq(actionTables.sourceKind, options.kind as never),
        eq(actionTables.sourceId, options.id),
      ),
    )
    .orderBy(asc(actionTables.createdAt));
  const blocks: BriefBlock[] = [];
  for (const table of tables) {
    const recommendations = await db
      .select()
      .from(actionRecommendations)
      .where(
        and(
          eq(actionRecommendations.organizationId, options.organizationId),
          eq(actionRecommendations.tableId, table.id),
        ),
      )
      .orderBy(asc(actionRecommendations.position));
    const measures = await db
      .select()
      .from(actionMeasures)
      .where(
        and(
          eq(actionMeasures.organizationId, options.organizationId),
          eq(actionMeasures.tableId, table.id),
        ),
      )
      .orderBy(asc(actionMeasures.position));
    const statusLabel = (key: string) =>
      (table.statuses.find((s) => s.key === key)?.label[options.language] ||
        table.statuses.find((s) => s.key === key)?.label.fi) ??
      key;
    const byStatus = table.statuses
      .map((s) => ({ key: s.key, count: measures.filter((m) => m.status === s.key).length }))
      .filter((s) => s.count > 0);
    const latest = measures.reduce<Date | null>(
      (max, m) => (!max || m.updatedAt > max ? m.updatedAt : max),
      null,
    );
    blocks.push({
      type: "paragraph",
      text: `${table.title}: ${recommendations.length} ${t("recommendations").toLowerCase()}, ${measures.length} ${t("measures").toLowerCase()} (${day(latest ?? table.updatedAt)}).`,
    });
    blocks.push({
      type: "table",
      table: {
        caption: `${table.title}: ${t("measures")} / ${t("status")}`,
        columns: [t("status"), t("count"), t("share")],
        rows: byStatus.map((s) => [
          statusLabel(s.key),
          s.count,
          measures.length ? s.count / measures.length : 0,
        ]),
        shares: [2],
        bar: 2,
      },
    });
    blocks.push({
      type: "table",
      table: {
        caption: `${table.title}: ${t("recommendations")}`,
        columns: [t("recommendations"), t("status")],
        rows: recommendations.map((r) => [
          `${r.number}. ${r.text}`,
          measures
            .filter((m) => m.recommendationId === r.id)
            .map((m) => `${m.number} ${statusLabel(m.status)}`)
            .join("; "),
        ]),
      },
    });
  }
  if (!tables.length) blocks.push({ type: "paragraph", text: t("noTables") });
  return { key: "since", heading: t("since"), blocks };
}
