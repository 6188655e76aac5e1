import { allQuestions, parseDefinition } from "@kuulo/survey";
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client.js";
import { loadSurvey } from "../building.js";
import {
  ANALYSIS_STATUSES,
  type SurveyAnalysis,
  surveyAnalyses,
  surveyVersions,
} from "../schema.js";

export const analysisListResponse = z.object({
  items: z.array(
    z.object({
      questionId: z.string(),
      /** The question's text in the newest version that asks it (fi/sv/en as written). */
      text: z.record(z.string(), z.string()),
      analysis: z
        .object({
          id: z.string(),
          status: z.enum(ANALYSIS_STATUSES),
          done: z.number(),
          total: z.number(),
          signedOffAt: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});

/** The open text questions of every version (newest wording), with their current analyses. */
export async function textQuestions(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<{ questionId: string; text: Record<string, string> }[]> {
  const survey = await loadSurvey(db, options);
  const versions = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, survey.id))
    .orderBy(asc(surveyVersions.number));
  const found = new Map<string, Record<string, string>>();
  for (const v of versions)
    for (const { question } of allQuestions(parseDefinition(v.definition)))
      if (question.type === "text")
        found.set(question.id, question.text as unknown as Record<string, string>);
  return [...found].map(([questionId, text]) => ({ questionId, text }));
}

/** The newest analysis of each question of the survey. */
export async function currentAnalyses(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<Map<string, SurveyAnalysis>> {
  const rows = await db
    .select()
    .from(surveyAnalyses)
    .where(
      and(
        eq(surveyAnalyses.organizationId, options.organizationId),
        eq(surveyAnalyses.surveyId, options.surveyId),
      ),
    )
    .orderBy(desc(surveyAnalyses.createdAt));
  const out = new Map<string, SurveyAnalysis>();
  for (const r of rows) if (!out.has(r.questionId)) out.set(r.questionId, r);
  return out;
}

export async function analysisList(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<z.infer<typeof analysisListResponse>> {
  const questions = await textQuestions(db, options);
  const current = await currentAnalyses(db, options);
  return {
    items: questions.map((q) => {
      const a = current.get(q.questionId);
      return {
        ...q,
        analysis: a
          ? {
              id: a.id,
              status: a.status,
              done: a.done,
              total: a.total,
              signedOffAt: a.signedOffAt?.toISOString() ?? null,
            }
          : null,
      };
    }),
  };
}
