import type { Db } from "../../../db/client.js";
import { readActionStatus } from "../action-status.js";
import type { BriefBlock, BriefSection } from "../brief.js";
import { labels } from "../texts.js";
import type { PeriodOptions } from "./activities.js";
import type { PeriodSectionKey } from "./keys.js";
import { periodLabels } from "./texts.js";

/**
 * The organization's action tables made before the end of the period: recommendations and
 * their measures by status, the share of recommendations with a recorded decision and with a
 * measure tagged with a budget year; and the decisions dated within the period.
 */
export async function recommendationSections(
  db: Db,
  options: PeriodOptions,
): Promise<[BriefSection<PeriodSectionKey>, BriefSection<PeriodSectionKey>]> {
  const { organizationId, language } = options;
  const t = labels(language);
  const p = periodLabels(language);
  const status = await readActionStatus(db, {
    organizationId,
    language,
    createdBefore: options.until,
  });
  const { tables } = status;
  const ours = status.measures;
  const ourRecommendations = status.recommendations;
  const blocks: BriefBlock[] = [];
  if (tables.length === 0) blocks.push({ type: "paragraph", text: p("noActionTables") });
  else {
    const decided = new Set(
      ours.filter((m) => m.decisions.length > 0).map((m) => m.recommendationId),
    );
    const budgeted = ours.filter((m) => m.budgetYear !== null).length;
    blocks.push({
      type: "table",
      table: {
        caption: `${p("allTables")}: ${t("measures")} / ${t("status")} (n = ${ours.length})`,
        columns: [t("status"), t("count"), t("share")],
        rows: status.byStatus(ours),
        shares: [2],
        bar: 2,
      },
    });
    blocks.push({
      type: "table",
      table: {
        caption: p("recommendationsHeading"),
        columns: [t("figure"), t("count"), t("share")],
        rows: [
          [t("recommendations"), ourRecommendations.length, null],
          [
            p("reachedDecision"),
            decided.size,
            ourRecommendations.length ? decided.size / ourRecommendations.length : 0,
          ],
          [p("inBudget"), budgeted, ours.length ? budgeted / ours.length : 0],
        ],
        shares: [2],
      },
    });
    for (const table of tables) {
      const rows = ours.filter((m) => m.tableId === table.id);
      const n = ourRecommendations.filter((r) => r.tableId === table.id).length;
      blocks.push({
        type: "table",
        table: {
          caption: `${table.title}: ${n} ${t("recommendations").toLowerCase()}, ${rows.length} ${t("measures").toLowerCase()}`,
          columns: [t("status"), t("count"), t("share")],
          rows: status.byStatus(rows),
          shares: [2],
          bar: 2,
        },
      });
    }
  }
  const from = options.from.toISOString().slice(0, 10);
  const until = options.until.toISOString().slice(0, 10);
  const decisions = ours
    .flatMap((m) =>
      m.decisions
        .filter((d) => d.date >= from && d.date < until)
        .map((d) => ({ measure: m, decision: d })),
    )
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date));
  const titles = new Map(tables.map((x) => [x.id, x.title]));
  const decisionBlocks: BriefBlock[] =
    decisions.length === 0
      ? [{ type: "paragraph", text: p("noDecisions") }]
      : [
          {
            type: "table",
            table: {
              caption: p("decisionsHeading"),
              columns: [t("measures"), p("body"), p("date"), p("section"), p("budgetYear")],
              rows: decisions.map(({ measure, decision }) => [
                `${titles.get(measure.tableId)} ${measure.number}: ${measure.text}`,
                decision.body,
                decision.date,
                decision.section,
                measure.budgetYear === null ? null : String(measure.budgetYear),
              ]),
            },
          },
        ];
  return [
    { key: "recommendations", heading: p("recommendationsHeading"), blocks },
    { key: "decisions", heading: p("decisionsHeading"), blocks: decisionBlocks },
  ];
}
