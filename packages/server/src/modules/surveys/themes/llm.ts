import {
  type Corpus,
  type LlmConfig,
  llmDescribeThemes,
  redact,
  type Theme,
  type ThemeSet,
} from "@kuulo/text";
import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Config } from "../../../config.js";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import {
  checkOutboundUrl,
  type OutboundPolicy,
  OutboundRefused,
  outboundFetch,
} from "../../../net/outbound.js";
import { recordAudit } from "../../audit/index.js";
import { type LlmSummaries, type SurveyAnalysis, surveyAnalyses } from "../schema.js";
import { loadAnalysis, openAnswers } from "./analysis.js";
import type { AnalysisTarget } from "./editing.js";
import { reportOf } from "./editing.js";

/** The county's model and the one outbound policy every call goes through. */
export interface LlmSetup {
  llm: NonNullable<Config["llm"]>;
  outbound: OutboundPolicy;
  /** Per call to the model (default 30 s). */
  timeoutMs?: number;
}

/** A job older than this is taken as lost (the process ended) and may be started again. */
const STALE_MS = 15 * 60_000;

/**
 * Starts summarising each theme of the current, finished analysis with the county's language
 * model (@kuulo/text's `llmDescribeThemes`: one chat/completions call per theme with the theme's
 * answers, redacted of identity codes, e-mail addresses and phone numbers). The model's address
 * is checked against the outbound policy first (409 naming the problem, nothing sent) and again
 * on connecting. The row is marked `llm_status` running at once and the calls go on in the
 * background on the main thread (async: the policy's fetch cannot cross into a worker); `done`
 * resolves when the job has finished. Routes answer 202 before that.
 */
export async function startSummaries(
  db: Db,
  target: AnalysisTarget,
  setup: LlmSetup,
): Promise<{ analysis: SurveyAnalysis; done: Promise<void> }> {
  const analysis = await loadAnalysis(db, target);
  const report = reportOf(analysis);
  if (analysis.status !== "done" || !report)
    throw new AppError("conflict", `The analysis is ${analysis.status}; summarise it when done.`);
  if (
    analysis.llmStatus === "running" &&
    Date.now() - (analysis.llmStartedAt?.getTime() ?? 0) < STALE_MS
  )
    throw new AppError("conflict", "The themes are being summarised already.");
  try {
    await checkOutboundUrl(`${setup.llm.baseUrl}/chat/completions`, setup.outbound);
  } catch (error) {
    if (!(error instanceof OutboundRefused)) throw error;
    throw new AppError(
      "conflict",
      `The language model's address ${new URL(setup.llm.baseUrl).origin} is not allowed by the outbound URL policy (OUTBOUND_URL_ALLOW); nothing was sent.`,
    );
  }
  const total = report.themes.filter((t) => !t.isOther && t.answerIds.length > 0).length;
  const startedAt = new Date();
  const [row] = await db
    .update(surveyAnalyses)
    .set({
      llmStatus: "running",
      llmDone: 0,
      llmTotal: total,
      llmError: null,
      llmStartedAt: startedAt,
    })
    .where(
      and(
        eq(surveyAnalyses.id, analysis.id),
        // Two starts at once: only one claims the row.
        or(
          isNull(surveyAnalyses.llmStatus),
          ne(surveyAnalyses.llmStatus, "running"),
          lt(surveyAnalyses.llmStartedAt, new Date(Date.now() - STALE_MS)),
        ),
      ),
    )
    .returning();
  if (!row) throw new AppError("conflict", "The themes are being summarised already.");
  const done = runSummaries(db, { target, setup, analysis: row, startedAt });
  return { analysis: row, done };
}

/**
 * The job: the calls, progress on the row after each theme, then the summaries and the audit
 * event in one transaction. Each result is checked — cited ids must be the theme's answers,
 * quotes verbatim — and a theme whose result fails keeps its keywords with the reason stored.
 * When no theme could be summarised (the model unreachable, answering errors) the job is
 * `failed` with the first reason and the earlier summaries stay. Writes apply only while this
 * job is the row's current one: an edit of the themes meanwhile (which clears the summaries and
 * the job) discards its results.
 */
