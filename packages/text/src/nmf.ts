import { seededRandom } from "./random.js";
import type { SparseVector } from "./sparse.js";

export interface NmfResult {
  k: number;
  /** Document weights, row-major n × k. */
  w: Float64Array;
  /** Term weights, term-major dim × k (Hᵀ, so that a term's k weights are contiguous). */
  ht: Float64Array;
  /** Squared Frobenius reconstruction error ‖X − WH‖² (NaN when not computed). */
  error: number;
}

const EPS = 1e-10;

/**
 * Non-negative matrix factorisation X ≈ W·H of the TF-IDF matrix (Frobenius loss,
 * Lee–Seung multiplicative updates), seeded.
 */
export function nmf(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  iterations?: number;
}): NmfResult {
  const { vectors, dim, k } = options;
  const n = vectors.length;
  const random = seededRandom(options.seed);
  const w = new Float64Array(n * k);
  const ht = new Float64Array(dim * k);
  for (let i = 0; i < w.length; i++) w[i] = 0.1 + random() * 0.9;
  for (let i = 0; i < ht.length; i++) ht[i] = random();
  const xht = new Float64Array(n * k);
  const wtx = new Float64Array(dim * k);
  const hht = new Float64Array(k * k);
  const wtw = new Float64Array(k * k);
  for (let it = 0; it < (options.iterations ?? 100); it++) {
    // W ← W ∘ (X Hᵀ) / (W H Hᵀ)
    xht.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vectors[i]!;
      const row = i * k;
      for (let j = 0; j < v.indices.length; j++) {
        const x = v.values[j]!;
        const base = v.indices[j]! * k;
        for (let c = 0; c < k; c++) xht[row + c]! += x * ht[base + c]!;
      }
    }
    gramOfRows({ m: ht, rows: dim, k, out: hht });
    for (let i = 0; i < n; i++) {
      const row = i * k;
      for (let c = 0; c < k; c++) {
        let denom = 0;
        for (let d = 0; d < k; d++) denom += w[row + d]! * hht[d * k + c]!;
        w[row + c]! *= xht[row + c]! / (denom + EPS);
      }
    }
    // H ← H ∘ (Wᵀ X) / (Wᵀ W H)
    wtx.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vectors[i]!;
      const row = i * k;
      for (let j = 0; j < v.indices.length; j++) {
        const x = v.values[j]!;
        const base = v.indices[j]! * k;
        for (let c = 0; c < k; c++) wtx[base + c]! += w[row + c]! * x;
      }
    }
    gramOfRows({ m: w, rows: n, k, out: wtw });
    for (let t = 0; t < dim; t++) {
      const base = t * k;
      for (let c = 0; c < k; c++) {
        let denom = 0;
        for (let d = 0; d < k; d++) denom += ht[base + d]! * wtw[d * k + c]!;
        ht[base + c]! *= wtx[base + c]! / (denom + EPS);
      }
    }
  }
  return { k, w, ht, error: reconstructionError({ vectors, w, ht, k }) };
}

/** ‖X − WH‖² = ‖X‖² − 2·tr(Wᵀ X Hᵀ) + tr(WᵀW · HHᵀ), without forming WH. */
export function reconstructionError(options: {
  vectors: SparseVector[];
  w: Float64Array;
  ht: Float64Array;
  k: number;
}): number {
  const { vectors, w, ht, k } = options;
  let xx = 0;
  let cross = 0;
  vectors.forEach((v, i) => {
    for (let j = 0; j < v.indices.length; j++) {
      const x = v.values[j]!;
      xx += x * x;
      const base = v.indices[j]! * k;
      for (let c = 0; c < k; c++) cross += x * w[i * k + c]! * ht[base + c]!;
    }
  });
  const wtw = new Float64Array(k * k);
  const hht = new Float64Array(k * k);
  gramOfRows({ m: w, rows: vectors.length, k, out: wtw });
  gramOfRows({ m: ht, rows: ht.length / k, k, out: hht });
  let quad = 0;
  for (let i = 0; i < k * k; i++) quad += wtw[i]! * hht[i]!;
  return xx - 2 * cross + quad;
}

/** The best of `restarts` seeded NMF runs (lowest reconstruction error). */
export function nmfBest(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  iterations?: number;
  restarts?: number;
}): NmfResult {
  let best: NmfResult | undefined;
  for (let r = 0; r < (options.restarts ?? 3); r++) {
    const result = nmf({ ...options, seed: options.seed * 1009 + r });
    if (!best || result.error < best.error) best = result;
  }
  return best!;
}

/** Mᵀ M for a row-major rows × k matrix M. */
export function gramOfRows(options: {
  m: Float64Array;
  rows: number;
  k: number;
  out: Float64Array;
}): void {
  const { m, rows, k, out } = options;
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const base = r * k;
    for (let a = 0; a < k; a++) {
      const x = m[base + a]!;
      if (x === 0) continue;
      for (let b = a; b < k; b++) out[a * k + b]! += x * m[base + b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a]!;
}
