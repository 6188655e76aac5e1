import { bisectingHierarchy } from "./bisect.js";
import { simplifiedSilhouette } from "./silhouette.js";
import type { SparseVector } from "./sparse.js";

export interface KSweepEntry {
  k: number;
  /** Simplified silhouette (cosine), higher is better. */
  score: number;
  /** Cluster sizes, largest first. */
  sizes: number[];
  assignments: Int32Array;
}

export interface KSweep {
  entries: KSweepEntry[];
  suggestedK: number;
}

/**
 * Partitions for every k in [kMin, kMax] from one bisecting k-means run, each scored by the
 * simplified silhouette; the suggested k is the smallest whose score is within 2 % of the best
 * (fewer themes are easier to read when the data do not favour more).
 */
export function sweepK(options: {
  vectors: SparseVector[];
  dim: number;
  kMin: number;
  kMax: number;
  seed: number;
}): KSweep {
  const { vectors, dim, kMin, kMax, seed } = options;
  // Fewer 2-means trials per split for large inputs keeps the sweep within its time budget.
  const partitions = bisectingHierarchy({
    vectors,
    dim,
    kMax,
    seed,
    trials: vectors.length > 2000 ? 3 : 10,
  });
  const entries: KSweepEntry[] = [];
  for (let k = kMin; k <= Math.min(kMax, partitions.length); k++) {
    const assignments = partitions[k - 1]!;
    const sizes = new Array<number>(k).fill(0);
    for (const a of assignments) if (a >= 0) sizes[a]!++;
    sizes.sort((a, b) => b - a);
    entries.push({
      k,
      score: simplifiedSilhouette({ vectors, dim, k, assignments }),
      sizes,
      assignments,
    });
  }
  const top = Math.max(...entries.map((e) => e.score));
  const suggested = entries.find((e) => e.score >= top - 0.02 * Math.abs(top));
  return { entries, suggestedK: suggested?.k ?? kMin };
}