async function runSummaries(
  db: Db,
  options: { target: AnalysisTarget; setup: LlmSetup; analysis: SurveyAnalysis; startedAt: Date },
): Promise<void> {
  const { target, setup, analysis } = options;
  const current = and(
    eq(surveyAnalyses.id, analysis.id),
    eq(surveyAnalyses.llmStatus, "running"),
    eq(surveyAnalyses.llmStartedAt, options.startedAt),
  );
  try {
    const report = reportOf(analysis)!;
    const answers = await openAnswers(db, { ...target, responseIds: analysis.responseIds });
    const corpus = {
      ids: answers.map((a) => a.id),
      texts: answers.map((a) => redact(a.text).text.replace(/\s+/g, " ").trim()),
    } as Corpus;
    const set: ThemeSet = {
      themes: report.themes as unknown as Theme[],
      answerThemes: [],
      nextId: 0,
    };
    const config: LlmConfig = {
      baseUrl: setup.llm.baseUrl,
      model: setup.llm.model,
      ...(setup.llm.apiKey ? { apiKey: setup.llm.apiKey } : {}),
      timeoutMs: setup.timeoutMs ?? 30_000,
      fetch: outboundFetch(setup.outbound, {
        timeoutMs: setup.timeoutMs ?? 30_000,
      }) as typeof fetch,
    };
    let writing = Promise.resolve();
    const results = await llmDescribeThemes({
      corpus,
      set,
      config,
      onProgress: (done, total) => {
        writing = writing
          .then(async () => {
            await db.update(surveyAnalyses).set({ llmDone: done, llmTotal: total }).where(current);
          })
          .catch(() => undefined);
      },
    });
    await writing;
    const sent = new Set(
      report.themes
        .filter((t) => !t.isOther && t.answerIds.length > 0)
        .flatMap((t) => [...new Set([...t.quotes.map((q) => q.id), ...t.answerIds])].slice(0, 25)),
    );
    const summarised = results.some((r) => r.source === "llm");
    const summaries: LlmSummaries = {
      model: setup.llm.model,
      at: new Date().toISOString(),
      themes: results.map((r) => ({
        themeId: r.themeId,
        source: r.source,
        summary: r.summary,
        citedIds: r.citedIds,
        ...(r.error ? { error: r.error } : {}),
      })),
    };
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(surveyAnalyses)
        .set(
          summarised || results.length === 0
            ? { llmSummaries: summaries, llmStatus: "done" }
            : {
                llmStatus: "failed",
                llmError: `No theme could be summarised: ${results[0]!.error ?? "no answer"}`.slice(
                  0,
                  500,
                ),
              },
        )
        .where(current)
        .returning({ id: surveyAnalyses.id });
      // The answers were sent whatever came back: the sending is logged.
      await recordAudit(tx, {
        organizationId: target.organizationId,
        actor: target.userId ? { userId: target.userId } : { label: "demo" },
        action: "survey.llm_summarised",
        targetType: "survey_analysis",
        targetId: analysis.id,
        detail: {
          surveyId: target.surveyId,
          questionId: target.questionId,
          model: setup.llm.model,
          origin: new URL(setup.llm.baseUrl).origin,
          answersSent: sent.size,
          themes: results.length,
          fellBack: results.filter((r) => r.source !== "llm").length,
          ...(row ? {} : { discarded: true }),
        },
      });
    });
  } catch (error) {
    await db
      .update(surveyAnalyses)
      .set({ llmStatus: "failed", llmError: (error as Error).message.slice(0, 500) })
      .where(current)
      .catch(() => undefined);
  }
}

/** Summaries as the public page may show them: checked ones, signed off after they were made. */
export function publishableSummaries(analysis: SurveyAnalysis): Map<string, string> {
  const s = analysis.llmSummaries;
  if (!s || !analysis.signedOffAt || analysis.signedOffAt.getTime() < Date.parse(s.at))
    return new Map();
  return new Map(
    s.themes
      .filter((t) => t.source === "llm" && t.summary)
      // Answer ids mean nothing to readers of the public page.
      .map((t) => [t.themeId, t.summary!.replace(/\s*\[[^\]]+\]/g, "").trim()]),
  );
}
