import { TextError } from "./errors.js";
import { type DocTerms, docTerms } from "./features.js";
import type { Lang } from "./lang.js";
import { identifyLanguages } from "./langid.js";
import type { Lemmatizer } from "./lemmatize.js";
import { lemmatizerForBatch } from "./prepare.js";
import { clean, type RedactionCounts } from "./redact.js";
import { defaultMinDf, type TfidfModel, tfidfBuilder } from "./tfidf.js";
import { type Token, tokenize } from "./tokenize.js";

export type LabelTerms = Pick<DocTerms, "lemmas" | "bigrams">;

export interface AnswerInput {
  id: string;
  text: string;
}

/** Everything later steps need about a batch of answers; built once, reused by every edit. */
export interface Corpus {
  ids: string[];
  /** Redacted, whitespace-normalised text: the only text that leaves this step. */
  texts: string[];
  langs: Lang[];
  /**
   * What labels need of each answer: its content lemmas, and its bigrams that occur in two or
   * more answers (a label's phrase must; the rest would only take memory).
   */
  docs: LabelTerms[];
  tfidf: TfidfModel;
  /**
   * Most frequent surface form per lemma / kept bigram, for readable labels; absent where it
   * is the key itself (a lemma Voikko knows).
   */
  surfaces: Map<string, string>;
  /** Number of documents each lemma or kept bigram occurs in (before vocabulary cuts). */
  docFreq: Map<string, number>;
  redactions: RedactionCounts;
  lemmatizers: Map<Lang, Lemmatizer>;
}

/**
 * Cleans and redacts every answer first, then identifies languages (or uses `lang`),
 * tokenises, lemmatises and builds the TF-IDF model. The tokens are not kept: `onTokens` sees
 * each answer's cleaned text and tokens (in order) once, with its lemmatiser, before the tokens
 * are let go.
 */
export function buildCorpus(options: {
  answers: AnswerInput[];
  lang?: Lang | "auto";
  voikko?: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
  onTokens?: (answer: {
    index: number;
    text: string;
    tokens: Token[];
    lemmatizer: Lemmatizer;
  }) => void;
}): Corpus {
  const { answers } = options;
  if (answers.length === 0) throw new TextError("EMPTY_INPUT", "no answers to analyse");
  const progress = options.onProgress ?? (() => {});
  const redactions: RedactionCounts = { email: 0, phone: 0, hetu: 0, url: 0 };
  const texts = answers.map((a) => {
    const c = clean(a.text);
    for (const key of Object.keys(redactions) as (keyof RedactionCounts)[])
      redactions[key] += c.counts[key];
    return c.text;
  });
  progress("clean", answers.length, answers.length);
  const langs: Lang[] =
    !options.lang || options.lang === "auto"
      ? identifyLanguages({ texts })
      : texts.map(() => options.lang as Lang);
  progress("language", answers.length, answers.length);
  // Tokenised twice rather than kept: first the word counts per language (for the lemmatiser),
  // then answer by answer below, so that the batch's tokens are never all in memory at once.
  const counts = new Map<Lang, Map<string, number>>();
  texts.forEach((text, i) => {
    let f = counts.get(langs[i]!);
    if (!f) {
      f = new Map();
      counts.set(langs[i]!, f);
    }
    for (const t of tokenize(text)) f.set(t.text, (f.get(t.text) ?? 0) + 1);
  });
  const lemmatizers = new Map<Lang, Lemmatizer>();
  for (const [lang, frequencies] of counts) {
    const lemmatizer = lemmatizerForBatch({ lang, frequencies, voikko: options.voikko });
    lemmatizer.prefill(frequencies.keys());
    lemmatizers.set(lang, lemmatizer);
  }
  counts.clear();
  const docs: LabelTerms[] = [];
  const surfaceTally = new SurfaceTally();
  const docFreq = new Map<string, number>();
  const tfidfDocs = tfidfBuilder();
  for (let i = 0; i < texts.length; i++) {
    const lemmatizer = lemmatizers.get(langs[i]!)!;
    const tokens = tokenize(texts[i]!);
    const d = docTerms({ tokens, lemmatizer });
    options.onTokens?.({ index: i, text: texts[i]!, tokens, lemmatizer });
    tfidfDocs.add(d);
    docs.push({ lemmas: d.lemmas, bigrams: d.bigrams });
    for (const [key, surface] of d.surfaces) surfaceTally.add(key, surface, docFreq.get(key) ?? 0);
    const seen = new Set(d.lemmas);
    for (const b of d.bigrams) seen.add(b);
    for (const key of seen) docFreq.set(key, (docFreq.get(key) ?? 0) + 1);
    if ((i + 1) % 1000 === 0) progress("lemmatise", i + 1, texts.length);
  }
  progress("lemmatise", texts.length, texts.length);
  // Bigrams of one answer can never be a label's phrase: keep only those in two or more.
  const lemmaSet = new Set<string>();
  for (const d of docs) for (const l of d.lemmas) lemmaSet.add(l);
  for (const [key, df] of docFreq) {
    if (df < 2 && !lemmaSet.has(key)) {
      docFreq.delete(key);
    }
  }
  lemmaSet.clear();
  for (const d of docs) {
    if (d.bigrams.some((b) => !docFreq.has(b))) d.bigrams = d.bigrams.filter((b) => docFreq.has(b));
  }
  const surfaces = surfaceTally.finish(docFreq);
  const tfidf = tfidfDocs.finish({ minDf: defaultMinDf(answers.length) });
  progress("tfidf", texts.length, texts.length);
  return {
    ids: answers.map((a) => a.id),
    texts,
    langs,
    docs,
    tfidf,
    surfaces,
    docFreq,
    redactions,
    lemmatizers,
  };
}

/**
 * Counts the surface forms of each lemma and bigram (one per answer that has the key) and keeps
 * the most frequent (ties: the first in code-unit order). Small in memory: a key whose answers
 * all show one surface costs one map entry, none when that surface is the key itself; only keys
 * seen with several surfaces get counts.
 */
class SurfaceTally {
  private single = new Map<string, string>();
  private mixed = new Map<string, Map<string, number>>();

  /** `seenBefore`: how many answers before this one had the key. */
  add(key: string, surface: string, seenBefore: number): void {
    const counts = this.mixed.get(key);
    if (counts) {
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
      return;
    }
    const first = seenBefore === 0 ? surface : (this.single.get(key) ?? key);
    if (first === surface) {
      if (seenBefore === 0 && surface !== key) this.single.set(key, surface);
      return;
    }
    this.single.delete(key);
    this.mixed.set(
      key,
      new Map([
        [first, seenBefore],
        [surface, 1],
      ]),
    );
  }

  /** The surface per key of `keep` (keys whose surface is the key itself are left out). */
  finish(keep: Map<string, number>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, s] of this.single) if (keep.has(key)) out.set(key, s);
    for (const [key, counts] of this.mixed) {
      if (!keep.has(key)) continue;
      let best = "";
      let bestCount = -1;
      for (const [s, c] of counts) {
        if (c > bestCount || (c === bestCount && s < best)) {
          best = s;
          bestCount = c;
        }
      }
      if (best !== key) out.set(key, best);
    }
    this.single.clear();
    this.mixed.clear();
    return out;
  }
}
