import { gramOfRows, type NmfResult, nmf, nmfBest } from "./nmf.js";
import { seededRandom } from "./random.js";
import type { SparseVector } from "./sparse.js";

const EPS = 1e-10;

/**
 * Keeps the `maxTerms` terms in most documents (NMF cost grows with the vocabulary; rare terms
 * add little to topics). Returns re-indexed vectors and the new dimension.
 */
export function restrictVocabulary(options: {
  vectors: SparseVector[];
  df: ArrayLike<number>;
  maxTerms: number;
}): {
  vectors: SparseVector[];
  dim: number;
} {
  const { vectors, df, maxTerms } = options;
  if (df.length <= maxTerms) return { vectors, dim: df.length };
  const order = Array.from({ length: df.length }, (_, i) => i).sort(
    (a, b) => df[b]! - df[a]! || a - b,
  );
  const map = new Int32Array(df.length).fill(-1);
  order.slice(0, maxTerms).forEach((t, j) => {
    map[t] = j;
  });
  return {
    dim: maxTerms,
    vectors: vectors.map((v) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (let j = 0; j < v.indices.length; j++) {
        const m = map[v.indices[j]!]!;
        if (m >= 0) {
          idx.push(m);
          val.push(v.values[j]!);
        }
      }
      return { indices: Uint32Array.from(idx), values: Float64Array.from(val) };
    }),
  };
}

/** Document weights W for fixed term weights (multiplicative updates on W only). */
export function nmfTransform(options: {
  vectors: SparseVector[];
  ht: Float64Array;
  k: number;
  seed: number;
  iterations?: number;
}): Float64Array {
  const { vectors, ht, k } = options;
  const n = vectors.length;
  const dim = ht.length / k;
  const random = seededRandom(options.seed);
  const w = new Float64Array(n * k);
  for (let i = 0; i < w.length; i++) w[i] = 0.1 + random() * 0.9;
  const xht = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let j = 0; j < v.indices.length; j++) {
      const x = v.values[j]!;
      const base = v.indices[j]! * k;
      for (let c = 0; c < k; c++) xht[i * k + c]! += x * ht[base + c]!;
    }
  }
  const hht = new Float64Array(k * k);
  gramOfRows({ m: ht, rows: dim, k, out: hht });
  const denom = new Float64Array(k);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    for (let i = 0; i < n; i++) {
      const row = i * k;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < k; d++) s += w[row + d]! * hht[d * k + c]!;
        denom[c] = s;
      }
      for (let c = 0; c < k; c++) w[row + c]! *= xht[row + c]! / (denom[c]! + EPS);
    }
  }
  return w;
}

/**
 * NMF for any input size: up to `sampleSize` documents, the best of `restarts` runs; above it,
 * term weights learnt on a seeded sample, then every document's weights fitted against them.
 */
export function nmfSampled(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  iterations?: number;
  restarts?: number;
  sampleSize?: number;
}): NmfResult {
  const { vectors, k, seed } = options;
  const sampleSize = options.sampleSize ?? 2000;
  if (vectors.length <= sampleSize) return nmfBest(options);
  const random = seededRandom(seed + 7919);
  const order = vectors.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const sample = order.slice(0, sampleSize).map((i) => vectors[i]!);
  // One run of at most 100 iterations on the sample: with thousands of answers the restarts
  // gain little and cost much.
  const fitted = nmf({
    ...options,
    vectors: sample,
    iterations: Math.min(options.iterations ?? 100, 100),
  });
  return {
    k,
    ht: fitted.ht,
    w: nmfTransform({ vectors, ht: fitted.ht, k, seed, iterations: 30 }),
    error: Number.NaN,
  };
}
