import { type KMeansResult, sphericalKMeans } from "./kmeans.js";
import type { SparseVector } from "./sparse.js";

/** Σ(1 − cos(x, centre)) of unit vectors: size − ‖Σ x‖. */
function cohesionDeficit(options: { vectors: SparseVector[]; ids: number[]; dim: number }): number {
  const { vectors, ids, dim } = options;
  if (ids.length < 2) return 0;
  const sum = new Float64Array(dim);
  for (const i of ids) {
    const v = vectors[i]!;
    for (let j = 0; j < v.indices.length; j++) sum[v.indices[j]!]! += v.values[j]!;
  }
  let norm = 0;
  for (const x of sum) norm += x * x;
  return ids.length - Math.sqrt(norm);
}

/**
 * Bisecting spherical k-means: starting from one cluster, repeatedly splits the cluster with
 * the largest cohesion deficit by 2-means (k-means++ seeded, best of `trials`). Returns the
 * partition after every split: `partitions[k - 1]` has k clusters (fewer if nothing could be
 * split). Empty documents stay −1.
 */
export function bisectingHierarchy(options: {
  vectors: SparseVector[];
  dim: number;
  kMax: number;
  seed: number;
  trials?: number;
}): Int32Array[] {
  const { vectors, dim, kMax } = options;
  const n = vectors.length;
  const assignments = new Int32Array(n).fill(-1);
  const groups: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    if (vectors[i]!.indices.length > 0) {
      assignments[i] = 0;
      groups[0]!.push(i);
    }
  }
  const deficits = [cohesionDeficit({ vectors, ids: groups[0]!, dim })];
  const partitions = [Int32Array.from(assignments)];
  let seed = options.seed;
  while (groups.length < kMax) {
    let target = -1;
    for (let c = 0; c < groups.length; c++) {
      if (groups[c]!.length >= 2 && (target < 0 || deficits[c]! > deficits[target]!)) target = c;
    }
    if (target < 0) break;
    const ids = groups[target]!;
    const split = sphericalKMeans({
      vectors: ids.map((i) => vectors[i]!),
      dim,
      k: 2,
      seed: seed++,
      restarts: options.trials ?? 10,
    });
    const stay = ids.filter((_, j) => split.assignments[j] !== 1);
    const move = ids.filter((_, j) => split.assignments[j] === 1);
    if (move.length === 0 || stay.length === 0) {
      deficits[target] = -1;
      continue;
    }
    const next = groups.length;
    for (const i of move) assignments[i] = next;
    groups[target] = stay;
    groups.push(move);
    deficits[target] = cohesionDeficit({ vectors, ids: stay, dim });
    deficits.push(cohesionDeficit({ vectors, ids: move, dim }));
    partitions.push(Int32Array.from(assignments));
  }
  return partitions;
}

/** Bisecting k-means to k clusters, then `refine` rounds of flat spherical k-means. */
export function bisectingKMeans(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  trials?: number;
  refine?: number;
}): KMeansResult {
  const partitions = bisectingHierarchy({ ...options, kMax: options.k });
  const last = partitions[partitions.length - 1]!;
  return sphericalKMeans({
    vectors: options.vectors,
    dim: options.dim,
    k: partitions.length,
    seed: options.seed,
    maxIterations: options.refine ?? 0,
    initialAssignments: last,
  });
}
