import { type AnswerInput, buildCorpus, type Corpus } from "./corpus.js";
import { TextError } from "./errors.js";
import type { Lang } from "./lang.js";
import { lemmaThreads } from "./lemma-pool.js";
import { partitionThemes } from "./partition.js";
import type { SentimentScore } from "./sentiment/model.js";
import { scoreSentiment } from "./sentiment/score.js";
import { type KSweep, sweepK } from "./sweep.js";
import { PARALLEL_SWEEP_MIN_ANSWERS, sweepInThread } from "./sweep-pool.js";
import { buildThemes, type ThemeSet } from "./themes.js";

export type ProgressListener = (event: { step: string; done: number; total: number }) => void;

export interface AnalyzeOptions {
  answers: AnswerInput[];
  lang?: Lang | "auto";
  /** Range of k to precompute (default 4..20, clipped to the data). */
  kMin?: number;
  kMax?: number;
  /** k of the themes; default: the sweep's suggestion. */
  k?: number;
  seed?: number;
  /** false: never load Voikko (Snowball only). */
  voikko?: boolean;
  /**
   * An answer whose cosine with the rest of its theme is below this goes to "other"
   * (default 0.05; 0 keeps every answer that has content words in a theme).
   */
  otherThreshold?: number;
  onProgress?: ProgressListener;
  /**
   * With a given k on at least this many answers (default 2,000), the k sweep runs in a worker
   * thread while this thread computes the themes (same result; not when `KUULO_TEXT_THREADS`
   * is 1). Infinity: always in-thread.
   */
  parallelSweepMinAnswers?: number;
}

export interface Analysis {
  corpus: Corpus;
  sweep: KSweep;
  k: number;
  seed: number;
  otherThreshold: number;
  /** false when the caller turned Voikko off (Snowball on purpose, no warning). */
  voikko: boolean;
  themes: ThemeSet;
  /** Indicative sentiment per answer (null where no model covers the language). */
  sentiments: (SentimentScore | null)[];
}

/** Clean → language → lemmas → TF-IDF → k sweep → themes for the chosen k. */
export function analyzeAnswers(options: AnalyzeOptions): Analysis {
  const progress = options.onProgress ?? (() => {});
  // Sentiment is scored while each answer's tokens are at hand (the corpus does not keep them).
  const sentiments: (SentimentScore | null)[] = [];
  const corpus = buildCorpus({
    answers: options.answers,
    lang: options.lang,
    voikko: options.voikko,
    onProgress: (step, done, total) => progress({ step, done, total }),
    onTokens: ({ index, text, tokens, lemmatizer }) => {
      sentiments[index] = scoreSentiment({ tokens, text, lemmatizer });
    },
  });
  const n = corpus.ids.length;
  const kMin = Math.max(2, Math.min(options.kMin ?? 4, n));
  const kMax = Math.max(kMin, Math.min(options.kMax ?? 20, Math.floor(n / 2) || kMin));
  if (options.k !== undefined && (!Number.isInteger(options.k) || options.k < 2)) {
    throw new TextError("BAD_OPTION", `k must be an integer of at least 2, got ${options.k}`);
  }
  const seed = options.seed ?? 1;
  const dim = corpus.tfidf.terms.length;
  const sweepOptions = { vectors: corpus.tfidf.vectors, dim, kMin, kMax, seed };
  const csr = corpus.tfidf.csr;
  const otherThreshold = options.otherThreshold ?? 0.05;
  const parallel =
    options.k !== undefined &&
    lemmaThreads() > 1 &&
    n >= (options.parallelSweepMinAnswers ?? PARALLEL_SWEEP_MIN_ANSWERS);
  let sweep: KSweep;
  let themes: ThemeSet;
  let k: number;
  if (parallel) {
    // The themes do not depend on the sweep when k is given: both at once on two cores.
    const pending = sweepInThread({ ...sweepOptions, csr });
    k = Math.min(options.k!, Math.max(2, n));
    themes = themesForK({ corpus, k, seed, otherThreshold, onProgress: progress });
    sweep = pending.result() ?? sweepK(sweepOptions);
    progress({ step: "sweep", done: n, total: n });
  } else {
    sweep = sweepK(sweepOptions);
    progress({ step: "sweep", done: n, total: n });
    k = Math.min(options.k ?? sweep.suggestedK, Math.max(2, n));
    themes = themesForK({ corpus, k, seed, otherThreshold, onProgress: progress });
  }
  progress({ step: "sentiment", done: n, total: n });
  return {
    corpus,
    sweep,
    k,
    seed,
    otherThreshold,
    voikko: options.voikko !== false,
    themes,
    sentiments,
  };
}

/** Themes for one k (what an analyst gets when choosing another k from the sweep). */
export function themesForK(options: {
  corpus: Corpus;
  k: number;
  seed: number;
  otherThreshold?: number;
  onProgress?: ProgressListener;
}): ThemeSet {
  const { corpus, k, seed } = options;
  const n = corpus.ids.length;
  const partition = partitionThemes({
    vectors: corpus.tfidf.vectors,
    dim: corpus.tfidf.terms.length,
    k,
    seed,
  });
  options.onProgress?.({ step: "themes", done: n, total: n });
  const set = buildThemes({ corpus, partition, minSimilarity: options.otherThreshold });
  options.onProgress?.({ step: "labels", done: n, total: n });
  return set;
}
