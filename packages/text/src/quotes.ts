import type { Corpus } from "./corpus.js";
import { type SparseVector, sparseDot } from "./sparse.js";

export interface Quote {
  id: string;
  /** The answer's redacted text, verbatim. */
  text: string;
}

/** Mean of the members' unit vectors, normalised (a sparse theme centre). */
export function themeCentre(options: { corpus: Corpus; members: number[] }): SparseVector {
  const sum = new Map<number, number>();
  for (const i of options.members) {
    const v = options.corpus.tfidf.vectors[i]!;
    for (let j = 0; j < v.indices.length; j++)
      sum.set(v.indices[j]!, (sum.get(v.indices[j]!) ?? 0) + v.values[j]!);
  }
  const entries = [...sum.entries()].sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, x] of entries) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return {
    indices: Uint32Array.from(entries.map((e) => e[0])),
    values: Float64Array.from(entries.map((e) => e[1] / norm)),
  };
}

/**
 * Representative quotes: the answers nearest the theme centre, skipping near-duplicates
 * (cosine above `maxSimilarity` to a chosen quote, or the same normalised text).
 */
export function pickQuotes(options: {
  corpus: Corpus;
  members: number[];
  count?: number;
  maxSimilarity?: number;
}): Quote[] {
  const { corpus, members } = options;
  const centre = themeCentre({ corpus, members });
  const vectors = corpus.tfidf.vectors;
  const ranked = members
    .map((i) => ({ i, s: sparseDot(vectors[i]!, centre) }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen: number[] = [];
  const seen = new Set<string>();
  const maxSimilarity = options.maxSimilarity ?? 0.7;
  for (const { i } of ranked) {
    if (chosen.length >= (options.count ?? 3)) break;
    const norm = corpus.texts[i]!.toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (norm.length === 0 || seen.has(norm)) continue;
    if (chosen.some((c) => sparseDot(vectors[c]!, vectors[i]!) > maxSimilarity)) continue;
    chosen.push(i);
    seen.add(norm);
  }
  return chosen.map((i) => ({ id: corpus.ids[i]!, text: corpus.texts[i]! }));
}
