import type { Db } from "../../../db/client.js";
import { AppError, type FieldErrorCode } from "../../../errors.js";
import type { BriefBlock, BriefSection, ReportDocument } from "../brief.js";
import { type BriefLanguage, labels } from "../texts.js";
import { type ActivitySummary, activitiesInPeriod } from "./activities.js";
import { type FEEDBACK_MEASURES, feedbackInPeriod } from "./feedback.js";
import type { PeriodSectionKey } from "./keys.js";
import { recommendationSections } from "./recommendations.js";
import { representativenessSection } from "./representativeness.js";
import { periodLabels } from "./texts.js";

export { PERIOD_SECTION_KEYS, type PeriodSectionKey } from "./keys.js";

/**
 * A report across the activities of a period (e.g. the participation chapter of the annual
 * wellbeing report): aggregated figures only, as in a brief.
 */
export interface PeriodReport extends ReportDocument {
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  activities: ActivitySummary[];
  sections: BriefSection<PeriodSectionKey>[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 3 * 366;

/** The period from two dates (YYYY-MM-DD, `to` included); 400 naming the field when wrong. */
export function parsePeriod(
  from: string | undefined,
  to: string | undefined,
): { from: Date; until: Date } {
  const bad = (field: string, code: FieldErrorCode, message: string) =>
    new AppError("validation.failed", `The period is not valid: ${field} ${message}.`, {
      errors: [{ path: `querystring.${field}`, code, message }],
    });
  if (from === undefined) throw bad("from", "required", "is required");
  if (to === undefined) throw bad("to", "required", "is required");
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const valid = (value: string, date: Date) =>
    DAY.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  if (!valid(from, start)) throw bad("from", "invalid_format", "must be a date YYYY-MM-DD");
  if (!valid(to, end)) throw bad("to", "invalid_format", "must be a date YYYY-MM-DD");
  if (end < start) throw bad("to", "invalid_value", "must not be before from");
  const until = new Date(end.getTime() + 86_400_000);
  if ((until.getTime() - start.getTime()) / 86_400_000 > MAX_DAYS)
    throw bad("to", "too_large", "the period may be at most three years");
  return { from: start, until };
}

const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};

/** The period report of an organization. */
export async function periodReport(
  db: Db,
  options: {
    organizationId: string;
    organizationName: string;
    /** YYYY-MM-DD; missing or wrong → 400 at querystring.from / .to. */
    from: string | undefined;
    to: string | undefined;
    language: BriefLanguage;
    now?: Date;
  },
): Promise<PeriodReport> {
  const { language } = options;
  const t = labels(language);
  const p = periodLabels(language);
  const period = {
    ...parsePeriod(options.from, options.to),
    organizationId: options.organizationId,
    language,
  };
  // Valid dates from here on (parsePeriod threw otherwise).
  const from = options.from!;
  const to = options.to!;
  const activities = await activitiesInPeriod(db, period);
  const participants = activities.reduce((sum, a) => sum + a.participants, 0);
  const kindLabel = (a: ActivitySummary) => p(`kind_${a.kind}`);
  const dates = language === "en" ? `${from} – ${to}` : `${finnishDate(from)}–${finnishDate(to)}`;

  const kinds = [...new Set(activities.map((a) => a.kind))];
  const summary: BriefSection<PeriodSectionKey> = {
    key: "summary",
    heading: p("summary"),
    blocks: [
      {
        type: "table",
        table: {
          caption: `${p("summary")} (${dates})`,
          columns: [t("figure"), t("value")],
          rows: [
            [p("period"), dates],
            [p("activitiesCount"), activities.length],
            ...kinds.map((kind) => [
              `${p(`kind_${kind}`)}`,
              activities.filter((a) => a.kind === kind).length,
            ]),
            [p("participantsTotal"), participants],
          ],
        },
      },
    ],
  };
  const activityBlocks: BriefBlock[] =
    activities.length === 0
      ? [{ type: "paragraph", text: p("noActivities") }]
      : [
          {
            type: "table",
            table: {
              caption: p("activities"),
              columns: [p("activity"), p("kind"), t("opens"), t("closes"), t("participants")],
              rows: activities.map((a) => [
                a.title,
                kindLabel(a),
                a.startedOn,
                a.endedOn ?? t("notSet"),
                a.participants,
              ]),
            },
          },
        ];
  const channelTotals = new Map<string, number>();
  for (const a of activities)
    for (const [channel, n] of Object.entries(a.channels))
      channelTotals.set(channel, (channelTotals.get(channel) ?? 0) + n);
  const channels: BriefBlock[] = [
    {
      type: "table",
      table: {
        caption: p("channels"),
        columns: [t("channel"), t("count"), t("share")],
        rows: [...channelTotals]
          .sort((a, b) => b[1] - a[1])
          .map(([channel, n]) => [channel, n, participants ? n / participants : 0]),
        shares: [2],
        bar: 2,
      },
    },
  ];
  const feedback = await feedbackInPeriod(db, {
    organizationId: options.organizationId,
    surveyIds: activities.filter((a) => a.kind === "survey").map((a) => a.id),
  });
  const feedbackBlocks: BriefBlock[] =
    feedback.surveys === 0
      ? [{ type: "paragraph", text: p("noFeedback") }]
      : [
          { type: "paragraph", text: p("feedbackIntro") },
          {
            type: "table",
            table: {
              caption: `${p("feedback")} (${feedback.surveys} / n = ${feedback.responses})`,
              columns: [p("measure"), t("answered"), p("agreeShare")],
              rows: feedback.figures.map((f) => [
                p(`feedback_${f.measure}` as `feedback_${(typeof FEEDBACK_MEASURES)[number]}`),
                f.answered,
                f.agreeShare,
              ]),
              shares: [2],
              bar: 2,
            },
          },
        ];
  const [recommendations, decisions] = await recommendationSections(db, period);
  const representativeness = await representativenessSection(db, {
    organizationId: options.organizationId,
    language,
  });
  return {
    title: `${p("title")}: ${options.organizationName} ${dates}`,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    from,
    to,
    activities,
    sections: [
      summary,
      { key: "activities", heading: p("activities"), blocks: activityBlocks },
      { key: "channels", heading: p("channels"), blocks: channels },
      representativeness,
      { key: "feedback", heading: p("feedback"), blocks: feedbackBlocks },
      recommendations,
      decisions,
    ],
  };
}
