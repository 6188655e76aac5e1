import {
  type Corpus,
  type LlmConfig,
  llmDescribeThemes,
  redact,
  type Theme,
  type ThemeSet,
} from "@kuulo/text";
import { eq } from "drizzle-orm";
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

/**
 * Summarises each theme of the current, finished analysis with the county's language model
 * (@kuulo/text's `llmDescribeThemes`: one chat/completions call per theme with the theme's
 * answers, redacted of identity codes, e-mail addresses and phone numbers). Each result is
 * checked — cited ids must be the theme's answers, quotes verbatim — and a theme whose result
 * fails keeps its keywords, with the reason stored. The model's address is checked against the
 * outbound policy before anything is sent (409 naming the problem) and again on connecting.
 * Audit: survey.llm_summarised (the model, how many answers were sent). Sign-off is kept, but
 * the results page shows the summaries only when the analyst signs off after them.
 */
export async function summariseThemes(
  db: Db,
  target: AnalysisTarget,
  setup: LlmSetup,
): Promise<SurveyAnalysis> {
  const analysis = await loadAnalysis(db, target);
  const report = reportOf(analysis);
  if (analysis.status !== "done" || !report)
    throw new AppError("conflict", `The analysis is ${analysis.status}; summarise it when done.`);
  try {
    await checkOutboundUrl(`${setup.llm.baseUrl}/chat/completions`, setup.outbound);
  } catch (error) {
    if (!(error instanceof OutboundRefused)) throw error;
    throw new AppError(
      "conflict",
      `The language model's address ${new URL(setup.llm.baseUrl).origin} is not allowed by the outbound URL policy (OUTBOUND_URL_ALLOW); nothing was sent.`,
    );
  }
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
    fetch: outboundFetch(setup.outbound, { timeoutMs: setup.timeoutMs ?? 30_000 }) as typeof fetch,
  };
  const results = await llmDescribeThemes({ corpus, set, config });
  const sent = new Set(
    report.themes
      .filter((t) => !t.isOther && t.answerIds.length > 0)
      .flatMap((t) => [...new Set([...t.quotes.map((q) => q.id), ...t.answerIds])].slice(0, 25)),
  );
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
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(surveyAnalyses)
      .set({ llmSummaries: summaries })
      .where(eq(surveyAnalyses.id, analysis.id))
      .returning();
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
      },
    });
    return row!;
  });
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
