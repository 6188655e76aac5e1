import type { DocTerms } from "./features.js";
import type { SparseVector } from "./sparse.js";

export interface TermWeights {
  lemma: number;
  part: number;
  prefix: number;
  bigram: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = { lemma: 1, part: 0.75, prefix: 0.75, bigram: 0 };

/**
 * The default minimum document frequency of a term: 1 under 50 answers, else 2, and 3 per
 * 10,000 answers in large batches (a word in 2 of 10,000 long forum posts is noise more often
 * than a theme: NMI 0.205 → 0.213 on them; batches under 6,667 answers are unaffected).
 */
export function defaultMinDf(answers: number): number {
  return answers < 50 ? 1 : Math.max(2, Math.ceil((answers * 3) / 10_000));
}

/** Compressed sparse rows: row i is `indices`/`values` from `offsets[i]` to `offsets[i + 1]`. */
export interface CsrMatrix {
  offsets: Uint32Array;
  indices: Uint32Array;
  values: Float64Array;
}

export interface TfidfModel {
  /** Term strings by index. */
  terms: string[];
  index: Map<string, number>;
  /** Document frequency per term. */
  df: Uint32Array;
  idf: Float64Array;
  /**
   * Unit-length TF-IDF vector per document (empty when nothing of it is in the vocabulary):
   * views into `csr`, whose arrays live in one SharedArrayBuffer each, so that a worker thread
   * can read them without a copy.
   */
  vectors: SparseVector[];
  csr: CsrMatrix;
}

/** The terms of one document that TF-IDF counts (labels need less: see Corpus.docs). */
export type WeightedTerms = Pick<DocTerms, "lemmas" | "parts" | "prefixes" | "bigrams">;

export interface TfidfBuilder {
  /** Counts one document's terms (documents in corpus order). */
  add(doc: WeightedTerms): void;
  /**
   * The model: vocabulary = terms in at least `minDf` documents and at most `maxDfRatio` of
   * them; sublinear TF × IDF, unit length. The builder is spent afterwards.
   */
  finish(options?: { minDf?: number; maxDfRatio?: number }): TfidfModel;
}

function sharedUint32(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * 8), 0, length);
}

