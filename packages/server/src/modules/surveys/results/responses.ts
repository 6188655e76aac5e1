import type { QuestionResult, SurveyCrosstab } from "@kuulo/survey";
import { z } from "zod";
import { municipalityNames, municipalityNamesResponse } from "../responses.js";
import { RESPONSE_CHANNELS } from "../schema.js";
import type { LoadedResults } from "./load.js";
import type { WeightsResult } from "./weights.js";

const versionRow = z.object({ number: z.number(), publishedAt: z.string(), responses: z.number() });

export const weightsResponse = z.object({
  available: z.boolean(),
  /** Why weights are not available: no_population, no_background_questions, no_respondents, cannot_rake. */
  reason: z.string().optional(),
  message: z.string().optional(),
  dimensions: z.array(z.enum(["age", "sex", "municipality"])).optional(),
  questions: z.record(z.string(), z.string()).optional(),
  population: z.object({ label: z.string(), year: z.string().nullable() }).optional(),
  weighted: z.number().optional(),
  excluded: z.array(z.object({ reason: z.string(), count: z.number() })).optional(),
  designEffect: z.number().optional(),
  effectiveN: z.number().optional(),
  maxError: z.number().optional(),
  margins: z
    .array(
      z.object({
        dimension: z.string(),
        category: z.string(),
        population: z.number(),
        weighted: z.number(),
      }),
    )
    .optional(),
});

/**
 * One question's result as @kuulo/survey's `surveyResults` gives it (per type: options,
 * distribution, summary, diverging, nps, rows, municipalities; weighted twins when weighted).
 */
const questionResult = z.looseObject({
  question: z.string(),
  type: z.string(),
  shown: z.number(),
  answered: z.number(),
  skipped: z.number(),
});

const filtersResponse = z.object({
  channel: z.array(z.enum(RESPONSE_CHANNELS)),
  version: z.array(z.number()),
});

export const resultsResponse = z.object({
  surveyId: z.string(),
  title: z.string(),
  /** The newest version's definition: labels and texts for the results. */
  definition: z.record(z.string(), z.unknown()),
  /** Names of the municipalities the municipality questions offer (code → fi/sv). */
  municipalities: municipalityNamesResponse,
  versions: z.array(versionRow),
  filters: filtersResponse,
  responses: z.number(),
  questions: z.array(questionResult),
  weights: weightsResponse.nullable(),
});

export const crosstabResponse = z.object({
  question: z.string(),
  by: z.string(),
  minCell: z.number(),
  categories: z.array(z.string()),
  groups: z.array(
    z.looseObject({ group: z.string(), size: z.number().nullable(), suppressed: z.boolean() }),
  ),
  cells: z.array(
    z.looseObject({
      category: z.string(),
      group: z.string(),
      count: z.number().nullable(),
      share: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  unknownGroup: z.number(),
  responses: z.number(),
  weights: weightsResponse.nullable(),
});

export function toWeights(weights: WeightsResult | null): z.infer<typeof weightsResponse> | null {
  if (!weights) return null;
  if (!weights.available) return weights;
  const { weights: _, ...rest } = weights;
  return rest;
}

type Filters = { channel?: z.infer<typeof filtersResponse>["channel"]; version?: number[] };

export function toResults(
  data: LoadedResults & { results: QuestionResult[]; weights: WeightsResult | null },
  filters: Filters,
): z.infer<typeof resultsResponse> {
  return {
    surveyId: data.survey.id,
    title: data.survey.title,
    definition: data.definition as unknown as Record<string, unknown>,
    municipalities: municipalityNames(data.definition),
    versions: data.versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
    filters: { channel: filters.channel ?? [], version: filters.version ?? [] },
    responses: data.responses.length,
    questions: data.results as unknown as z.infer<typeof questionResult>[],
    weights: toWeights(data.weights),
  };
}

export function toCrosstab(
  crosstab: SurveyCrosstab,
  responses: number,
  weights: WeightsResult | null,
): z.infer<typeof crosstabResponse> {
  const loose = crosstab as unknown as Omit<
    z.infer<typeof crosstabResponse>,
    "responses" | "weights"
  >;
  return { ...loose, responses, weights: toWeights(weights) };
}
