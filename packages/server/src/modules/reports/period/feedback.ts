import { allQuestions, parseDefinition } from "@kuulo/survey";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { latestVersion, MIN_PUBLIC_COUNT, surveyResponses } from "../../surveys/index.js";

/** The Likert statements of the participant feedback template (`@kuulo/survey`), in order. */
export const FEEDBACK_MEASURES = ["easy", "heard", "learned", "again"] as const;
export type FeedbackMeasure = (typeof FEEDBACK_MEASURES)[number];

export interface FeedbackFigure {
  measure: FeedbackMeasure;
  /** Those who took a view (1–5; "can't say" left out). */
  answered: number;
  /** Of them, the share who answered 4 or 5; null under MIN_PUBLIC_COUNT answers (suppressed). */
  agreeShare: number | null;
}

export interface FeedbackResult {
  surveys: number;
  responses: number;
  figures: FeedbackFigure[];
}

/**
 * The participant feedback of the period: surveys made from the feedback template are
 * recognized by its four 1–5 Likert statements (`easy`, `heard`, `learned`, `again`); their
 * complete responses are pooled.
 */
export async function feedbackInPeriod(
  db: Db,
  options: { organizationId: string; surveyIds: string[] },
): Promise<FeedbackResult> {
  const feedbackSurveys: string[] = [];
  for (const surveyId of options.surveyIds) {
    const version = await latestVersion(db, surveyId);
    if (!version) continue;
    const questions = new Map(
      allQuestions(parseDefinition(version.definition)).map(({ question }) => [
        question.id,
        question,
      ]),
    );
    const isFeedback = FEEDBACK_MEASURES.every((id) => {
      const q = questions.get(id);
      return q?.type === "likert" && q.points === 5;
    });
    if (isFeedback) feedbackSurveys.push(surveyId);
  }
  const rows =
    feedbackSurveys.length === 0
      ? []
      : await db
          .select({ answers: surveyResponses.answers })
          .from(surveyResponses)
          .where(
            and(
              eq(surveyResponses.organizationId, options.organizationId),
              eq(surveyResponses.status, "complete"),
              inArray(surveyResponses.surveyId, feedbackSurveys),
            ),
          );
  const figures = FEEDBACK_MEASURES.map((measure) => {
    let answered = 0;
    let agree = 0;
    for (const row of rows) {
      const value = (row.answers as Record<string, unknown>)[measure];
      if (typeof value !== "number" || value < 1 || value > 5) continue;
      answered++;
      if (value >= 4) agree++;
    }
    return {
      measure,
      answered,
      agreeShare: answered >= MIN_PUBLIC_COUNT ? agree / answered : null,
    };
  });
  return { surveys: feedbackSurveys.length, responses: rows.length, figures };
}