/** Growable typed storage of (term id, weight) pairs per document. */
class Pairs {
  ids = new Uint32Array(1 << 16);
  weights = new Float64Array(1 << 16);
  length = 0;
  push(id: number, w: number): void {
    if (this.length === this.ids.length) {
      const ids = new Uint32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const weights = new Float64Array(this.weights.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.ids[this.length] = id;
    this.weights[this.length++] = w;
  }
}

/**
 * Builds the TF-IDF model one document at a time: each document is kept only as term ids and
 * summed weights in typed arrays (no per-document maps of strings), so memory stays small for
 * large batches. Same model as building from all documents at once.
 */
export function tfidfBuilder(weights: TermWeights = DEFAULT_TERM_WEIGHTS): TfidfBuilder {
  const ids = new Map<string, number>();
  const names: string[] = [];
  let dfCounts = new Uint32Array(1024);
  const pairs = new Pairs();
  const starts: number[] = [0];
  // Per-document sums over global ids, in first-seen order (the order of the old maps).
  let sums = new Float64Array(1024);
  const touched: number[] = [];
  const add = (term: string, w: number) => {
    if (!(w > 0)) return;
    let id = ids.get(term);
    if (id === undefined) {
      id = names.length;
      ids.set(term, id);
      names.push(term);
      if (id >= sums.length) {
        const s = new Float64Array(sums.length * 2);
        s.set(sums);
        sums = s;
        const d = new Uint32Array(dfCounts.length * 2);
        d.set(dfCounts);
        dfCounts = d;
      }
    }
    if (sums[id] === 0) touched.push(id);
    sums[id]! += w;
  };
  return {
    add(doc) {
      for (const l of doc.lemmas) add(l, weights.lemma);
      for (const p of doc.parts) add(p, weights.part);
      for (const p of doc.prefixes) add(p, weights.prefix);
      for (const b of doc.bigrams) add(b, weights.bigram);
      for (const id of touched) {
        pairs.push(id, sums[id]!);
        dfCounts[id]!++;
        sums[id] = 0;
      }
      touched.length = 0;
      starts.push(pairs.length);
    },
    finish(options = {}) {
      const n = starts.length - 1;
      const minDf = options.minDf ?? 2;
      const maxDf = Math.max(minDf, Math.floor((options.maxDfRatio ?? 0.5) * n));
      const keptIds: number[] = [];
      for (let id = 0; id < names.length; id++) {
        if (dfCounts[id]! >= minDf && dfCounts[id]! <= maxDf) keptIds.push(id);
      }
      keptIds.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
      const column = new Int32Array(names.length).fill(-1);
      keptIds.forEach((id, i) => {
        column[id] = i;
      });
      const terms = keptIds.map((id) => names[id]!);
      const index = new Map(terms.map((t, i) => [t, i]));
      const df = Uint32Array.from(keptIds, (id) => dfCounts[id]!);
      // Classic IDF, ln(N / df), rather than the smoothed ln((1 + N) / (1 + df)) + 1: common
      // words weigh less against distinctive ones (SIB-200 fi 0.196 → 0.213, sv 0.161 → 0.173,
      // en 0.190 → 0.185; forum posts 0.179 → 0.205, means of 5 seeds). N + 1 keeps a term in
      // every answer of a tiny batch above zero.
      const idf = Float64Array.from(df, (d) => Math.log((n + 1) / d));
      const offsets = sharedUint32(n + 1);
      for (let d = 0; d < n; d++) {
        let count = 0;
        for (let p = starts[d]!; p < starts[d + 1]!; p++) if (column[pairs.ids[p]!]! >= 0) count++;
        offsets[d + 1] = offsets[d]! + count;
      }
      const indices = sharedUint32(offsets[n]!);
      const values = sharedFloat64(offsets[n]!);
      const order: number[] = [];
      for (let d = 0; d < n; d++) {
        order.length = 0;
        for (let p = starts[d]!; p < starts[d + 1]!; p++)
          if (column[pairs.ids[p]!]! >= 0) order.push(p);
        order.sort((a, b) => column[pairs.ids[a]!]! - column[pairs.ids[b]!]!);
        const at = offsets[d]!;
        let sq = 0;
        order.forEach((p, j) => {
          const c = column[pairs.ids[p]!]!;
          const w = pairs.weights[p]!;
          const x = (w <= 1 ? w : 1 + Math.log(w)) * idf[c]!;
          indices[at + j] = c;
          values[at + j] = x;
          sq += x * x;
        });
        const norm = Math.sqrt(sq);
        if (norm !== 0) for (let j = 0; j < order.length; j++) values[at + j]! /= norm;
      }
      const csr = { offsets, indices, values };
      return { terms, index, df, idf, vectors: csrRows(csr), csr };
    },
  };
}

/** The rows of a CSR matrix as sparse vectors (views, no copy). */
export function csrRows(csr: CsrMatrix): SparseVector[] {
  const { offsets, indices, values } = csr;
  return Array.from({ length: offsets.length - 1 }, (_, i) => ({
    indices: indices.subarray(offsets[i]!, offsets[i + 1]!),
    values: values.subarray(offsets[i]!, offsets[i + 1]!),
  }));
}

/**
 * Builds a vocabulary (terms in at least `minDf` documents and at most `maxDfRatio` of them)
 * and sublinear-TF × IDF unit vectors.
 */
export function buildTfidf(options: {
  docs: WeightedTerms[];
  minDf?: number;
  maxDfRatio?: number;
  weights?: TermWeights;
}): TfidfModel {
  const builder = tfidfBuilder(options.weights);
  for (const doc of options.docs) builder.add(doc);
  return builder.finish(options);
}
