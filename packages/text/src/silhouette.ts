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
  // Term-major sums (dim × k): one short run of memory per term; every sum runs over the same
  // terms in the same order as with k rows, so the score is bit-for-bit the same.
  const sums = new Float64Array(k * dim);
  vectors.forEach((v, i) => {
    const c = assignments[i]!;
    if (c < 0) return;
    for (let j = 0; j < v.indices.length; j++) sums[v.indices[j]! * k + c]! += v.values[j]!;
  });
  const sq = new Float64Array(k);
  for (let t = 0; t < dim; t++) for (let c = 0; c < k; c++) sq[c]! += sums[t * k + c]! ** 2;
  let total = 0;
  let count = 0;
  const dots = new Float64Array(k);
  for (let i = 0; i < vectors.length; i++) {
    const own = assignments[i]!;
    const { indices, values } = vectors[i]!;
    if (own < 0 || indices.length === 0) continue;
    dots.fill(0);
    for (let j = 0; j < indices.length; j++) {
      const x = values[j]!;
      const base = indices[j]! * k;
      for (let c = 0; c < k; c++) dots[c]! += x * sums[base + c]!;
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
