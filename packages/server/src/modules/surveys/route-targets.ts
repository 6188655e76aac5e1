import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { latestVersion } from "./building.js";
import { demoAnswer } from "./demo-answers.js";
import { publishResults } from "./publication/publishing.js";
import { surveyAnalyses, surveyResponses } from "./schema.js";
import { startAnalysis } from "./themes/analysis.js";
import { ThemeWorkers } from "./themes/workers.js";

/** The open question of `sampleSurveyInput`. */
export const SAMPLE_TEXT_QUESTION = "wishes";

/**
 * For the route walks (tests only): before each request to a themes or results route of the
 * sample survey, a fresh signed-off copy of one real analysis of 30 synthetic answers (made once),
 * so that every request finds themes t1 and t2, an answer to quote, and (for the results page)
 * a published page. Answers the question id and an answer id.
 */
export function surveyAnalysisForRoute(
  db: Db,
  target: { organizationId: string; surveyId: string },
): (url: string) => Promise<{ questionId: string; answerId: string }> {
  let template: Promise<typeof surveyAnalyses.$inferSelect> | undefined;
  const makeTemplate = async () => {
    const version = await latestVersion(db, target.surveyId);
    // One second apart: the analysis reads answers by submission time, so their order (and so
    // the themes) is the same on every run and database, not left to random response ids.
    const start = Date.now() - 60_000;
    await db.insert(surveyResponses).values(
      Array.from({ length: 30 }, (_, i) => ({
        ...target,
        versionId: version!.id,
        status: "complete" as const,
        answers: { q1: { choice: "yes" }, [SAMPLE_TEXT_QUESTION]: demoAnswer(i).text },
        submittedAt: new Date(start + i * 1000),
      })),
    );
    const workers = new ThemeWorkers();
    const { analysis, done } = await startAnalysis(db, {
      ...target,
      questionId: SAMPLE_TEXT_QUESTION,
      userId: null,
      workers,
    });
    await done;
    await workers.close();
    const [row] = await db.select().from(surveyAnalyses).where(eq(surveyAnalyses.id, analysis.id));
    const themes = ((row!.report as { themes?: { id: string }[] }).themes ?? []).map((t) => t.id);
    if (!themes.includes("t1") || !themes.includes("t2"))
      throw new Error(
        `route-targets: the sample analysis has themes ${themes.join(", ")}, not t1 and t2`,
      );
    return row!;
  };
  return async (url) => {
    template ??= makeTemplate();
    const { id: _id, createdAt: _at, ...rest } = await template;
    await db.insert(surveyAnalyses).values({ ...rest, signedOffAt: new Date() });
    if (url.endsWith("/results")) {
      await publishResults(db, { ...target, visibility: "public", actor: { label: "test" } });
    }
    const [newest] = await db
      .select({ responseIds: surveyAnalyses.responseIds })
      .from(surveyAnalyses)
      .where(and(eq(surveyAnalyses.surveyId, target.surveyId)))
      .orderBy(desc(surveyAnalyses.createdAt))
      .limit(1);
    return { questionId: SAMPLE_TEXT_QUESTION, answerId: newest!.responseIds[0]! };
  };
}
