import type { DocTerms } from "./features.js";
import { type SparseVector, sparseFromMap, sparseNormalize } from "./sparse.js";

export interface TermWeights {
  lemma: number;
  part: number;
  prefix: number;
  bigram: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = { lemma: 1, part: 0.75, prefix: 0.75, bigram: 0 };

export interface TfidfModel {
  /** Term strings by index. */
  terms: string[];
  index: Map<string, number>;
  /** Document frequency per term. */
  df: Uint32Array;
  idf: Float64Array;
  /** Unit-length TF-IDF vector per document (empty when nothing of it is in the vocabulary). */
  vectors: SparseVector[];
}

function weightedCounts(doc: DocTerms, weights: TermWeights): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => {
    if (w > 0) counts.set(t, (counts.get(t) ?? 0) + w);
  };
  for (const l of doc.lemmas) add(l, weights.lemma);
  for (const p of doc.parts) add(p, weights.part);
  for (const p of doc.prefixes) add(p, weights.prefix);
  for (const b of doc.bigrams) add(b, weights.bigram);
  return counts;
}

/**
 * Builds a vocabulary (terms in at least `minDf` documents and at most `maxDfRatio` of them)
 * and sublinear-TF × smoothed-IDF unit vectors.
 */
export function buildTfidf(options: {
  docs: DocTerms[];
  minDf?: number;
  maxDfRatio?: number;
  weights?: TermWeights;
}): TfidfModel {
  const { docs } = options;
  const weights = options.weights ?? DEFAULT_TERM_WEIGHTS;
  const minDf = options.minDf ?? 2;
  const maxDf = Math.max(minDf, Math.floor((options.maxDfRatio ?? 0.5) * docs.length));
  const counts = docs.map((d) => weightedCounts(d, weights));
  const dfMap = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) dfMap.set(t, (dfMap.get(t) ?? 0) + 1);
  const terms = [...dfMap.entries()]
    .filter(([, df]) => df >= minDf && df <= maxDf)
    .map(([t]) => t)
    .sort();
  const index = new Map(terms.map((t, i) => [t, i]));
  const df = Uint32Array.from(terms.map((t) => dfMap.get(t)!));
  const n = docs.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const vectors = counts.map((c) => {
    const m = new Map<number, number>();
    for (const [t, w] of c) {
      const i = index.get(t);
      if (i !== undefined) m.set(i, (w <= 1 ? w : 1 + Math.log(w)) * idf[i]!);
    }
    return sparseNormalize(sparseFromMap(m));
  });
  return { terms, index, df, idf, vectors };
}
