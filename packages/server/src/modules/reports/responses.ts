import { z } from "zod";
import { ACTIVITY_KINDS, type Brief } from "./brief.js";
import { METRICS_SECTION_KEYS } from "./metrics/sections.js";
import { PERIOD_SECTION_KEYS } from "./period/keys.js";
import type { PeriodReport } from "./period/report.js";
import { BRIEF_LANGUAGES } from "./texts.js";

const cell = z.union([z.string(), z.number(), z.null()]);

const block = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), text: z.string() }),
  z.object({
    type: z.literal("table"),
    table: z.object({
      caption: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(cell)),
      shares: z.array(z.number()).optional(),
      bar: z.number().optional(),
    }),
  }),
  z.object({ type: z.literal("quotes"), heading: z.string(), quotes: z.array(z.string()) }),
]);

/** The period report: the activities of the period and its sections (same blocks as a brief). */
export const periodReportResponse = z.object({
  title: z.string(),
  language: z.enum(BRIEF_LANGUAGES),
  generatedAt: z.string(),
  from: z.string(),
  to: z.string(),
  activities: z.array(
    z.object({
      kind: z.enum(ACTIVITY_KINDS),
      id: z.string(),
      title: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      participants: z.number().int(),
      channels: z.record(z.string(), z.number().int()),
    }),
  ),
  sections: z.array(
    z.object({ key: z.enum(PERIOD_SECTION_KEYS), heading: z.string(), blocks: z.array(block) }),
  ),
});

export type PeriodReportResponse = z.infer<typeof periodReportResponse>;

/** The period report as answered. */
export const toPeriodReport = (report: PeriodReport): PeriodReportResponse => report;

const share = z.number().nullable();

/** The metrics dashboard: the figures themselves and the same as sections of tables. */
export const metricsResponse = z.object({
  title: z.string(),
  language: z.enum(BRIEF_LANGUAGES),
  generatedAt: z.string(),
  metrics: z.object({
    from: z.string(),
    to: z.string(),
    activities: periodReportResponse.shape.activities,
    quarters: z.array(
      z.object({
        quarter: z.string(),
        participants: z.number().int(),
        channels: z.record(z.string(), z.number().int()),
      }),
    ),
    pool: z
      .array(
        z.object({
          at: z.string(),
          members: z.number().int(),
          age: share,
          sex: share,
          municipality: share,
        }),
      )
      .nullable(),
    feedback: z.array(
      z.object({
        surveyId: z.string(),
        title: z.string(),
        responses: z.number().int(),
        figures: z.array(
          z.object({ measure: z.string(), answered: z.number().int(), agreeShare: share }),
        ),
      }),
    ),
    recommendations: z.object({
      total: z.number().int(),
      byStatus: z.array(
        z.object({ status: z.string(), label: z.string(), count: z.number().int() }),
      ),
      reachedDecision: z.number().int(),
      inBudget: z.number().int(),
      daysToDecision: z
        .object({ n: z.number().int(), median: z.number(), p25: z.number(), p75: z.number() })
        .nullable(),
    }),
  }),
  sections: z.array(
    z.object({ key: z.enum(METRICS_SECTION_KEYS), heading: z.string(), blocks: z.array(block) }),
  ),
});

export type MetricsResponse = z.infer<typeof metricsResponse>;

/** A decision-maker brief: sections of paragraphs, tables (shares 0..1) and approved quotes. */
export const briefResponse = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  id: z.string(),
  title: z.string(),
  language: z.enum(BRIEF_LANGUAGES),
  generatedAt: z.string(),
  resultsPublic: z.boolean(),
  sections: z.array(
    z.object({
      key: z.enum(["figures", "participation", "findings", "since"]),
      heading: z.string(),
      blocks: z.array(block),
    }),
  ),
});

export type BriefResponse = z.infer<typeof briefResponse>;

/** The brief as answered (the service's object already has the answer's shape). */
export const toBrief = (brief: Brief): BriefResponse => brief;
