import {
  crosstab,
  type QuestionResult,
  type SurveyCrosstab,
  SurveyError,
  type SurveyResponse,
  surveyResults,
} from "@kuulo/survey";
import type { Db } from "../../../db/client.js";
import { recordRead } from "../../audit/index.js";
import { problemsError } from "../problems.js";
import { type LoadedResults, loadResults, type ResultFilters } from "./load.js";
import { rakingWeights, type WeightsResult } from "./weights.js";

interface ResultOptions {
  organizationId: string;
  surveyId: string;
  userId: string;
  filters?: ResultFilters;
  weighted?: boolean;
}

async function weighted(db: Db, options: ResultOptions, loaded: LoadedResults) {
  const weights: WeightsResult | null = options.weighted
    ? await rakingWeights(db, {
        organizationId: options.organizationId,
        definition: loaded.definition,
        responses: loaded.responses,
      })
    : null;
  const responses: SurveyResponse[] = loaded.responses.map((r) => ({
    answers: r.answers as SurveyResponse["answers"],
    complete: true,
    ...(weights?.available ? { weight: weights.weights.get(r.id) ?? 0 } : {}),
  }));
  return { weights, responses };
}

/**
 * Per-question results over the complete responses of every version (by question id), with
 * raking weights beside the unweighted figures when asked and available. "Other, what?"
 * texts are free text a resident wrote, so the read is logged (survey.results_read).
 */
export async function surveyResultsFor(
  db: Db,
  options: ResultOptions,
): Promise<LoadedResults & { results: QuestionResult[]; weights: WeightsResult | null }> {
  const loaded = await loadResults(db, options);
  const { weights, responses } = await weighted(db, options, loaded);
  const results = surveyResults(loaded.definition, responses);
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.userId,
    action: "survey.results_read",
    targetType: "survey",
    targetId: loaded.survey.id,
    detail: { responses: responses.length, weighted: Boolean(weights?.available) },
  });
  return { ...loaded, results, weights };
}

/**
 * A closed question by a background question, cells under `minCell` (5) suppressed as
 * @kuulo/survey's `crosstab` does. Only counts leave the server: aggregated, not personal.
 */
export async function surveyCrosstabFor(
  db: Db,
  options: ResultOptions & { question: string; by: string },
): Promise<{ loaded: LoadedResults; crosstab: SurveyCrosstab; weights: WeightsResult | null }> {
  const loaded = await loadResults(db, options);
  const { weights, responses } = await weighted(db, options, loaded);
  try {
    return {
      loaded,
      weights,
      crosstab: crosstab({
        definition: loaded.definition,
        responses,
        question: options.question,
        by: options.by,
      }),
    };
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    const field = error.problems[0]?.path === options.by && options.by !== options.question;
    throw problemsError(
      error.message,
      error.problems.map((p) => ({ ...p, path: "" })),
      field ? "querystring.by" : "querystring.question",
    );
  }
}
