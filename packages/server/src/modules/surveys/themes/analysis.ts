import { allQuestions, parseDefinition } from "@kuulo/survey";
import type { AnalysisReport, TextWorker } from "@kuulo/text";

type ProgressHandler = (event: { step: string; done: number; total: number }) => void;

import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { loadSurvey } from "../building.js";
import {
  type SurveyAnalysis,
  surveyAnalyses,
  surveyResponses,
  surveyVersions,
  type ThemeEdit,
} from "../schema.js";
import type { ThemeWorkers } from "./workers.js";

const PROGRESS_EVERY_MS = 250;

/** The question's open answers in complete responses of every version (already screened). */
export async function openAnswers(
  db: Db,
  options: { organizationId: string; surveyId: string; questionId: string; responseIds?: string[] },
): Promise<{ id: string; text: string }[]> {
  const rows = await db
    .select({ id: surveyResponses.id, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, options.organizationId),
        eq(surveyResponses.surveyId, options.surveyId),
        eq(surveyResponses.status, "complete"),
        ...(options.responseIds ? [inArray(surveyResponses.id, options.responseIds)] : []),
      ),
    )
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  return rows.flatMap((r) => {
    const text = (r.answers as Record<string, unknown>)[options.questionId];
    return typeof text === "string" && text.trim() !== "" ? [{ id: r.id, text }] : [];
  });
}

/** Throws 404 unless some published version of the survey asks `questionId` as open text. */
export async function requireTextQuestion(
  db: Db,
  options: { organizationId: string; surveyId: string; questionId: string },
): Promise<void> {
  const survey = await loadSurvey(db, options);
  const versions = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, survey.id));
  const found = versions.some((v) =>
    allQuestions(parseDefinition(v.definition)).some(
      ({ question }) => question.id === options.questionId && question.type === "text",
    ),
  );
  if (!found) throw new AppError("not_found", `No open text question "${options.questionId}".`);
}

/** The newest analysis of the question, or a given one; scoped by organization and survey. */
export async function loadAnalysis(
  db: Db,
  options: { organizationId: string; surveyId: string; questionId: string; analysisId?: string },
): Promise<SurveyAnalysis> {
  const [row] = await db
    .select()
    .from(surveyAnalyses)
    .where(
      and(
        eq(surveyAnalyses.organizationId, options.organizationId),
        eq(surveyAnalyses.surveyId, options.surveyId),
        eq(surveyAnalyses.questionId, options.questionId),
        ...(options.analysisId ? [eq(surveyAnalyses.id, options.analysisId)] : []),
      ),
    )
    .orderBy(desc(surveyAnalyses.createdAt))
    .limit(1);
  if (!row) throw new AppError("not_found", "The question has not been analysed.");
  return row;
}

/**
 * The report as stored: without its per-answer rows (the themes list their answer ids; the
 * per-answer sentiment is not shown), which would double the row at 10,000 answers.
 */
export function storedReport(report: AnalysisReport): Record<string, unknown> {
  const { answers: _rows, ...rest } = report;
  return rest as unknown as Record<string, unknown>;
}

/** Replays the stored edits on a fresh analysis of the same answers (same k and seed). */
export async function rebuildWorker(
  db: Db,
  analysis: SurveyAnalysis,
  worker: TextWorker,
): Promise<void> {
  const answers = await openAnswers(db, {
    organizationId: analysis.organizationId,
    surveyId: analysis.surveyId,
    questionId: analysis.questionId,
    responseIds: analysis.responseIds,
  });
  const order = new Map(analysis.responseIds.map((id, i) => [id, i]));
  answers.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  await worker.analyze({ answers, seed: analysis.seed, ...(analysis.k ? { k: analysis.k } : {}) });
  for (const edit of analysis.edits) await applyEdit(worker, edit);
}

export function applyEdit(worker: TextWorker, edit: ThemeEdit): Promise<AnalysisReport> {
  if (edit.type === "merge") return worker.merge(edit.ids, edit.label);
  if (edit.type === "split") return worker.split(edit.themeId, edit.parts);
  return worker.rename(edit.themeId, edit.label);
}

/**
 * Starts an analysis of the question's answers: the row at once (status running), then the
 * analysis in a @kuulo/text worker thread, its progress written to the row as it goes. Resolves
 * `done` when the job has finished (stored or failed) — routes answer before that.
 */
export async function startAnalysis(
  db: Db,
  options: {
    organizationId: string;
    surveyId: string;
    questionId: string;
    userId: string | null;
    workers: ThemeWorkers;
    seed?: number;
    /** Also told of every progress event (the bench and tests watch it). */
    onProgress?: ProgressHandler;
  },
): Promise<{ analysis: SurveyAnalysis; done: Promise<void> }> {
  await requireTextQuestion(db, options);
  const answers = await openAnswers(db, options);
  if (answers.length < 2)
    throw new AppError("conflict", "The question has fewer than two open answers to analyse.");
  const [analysis] = await db
    .insert(surveyAnalyses)
    .values({
      organizationId: options.organizationId,
      surveyId: options.surveyId,
      questionId: options.questionId,
      responseIds: answers.map((a) => a.id),
      seed: options.seed ?? 1,
      total: answers.length,
      startedBy: options.userId,
    })
    .returning();
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.userId ? { userId: options.userId } : { label: "demo" },
    action: "survey.analysis_started",
    targetType: "survey_analysis",
    targetId: analysis!.id,
    detail: { surveyId: options.surveyId, questionId: options.questionId, answers: answers.length },
  });
  const done = runAnalysis(db, {
    analysis: analysis!,
    answers,
    workers: options.workers,
    onProgress: options.onProgress,
  });
  return { analysis: analysis!, done };
}

async function runAnalysis(
  db: Db,
  options: {
    analysis: SurveyAnalysis;
    answers: { id: string; text: string }[];
    workers: ThemeWorkers;
    onProgress?: ProgressHandler | undefined;
  },
): Promise<void> {
  const { analysis } = options;
  const where = eq(surveyAnalyses.id, analysis.id);
  const worker = options.workers.start();
  let last = 0;
  let writing = Promise.resolve();
  try {
    const report = await worker.analyze({ answers: options.answers, seed: analysis.seed }, (p) => {
      options.onProgress?.(p);
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      writing = writing
        .then(async () => {
          await db
            .update(surveyAnalyses)
            .set({ step: p.step, done: p.done, total: p.total })
            .where(where);
        })
        .catch(() => undefined);
    });
    await writing;
    await db
      .update(surveyAnalyses)
      .set({
        status: "done",
        step: "done",
        done: options.answers.length,
        total: options.answers.length,
        k: report.k,
        report: storedReport(report),
        finishedAt: new Date(),
      })
      .where(where);
    options.workers.keep(analysis.id, worker);
  } catch (error) {
    await worker.close();
    await writing;
    await db
      .update(surveyAnalyses)
      .set({
        status: "failed",
        error: (error as Error).message.slice(0, 500),
        finishedAt: new Date(),
      })
      .where(where)
      .catch(() => undefined);
  }
}
