import { type AnalysisReport, clean } from "@kuulo/text";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit, recordRead } from "../../audit/index.js";
import { type SurveyAnalysis, surveyAnalyses, type ThemeEdit } from "../schema.js";
import { applyEdit, loadAnalysis, openAnswers, rebuildWorker, storedReport } from "./analysis.js";
import type { ThemeWorkers } from "./workers.js";

export interface AnalysisTarget {
  organizationId: string;
  surveyId: string;
  questionId: string;
  /** The analyst; null for the demo seeder. */
  userId: string | null;
}

const actorOf = (userId: string | null) => (userId ? { userId } : { label: "demo" });

type Theme = AnalysisReport["themes"][number];

export const reportOf = (a: SurveyAnalysis) => a.report as unknown as AnalysisReport | null;

/** The finished current analysis (409 while it runs or when it failed). */
async function finished(db: Db, target: AnalysisTarget): Promise<SurveyAnalysis> {
  const analysis = await loadAnalysis(db, target);
  if (analysis.status !== "done")
    throw new AppError("conflict", `The analysis is ${analysis.status}; edit it when it is done.`);
  return analysis;
}

export function findTheme(analysis: SurveyAnalysis, themeId: string): Theme {
  const theme = reportOf(analysis)?.themes.find((t) => t.id === themeId);
  if (!theme) throw new AppError("not_found", `No theme "${themeId}" in the analysis.`);
  return theme;
}

/**
 * Saves a changed analysis; every change un-signs it and clears the language model's summaries
 * (they described the themes as they were) (audit: survey.themes_edited).
 */
async function save(
  db: Db,
  target: AnalysisTarget,
  analysis: SurveyAnalysis,
  change: Partial<SurveyAnalysis>,
  detail: Record<string, unknown>,
): Promise<SurveyAnalysis> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(surveyAnalyses)
      .set({
        ...change,
        signedOffBy: null,
        signedOffAt: null,
        llmSummaries: null,
        llmStatus: null,
        llmError: null,
      })
      .where(eq(surveyAnalyses.id, analysis.id))
      .returning();
    await recordAudit(tx, {
      organizationId: target.organizationId,
      actor: actorOf(target.userId),
      action: "survey.themes_edited",
      targetType: "survey_analysis",
      targetId: analysis.id,
      detail: { ...detail, wasSignedOff: analysis.signedOffAt !== null },
    });
    return row!;
  });
}

/** Merges, splits or renames themes in the analysis' worker; the edit is stored to rebuild. */
export async function editThemes(
  db: Db,
  options: AnalysisTarget & { edit: ThemeEdit; workers: ThemeWorkers },
): Promise<SurveyAnalysis> {
  const analysis = await finished(db, options);
  const { edit } = options;
  const ids = edit.type === "merge" ? edit.ids : [edit.themeId];
  for (const id of ids) findTheme(analysis, id);
  if (edit.type === "merge" && new Set(edit.ids).size < 2)
    throw new AppError("validation.failed", "Choose at least two themes to merge.", {
      errors: [{ path: "body.ids", code: "too_small", message: "Choose at least two themes." }],
    });
  // The edit and its saving run in the analysis' queue, one at a time, so that concurrent
  // edits each append to the edits the one before stored.
  return options.workers.use(
    analysis.id,
    (worker) => rebuildWorker(db, analysis, worker),
    async (worker) => {
      const report = await applyEdit(worker, edit);
      const current = await loadAnalysis(db, { ...options, analysisId: analysis.id });
      return save(
        db,
        options,
        current,
        { report: storedReport(report), edits: [...current.edits, edit] },
        { edit },
      );
    },
  );
}

/** Keeps an answer out of every theme's quotes, or lets it back. */
export async function setQuoteExcluded(
  db: Db,
  options: AnalysisTarget & { answerId: string; excluded: boolean },
): Promise<SurveyAnalysis> {
  const analysis = await finished(db, options);
  if (!analysis.responseIds.includes(options.answerId))
    throw new AppError("not_found", "No such answer in the analysis.");
  const rest = analysis.excludedQuotes.filter((id) => id !== options.answerId);
  return save(
    db,
    options,
    analysis,
    { excludedQuotes: options.excluded ? [...rest, options.answerId] : rest },
    { answerId: options.answerId, excluded: options.excluded },
  );
}

