import { z } from "zod";
import { measureResponse, statusResponse, toMeasure } from "./responses.js";
import { TRAIL_SOURCE_KINDS } from "./schema.js";
import type { ActionMeasure, ActionRecommendation, ActionTable } from "./tables.js";
import type { RecommendationSource } from "./trail.js";

export const sourceSnapshotResponse = z.object({
  text: z.string(),
  title: z.string(),
  voters: z.number().optional(),
  agreeShare: z.number().optional(),
  disagreeShare: z.number().optional(),
  themeSize: z.number().optional(),
  support: z
    .object({
      scale: z.enum(["gradients", "consent"]),
      version: z.number(),
      counts: z.array(z.object({ level: z.number(), count: z.number() })),
      answered: z.number(),
      eligible: z.number(),
      acceptableShare: z.number().nullable(),
    })
    .optional(),
});

/** A recommendation's source as staff see it. */
export const sourceLinkResponse = z.object({
  id: z.string(),
  recommendationId: z.string(),
  kind: z.enum(TRAIL_SOURCE_KINDS),
  sourceId: z.string(),
  questionId: z.string(),
  itemId: z.string(),
  snapshot: sourceSnapshotResponse,
  linkedAt: z.string(),
});

export const sourceListResponse = z.object({ sources: z.array(sourceLinkResponse) });

/** A recommendation's public trail: its sources (with their public pages) and its measures. */
export const trailResponse = z.object({
  table: z.object({ slug: z.string(), title: z.string(), statuses: z.array(statusResponse) }),
  number: z.number(),
  text: z.string(),
  sources: z.array(
    z.object({
      kind: z.enum(TRAIL_SOURCE_KINDS),
      snapshot: sourceSnapshotResponse,
      linkedAt: z.string(),
      /** The source's public page on this site (a path), when it has one now. */
      page: z.string().nullable(),
    }),
  ),
  measures: z.array(measureResponse),
  updatedAt: z.string(),
});

/** What came of a conversation or a survey: the published recommendations citing it. */
export const producedResponse = z.object({
  recommendations: z.array(
    z.object({
      table: z.object({ slug: z.string(), title: z.string(), statuses: z.array(statusResponse) }),
      number: z.number(),
      text: z.string(),
      /** What of the source each link cites (its snapshot text). */
      cited: z.array(z.string()),
      measures: z.array(
        z.object({
          number: z.string(),
          text: z.string(),
          status: z.string(),
          updatedAt: z.string(),
        }),
      ),
    }),
  ),
});

export function toSourceLink(s: RecommendationSource): z.infer<typeof sourceLinkResponse> {
  return {
    id: s.id,
    recommendationId: s.recommendationId,
    kind: s.kind,
    sourceId: s.sourceId,
    questionId: s.questionId,
    itemId: s.itemId,
    snapshot: s.snapshot,
    linkedAt: s.linkedAt.toISOString(),
  };
}

const tableOf = (t: ActionTable) => ({ slug: t.slug, title: t.title, statuses: t.statuses });

export function toTrail(options: {
  table: ActionTable;
  recommendation: ActionRecommendation;
  measures: ActionMeasure[];
  sources: RecommendationSource[];
  pages: Map<string, string>;
}): z.infer<typeof trailResponse> {
  const { recommendation, measures } = options;
  const times = [
    ...measures.map((m) => m.updatedAt.getTime()),
    ...options.sources.map((s) => s.linkedAt.getTime()),
  ];
  const updatedAt = new Date(times.length ? Math.max(...times) : options.table.updatedAt.getTime());
  return {
    table: tableOf(options.table),
    number: recommendation.number,
    text: recommendation.text,
    sources: options.sources.map((s) => ({
      kind: s.kind,
      snapshot: s.snapshot,
      linkedAt: s.linkedAt.toISOString(),
      page: options.pages.get(s.sourceId) ?? null,
    })),
    measures: measures.map(toMeasure),
    updatedAt: updatedAt.toISOString(),
  };
}

export function toProduced(
  items: {
    table: ActionTable;
    recommendation: ActionRecommendation;
    measures: ActionMeasure[];
    cited: string[];
  }[],
): z.infer<typeof producedResponse> {
  return {
    recommendations: items.map((i) => ({
      table: tableOf(i.table),
      number: i.recommendation.number,
      text: i.recommendation.text,
      cited: i.cited,
      measures: i.measures.map((m) => ({
        number: m.number,
        text: m.text,
        status: m.status,
        updatedAt: m.updatedAt.toISOString(),
      })),
    })),
  };
}
