import {
  type Definition,
  parseDefinition,
  type QuestionResult,
  surveyResults,
} from "@kuulo/survey";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { latestVersion, loadSurvey } from "../building.js";
import { municipalityNames } from "../responses.js";
import { surveyResponses } from "../schema.js";
import { openAnswers } from "../themes/analysis.js";
import { reportOf, themeQuotes } from "../themes/editing.js";
import { publishableSummaries } from "../themes/llm.js";
import { currentAnalyses, textQuestions } from "../themes/overview.js";

/** Cells and questions with fewer respondents than this are not shown on a public page. */
export const MIN_PUBLIC_COUNT = 5;

type Json = unknown;

/** Every count of 1–4 (with its share) hidden; objects shaped as @kuulo/survey's Count. */
function suppressCells(value: Json): Json {
  if (Array.isArray(value)) return value.map(suppressCells);
  if (value && typeof value === "object") {
    const o = value as Record<string, Json>;
    if (typeof o.count === "number" && "share" in o && o.count > 0 && o.count < MIN_PUBLIC_COUNT)
      return { value: o.value, count: null, share: null, suppressed: true };
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, suppressCells(v)]));
  }
  return value;
}

const small = (n: number) => n > 0 && n < MIN_PUBLIC_COUNT;

/**
 * Grid rows and ranked options answered by fewer than 5 are hidden whole (their figures would
 * describe a few people); a first-place count of 1–4 is hidden.
 */
function suppressParts(result: QuestionResult): QuestionResult {
  if (result.type === "grid")
    return {
      ...result,
      rows: result.rows.map((r) =>
        small(r.answered)
          ? {
              row: r.row,
              answered: null,
              columns: r.columns.map((c) => ({
                value: c.value,
                count: null,
                share: null,
                suppressed: true,
              })),
              suppressed: true,
            }
          : { ...r, suppressed: false },
      ),
    } as QuestionResult;
  if (result.type === "ranking")
    return {
      ...result,
      options: result.options.map(({ weightedMeanRank: _w, weightedFirstPlace: _f, ...o }) =>
        small(o.ranked)
          ? { value: o.value, ranked: null, meanRank: null, firstPlace: null, suppressed: true }
          : { ...o, firstPlace: small(o.firstPlace) ? null : o.firstPlace, suppressed: false },
      ),
    } as unknown as QuestionResult;
  return result;
}

/** A question's figures for the public: no free texts, small cells and small questions hidden. */
export function publicResult(result: QuestionResult): Record<string, unknown> {
  const { otherTexts: _free, ...rest } = suppressParts(result) as QuestionResult & {
    otherTexts?: string[];
  };
  if (result.answered < MIN_PUBLIC_COUNT)
    return {
      question: result.question,
      type: result.type,
      answered: result.answered,
      suppressed: true,
    };
  return { ...(suppressCells(rest) as Record<string, unknown>), suppressed: false };
}

export interface NotSignedOff {
  questionId: string;
  reason: "not_analysed" | "running" | "failed" | "not_signed_off";
}

/**
 * The results page as it will be published: per-question results of the complete responses
 * (every version, read with the newest definition) and, for each open question, only its
 * signed-off themes with the approved quotes. 409 naming the open questions whose themes are
 * not signed off.
 */
export async function buildResultsPage(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<Record<string, unknown>> {
  const survey = await loadSurvey(db, options);
  const version = await latestVersion(db, survey.id);
  if (!version) throw new AppError("conflict", "Publish the survey before its results.");
  const definition: Definition = parseDefinition(version.definition);
  const current = await currentAnalyses(db, options);
  const missing: NotSignedOff[] = [];
  const themes: Record<string, unknown> = {};
  for (const { questionId } of await textQuestions(db, options)) {
    const answered = await openAnswers(db, { ...options, questionId });
    if (answered.length === 0) continue;
    const a = current.get(questionId);
    if (!a) missing.push({ questionId, reason: "not_analysed" });
    else if (a.status !== "done") missing.push({ questionId, reason: a.status });
    else if (!a.signedOffAt) missing.push({ questionId, reason: "not_signed_off" });
    else {
      const quotes = await themeQuotes(db, a);
      const summaries = publishableSummaries(a);
      themes[questionId] = {
        analysisId: a.id,
        signedOffAt: a.signedOffAt.toISOString(),
        answers: a.responseIds.length,
        themes: (reportOf(a)?.themes ?? [])
          .filter((t) => t.count >= MIN_PUBLIC_COUNT || !t.isOther)
          .map((t) => ({
            id: t.id,
            label: t.label,
            isOther: t.isOther,
            count: t.count < MIN_PUBLIC_COUNT ? null : t.count,
            sentiment: t.sentiment,
            quotes: quotes.get(t.id) ?? [],
            /** The language model's checked summary, when signed off after it was made. */
            summary: summaries.get(t.id) ?? null,
          })),
      };
    }
  }
  if (missing.length)
    throw new AppError(
      "conflict",
      `Sign off the themes of every open question first: ${missing.map((m) => `${m.questionId} (${m.reason})`).join(", ")}.`,
      {
        errors: missing.map((m) => ({
          path: `questions.${m.questionId}`,
          code: "invalid",
          message: m.reason,
        })),
      },
    );
  const rows = await db
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, options.organizationId),
        eq(surveyResponses.surveyId, survey.id),
        eq(surveyResponses.status, "complete"),
      ),
    )
    .orderBy(asc(surveyResponses.submittedAt));
  const results = surveyResults(
    definition,
    rows.map((r) => ({ answers: r.answers, complete: true })),
  ).map(publicResult);
  return {
    title: survey.title,
    definition: definition as unknown as Record<string, unknown>,
    municipalities: municipalityNames(definition),
    responses: rows.length,
    results,
    themes,
  };
}
