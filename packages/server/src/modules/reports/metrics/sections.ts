import type { BriefBlock, BriefSection } from "../brief.js";
import { periodLabels } from "../period/texts.js";
import { type BriefLanguage, labels } from "../texts.js";
import type { Metrics } from "./measures.js";
import { metricsLabels } from "./texts.js";

export const METRICS_SECTION_KEYS = [
  "activities",
  "quarters",
  "pool",
  "feedback",
  "recommendations",
] as const;
export type MetricsSectionKey = (typeof METRICS_SECTION_KEYS)[number];

const fill = (text: string, values: Record<string, number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

/** The metrics as sections of tables (with bars), as a brief shows them. */
export function metricsSections(
  metrics: Metrics,
  language: BriefLanguage,
): BriefSection<MetricsSectionKey>[] {
  const t = labels(language);
  const p = periodLabels(language);
  const m = metricsLabels(language);
  const channels = [
    ...new Set([
      ...metrics.activities.flatMap((a) => Object.keys(a.channels)),
      ...metrics.quarters.flatMap((q) => Object.keys(q.channels)),
    ]),
  ].sort();
  const activities: BriefBlock[] = metrics.activities.length
    ? [
        {
          type: "table",
          table: {
            caption: m("byActivity"),
            columns: [p("activity"), p("kind"), t("participants"), ...channels],
            rows: metrics.activities.map((a) => [
              a.title,
              p(`kind_${a.kind}`),
              a.participants,
              ...channels.map((c) => a.channels[c] ?? 0),
            ]),
          },
        },
      ]
    : [{ type: "paragraph", text: p("noActivities") }];
  const most = Math.max(1, ...metrics.quarters.map((q) => q.participants));
  const quarters: BriefBlock[] = [
    {
      type: "table",
      table: {
        caption: m("quarters"),
        columns: [m("quarter"), t("participants"), ...channels, t("share")],
        rows: metrics.quarters.map((q) => [
          q.quarter,
          q.participants,
          ...channels.map((c) => q.channels[c] ?? 0),
          q.participants / most,
        ]),
        shares: [channels.length + 2],
        bar: channels.length + 2,
      },
    },
  ];
  const pool: BriefBlock[] = metrics.pool
    ? [
        { type: "paragraph", text: m("poolOverTimeIntro") },
        {
          type: "table",
          table: {
            caption: m("poolOverTime"),
            columns: [
              m("at"),
              p("members"),
              `D: ${p("dimension_age")}`,
              `D: ${p("dimension_sex")}`,
              `D: ${p("dimension_municipality")}`,
            ],
            rows: metrics.pool.map((s) => [s.at, s.members, s.age, s.sex, s.municipality]),
            shares: [2, 3, 4],
          },
        },
      ]
    : [{ type: "paragraph", text: p("noPool") }];
  const feedback: BriefBlock[] = metrics.feedback.length
    ? [
        { type: "paragraph", text: p("feedbackIntro") },
        {
          type: "table",
          table: {
            caption: m("feedbackByActivity"),
            columns: [
              p("activity"),
              t("responses"),
              p("feedback_easy"),
              p("feedback_heard"),
              p("feedback_learned"),
              p("feedback_again"),
            ],
            rows: metrics.feedback.map((f) => [
              f.title,
              f.responses,
              ...f.figures.map((x) => x.agreeShare),
            ]),
            shares: [2, 3, 4, 5],
          },
        },
      ]
    : [{ type: "paragraph", text: p("noFeedback") }];
  const r = metrics.recommendations;
  const statusTotal = r.byStatus.reduce((s, x) => s + x.count, 0);
  const recommendations: BriefBlock[] = r.total
    ? [
        {
          type: "table",
          table: {
            caption: `${t("measures")} / ${t("status")}`,
            columns: [t("status"), t("count"), t("share")],
            rows: r.byStatus.map((s) => [
              s.label,
              s.count,
              statusTotal ? s.count / statusTotal : 0,
            ]),
            shares: [2],
            bar: 2,
          },
        },
        {
          type: "table",
          table: {
            caption: p("recommendationsHeading"),
            columns: [t("figure"), t("count"), t("share")],
            rows: [
              [t("recommendations"), r.total, null],
              [p("reachedDecision"), r.reachedDecision, r.reachedDecision / r.total],
              [m("recommendationsInBudget"), r.inBudget, r.inBudget / r.total],
            ],
            shares: [2],
            bar: 2,
          },
        },
        {
          type: "paragraph",
          text: r.daysToDecision
            ? `${m("decisionTime")}: ${fill(m("decisionTimeText"), { ...r.daysToDecision })}`
            : m("noDecisionTime"),
        },
      ]
    : [{ type: "paragraph", text: p("noActionTables") }];
  return [
    { key: "activities", heading: m("byActivity"), blocks: activities },
    { key: "quarters", heading: m("quarters"), blocks: quarters },
    { key: "pool", heading: m("poolOverTime"), blocks: pool },
    { key: "feedback", heading: m("feedbackByActivity"), blocks: feedback },
    { key: "recommendations", heading: p("recommendationsHeading"), blocks: recommendations },
  ];
}
