import type { Analysis } from "./analyze.js";
import { type Crosstab, crosstabThemes } from "./crosstab.js";
import type { Lang } from "./lang.js";
import type { LlmThemeResult } from "./llm.js";
import type { Quote } from "./quotes.js";
import type { RedactionCounts } from "./redact.js";
import type { SentimentClass, SentimentScore } from "./sentiment/model.js";
import type { ThemeSet } from "./themes.js";
import type { Morphology } from "./voikko.js";

export interface ThemeSentiment {
  negative: number;
  neutral: number;
  positive: number;
  /** Answers with a sentiment score (models exist for Finnish only). */
  scored: number;
  /** Mean of P(positive) − P(negative), −1…1. */
  balance: number;
  indicative: true;
}

export interface ThemeSummary {
  id: string;
  label: string;
  renamed: boolean;
  keywords: string[];
  phrase: string | null;
  isOther: boolean;
  count: number;
  answerIds: string[];
  alsoAnswerIds: string[];
  quotes: Quote[];
  sentiment: ThemeSentiment | null;
}

export interface AnswerRow {
  id: string;
  lang: Lang;
  /** Theme ids, main theme first. */
  themeIds: string[];
  sentiment: {
    label: SentimentClass;
    probabilities: [number, number, number];
    indicative: true;
  } | null;
}

export interface AnalysisReport {
  k: number;
  suggestedK: number;
  sweep: { k: number; score: number; sizes: number[] }[];
  /** Morphology per language: `voikko-wasm`, `voikko-system` or `snowball`. */
  lemmatizers: Partial<Record<Lang, Morphology>>;
  /** The Finnish morphology (null when no answer is Finnish). */
  morphology: Morphology | null;
  /** Things the analyst should know, e.g. that Finnish fell back to Snowball. */
  warnings: string[];
  redactions: RedactionCounts;
  themes: ThemeSummary[];
  answers: AnswerRow[];
  crosstab?: Crosstab & { groupBy: string };
  /** Results of the optional LLM stage, per theme (source "keywords" = fell back, with the reason). */
  llm?: LlmThemeResult[];
}

/** Sentiment counts of the answers whose main theme is each theme. */
export function themeSentiment(options: {
  set: ThemeSet;
  sentiments: (SentimentScore | null)[];
  id: string;
}): ThemeSentiment | null {
  const s: ThemeSentiment = {
    negative: 0,
    neutral: 0,
    positive: 0,
    scored: 0,
    balance: 0,
    indicative: true,
  };
  options.set.answerThemes.forEach((ids, i) => {
    const score = options.sentiments[i];
    if (ids[0] !== options.id || !score) return;
    s[score.label]++;
    s.scored++;
    s.balance += score.probabilities[2] - score.probabilities[0];
  });
  if (s.scored === 0) return null;
  s.balance = Number((s.balance / s.scored).toFixed(3));
  return s;
}

/** The JSON-ready result: themes with their answers, and every answer with its themes. */
export function buildReport(options: {
  analysis: Analysis;
  set?: ThemeSet;
  groups?: { by: string; values: (string | null)[] };
  llm?: LlmThemeResult[];
}): AnalysisReport {
  const { analysis } = options;
  const set = options.set ?? analysis.themes;
  const { corpus, sentiments } = analysis;
  const lemmatizers: AnalysisReport["lemmatizers"] = {};
  for (const [lang, l] of corpus.lemmatizers) lemmatizers[lang] = l.morphology;
  const morphology = lemmatizers.fi ?? null;
  const warnings: string[] = [];
  if (morphology === "snowball" && analysis.voikko)
    warnings.push(
      "Voikko could not be loaded: Finnish answers were stemmed with Snowball, so themes and labels are less precise (reinstall @kuulo/voikko)",
    );
  const report: AnalysisReport = {
    k: analysis.k,
    suggestedK: analysis.sweep.suggestedK,
    sweep: analysis.sweep.entries.map((e) => ({
      k: e.k,
      score: Number(e.score.toFixed(4)),
      sizes: e.sizes,
    })),
    lemmatizers,
    morphology,
    warnings,
    redactions: corpus.redactions,
    themes: set.themes.map((t) => ({
      id: t.id,
      label: t.label,
      renamed: t.renamed,
      keywords: t.keywords,
      phrase: t.phrase,
      isOther: t.isOther,
      count: t.answerIds.length,
      answerIds: t.answerIds,
      alsoAnswerIds: t.alsoAnswerIds,
      quotes: t.quotes,
      sentiment: themeSentiment({ set, sentiments, id: t.id }),
    })),
    answers: corpus.ids.map((id, i) => {
      const s = sentiments[i];
      return {
        id,
        lang: corpus.langs[i]!,
        themeIds: set.answerThemes[i]!,
        sentiment: s
          ? {
              label: s.label,
              probabilities: s.probabilities.map((p) => Number(p.toFixed(3))) as [
                number,
                number,
                number,
              ],
              indicative: true,
            }
          : null,
      };
    }),
  };
  if (options.llm) report.llm = options.llm;
  if (options.groups) {
    report.crosstab = {
      ...crosstabThemes({ set, groups: options.groups.values }),
      groupBy: options.groups.by,
    };
  }
  return report;
}
