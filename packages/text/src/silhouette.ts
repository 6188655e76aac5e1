import type { SparseVector } from "./sparse.js";

/**
 * Simplified (centroid) silhouette of a partition under cosine distance, with leave-one-out
 * centres: mean over documents of (b − a) / max(a, b), where a is the distance to the centre
 * of the rest of its own cluster and b to the nearest other centre. Leaving the document out
 * removes the bias of small clusters towards their own members, which otherwise makes the
 * score grow with k on short texts.
 */
export function simplifiedSilhouette(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  assignments: Int32Array;
}): number {
  const { vectors, dim, k, assignments } = options;
  if (k < 2) return 0;
  const sums = new Float64Array(k * dim);
  vectors.forEach((v, i) => {
    const c = assignments[i]!;
    if (c < 0) return;
    for (let j = 0; j < v.indices.length; j++) sums[c * dim + v.indices[j]!]! += v.values[j]!;
  });
  const sq = new Float64Array(k);
  for (let c = 0; c < k; c++) for (let t = 0; t < dim; t++) sq[c]! += sums[c * dim + t]! ** 2;
  let total = 0;
  let count = 0;
  const dots = new Float64Array(k);
  for (let i = 0; i < vectors.length; i++) {
    const own = assignments[i]!;
    const v = vectors[i]!;
    if (own < 0 || v.indices.length === 0) continue;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < v.indices.length; j++) s += v.values[j]! * sums[c * dim + v.indices[j]!]!;
      dots[c] = s;
    }
    const restNorm = Math.sqrt(Math.max(0, sq[own]! - 2 * dots[own]! + 1));
    const a = 1 - (restNorm > 1e-12 ? (dots[own]! - 1) / restNorm : 0);
    let b = 2;
    for (let c = 0; c < k; c++) {
      if (c === own || sq[c]! === 0) continue;
      b = Math.min(b, 1 - dots[c]! / Math.sqrt(sq[c]!));
    }
    const m = Math.max(a, b);
    total += m > 0 ? (b - a) / m : 0;
    count++;
  }
  return count > 0 ? total / count : 0;
}
