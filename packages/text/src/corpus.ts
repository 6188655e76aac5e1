import { TextError } from "./errors.js";
import { type DocTerms, docTerms } from "./features.js";
import type { Lang } from "./lang.js";
import { identifyLanguages } from "./langid.js";
import type { Lemmatizer } from "./lemmatize.js";
import { lemmatizerForBatch } from "./prepare.js";
import { clean, type RedactionCounts } from "./redact.js";
import { buildTfidf, type TfidfModel } from "./tfidf.js";
import { type Token, tokenize } from "./tokenize.js";

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
  tokens: Token[][];
  docs: DocTerms[];
  tfidf: TfidfModel;
  /** Most frequent surface form per lemma / bigram, for readable labels. */
  surfaces: Map<string, string>;
  /** Number of documents each lemma or bigram occurs in (before vocabulary cuts). */
  docFreq: Map<string, number>;
  redactions: RedactionCounts;
  lemmatizers: Map<Lang, Lemmatizer>;
}

/**
 * Cleans and redacts every answer first, then identifies languages (or uses `lang`),
 * tokenises, lemmatises and builds the TF-IDF model.
 */
export function buildCorpus(options: {
  answers: AnswerInput[];
  lang?: Lang | "auto";
  voikko?: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
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
  const tokens: Token[][] = texts.map((text) => tokenize(text));
  const lemmatizers = new Map<Lang, Lemmatizer>();
  for (const lang of new Set(langs)) {
    const own = tokens.filter((_, i) => langs[i] === lang);
    const lemmatizer = lemmatizerForBatch({ lang, tokens: own, voikko: options.voikko });
    lemmatizer.prefill(own.flatMap((t) => t.map((token) => token.text)));
    lemmatizers.set(lang, lemmatizer);
  }
  const docs: DocTerms[] = [];
  const surfaceCounts = new Map<string, Map<string, number>>();
  const docFreq = new Map<string, number>();
  tokens.forEach((t, i) => {
    const d = docTerms({ tokens: t, lemmatizer: lemmatizers.get(langs[i]!)! });
    docs.push(d);
    for (const [key, surface] of d.surfaces) {
      let m = surfaceCounts.get(key);
      if (!m) {
        m = new Map();
        surfaceCounts.set(key, m);
      }
      m.set(surface, (m.get(surface) ?? 0) + 1);
    }
    for (const key of new Set([...d.lemmas, ...d.bigrams]))
      docFreq.set(key, (docFreq.get(key) ?? 0) + 1);
    if ((i + 1) % 1000 === 0) progress("lemmatise", i + 1, texts.length);
  });
  progress("lemmatise", texts.length, texts.length);
  const surfaces = new Map<string, string>();
  for (const [key, m] of surfaceCounts) {
    let best = "";
    let bestCount = -1;
    for (const [s, c] of m) {
      if (c > bestCount || (c === bestCount && s < best)) {
        best = s;
        bestCount = c;
      }
    }
    surfaces.set(key, best);
  }
  const tfidf = buildTfidf({ docs, minDf: answers.length < 50 ? 1 : 2 });
  progress("tfidf", texts.length, texts.length);
  return {
    ids: answers.map((a) => a.id),
    texts,
    langs,
    tokens,
    docs,
    tfidf,
    surfaces,
    docFreq,
    redactions,
    lemmatizers,
  };
}