/** Picks a theme's quotes among its own answers (an empty list: the suggested quotes again). */
export async function pickQuotes(
  db: Db,
  options: AnalysisTarget & { themeId: string; answerIds: string[] },
): Promise<SurveyAnalysis> {
  const analysis = await finished(db, options);
  const theme = findTheme(analysis, options.themeId);
  const members = new Set([...theme.answerIds, ...theme.alsoAnswerIds]);
  const errors = options.answerIds.flatMap((id, i) =>
    members.has(id)
      ? []
      : [
          {
            path: `body.answerIds.${i}`,
            code: "invalid" as const,
            message: "Not an answer of this theme.",
          },
        ],
  );
  if (errors.length)
    throw new AppError("validation.failed", "Quotes must be the theme's answers.", { errors });
  const picked = { ...analysis.pickedQuotes };
  if (options.answerIds.length) picked[options.themeId] = [...new Set(options.answerIds)];
  else delete picked[options.themeId];
  return save(
    db,
    options,
    analysis,
    { pickedQuotes: picked },
    { themeId: options.themeId, quotes: options.answerIds.length },
  );
}

/** The analyst signs off the theme set as it is now (who, when, which analysis). */
export async function signOff(db: Db, options: AnalysisTarget): Promise<SurveyAnalysis> {
  const analysis = await finished(db, options);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(surveyAnalyses)
      .set({ signedOffBy: options.userId, signedOffAt: new Date() })
      .where(eq(surveyAnalyses.id, analysis.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: actorOf(options.userId),
      action: "survey.themes_signed_off",
      targetType: "survey_analysis",
      targetId: analysis.id,
      detail: {
        surveyId: options.surveyId,
        questionId: options.questionId,
        edits: analysis.edits.length,
      },
    });
    return row!;
  });
}

/** A theme's quotes as the analyst approved them: picked (or suggested), none excluded. */
export async function themeQuotes(
  db: Db,
  analysis: SurveyAnalysis,
): Promise<Map<string, { id: string; text: string }[]>> {
  const report = reportOf(analysis);
  const excluded = new Set(analysis.excludedQuotes);
  const pickedIds = Object.values(analysis.pickedQuotes).flat();
  const texts = new Map<string, string>();
  for (const t of report?.themes ?? []) for (const q of t.quotes) texts.set(q.id, q.text);
  const missing = pickedIds.filter((id) => !texts.has(id));
  if (missing.length) {
    const rows = await openAnswers(db, { ...analysis, responseIds: missing });
    for (const r of rows) texts.set(r.id, clean(r.text).text);
  }
  const out = new Map<string, { id: string; text: string }[]>();
  for (const t of report?.themes ?? []) {
    const ids = analysis.pickedQuotes[t.id] ?? t.quotes.map((q) => q.id);
    out.set(
      t.id,
      ids
        .filter((id) => !excluded.has(id) && texts.has(id))
        .map((id) => ({ id, text: texts.get(id)! })),
    );
  }
  return out;
}

/** The answers behind a theme, a page at a time (a staff read of open answers: logged). */
export async function themeAnswers(
  db: Db,
  options: AnalysisTarget & { userId: string; themeId: string; offset: number; limit: number },
) {
  const analysis = await finished(db, options);
  const theme = findTheme(analysis, options.themeId);
  const ids = theme.answerIds.slice(options.offset, options.offset + options.limit);
  const rows = ids.length ? await openAnswers(db, { ...options, responseIds: ids }) : [];
  const byId = new Map(rows.map((r) => [r.id, r.text]));
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.userId,
    action: "survey.open_answers_read",
    targetType: "survey_analysis",
    targetId: analysis.id,
    detail: { themeId: theme.id, offset: options.offset, count: ids.length },
  });
  const excluded = new Set(analysis.excludedQuotes);
  return {
    total: theme.answerIds.length,
    items: ids.map((id) => ({
      id,
      text: byId.get(id) ?? "",
      excludedFromQuotes: excluded.has(id),
    })),
  };
}
