import type { Db } from "../../db/client.js";
import { readActionStatus } from "./action-status.js";
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
  const status = await readActionStatus(db, {
    organizationId: options.organizationId,
    language: options.language,
    source: { kind: options.kind, id: options.id },
  });
  const blocks: BriefBlock[] = [];
  for (const table of status.tables) {
    const recommendations = status.recommendations.filter((r) => r.tableId === table.id);
    const measures = status.measures.filter((m) => m.tableId === table.id);
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
        rows: status.byStatus(measures, [table]),
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
            .map((m) => `${m.number} ${status.label(m.status, [table])}`)
            .join("; "),
        ]),
      },
    });
  }
  if (!status.tables.length) blocks.push({ type: "paragraph", text: t("noTables") });
  return { key: "since", heading: t("since"), blocks };
}
