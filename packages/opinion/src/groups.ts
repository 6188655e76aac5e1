import { type Cluster, kmeans } from "./kmeans.js";
import { silhouette } from "./silhouette.js";

export interface KSmoother {
  lastK: number | null;
  lastKCount: number;
  smoothedK: number | null;
}

export interface GroupClusteringOptions {
  /** Base clusters in id order. */
  base: readonly Cluster[];
  /** Previous tick's clusterings by k (warm start). */
  previous?: Readonly<Record<number, readonly Cluster[]>>;
  smoother?: KSmoother;
  /** Polis: 5. */
  maxK: number;
  /** Polis's effective cap is 20 (Q3); the intended value is 100. */
  maxIterations: number;
  /** Ticks a new best k must persist before it is adopted (Polis: 4). */
  kBuffer: number;
}

export interface GroupClusteringResult {
  clusterings: Record<number, Cluster[]>;
  silhouettes: Record<number, number>;
  smoother: KSmoother;
  /** The chosen clustering (of base-cluster ids). */
  groups: Cluster[];
}

/** Weighted k-means of base centres for k = 2…min(maxK, 2 + ⌊#base/12⌋), k by silhouette. */
export function clusterGroups(options: GroupClusteringOptions): GroupClusteringResult {
  const { base } = options;
  const ids = base.map((c) => c.id);
  const xy = new Float64Array(base.length * 2);
  const weights = new Float64Array(base.length);
  base.forEach((c, i) => {
    xy[2 * i] = c.center[0];
    xy[2 * i + 1] = c.center[1];
    weights[i] = c.members.length;
  });
  const clusterings: Record<number, Cluster[]> = {};
  const silhouettes: Record<number, number> = {};
  if (base.length === 0) {
    return {
      clusterings,
      silhouettes,
      smoother: { lastK: null, lastKCount: 0, smoothedK: null },
      groups: [],
    };
  }
  const maxK = Math.min(options.maxK, 2 + Math.floor(base.length / 12));
  let thisK = 2;
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 2; k <= maxK; k++) {
    const clustering = kmeans({
      ids,
      xy,
      weights,
      k,
      maxIterations: options.maxIterations,
      previous: options.previous?.[k],
    });
    clusterings[k] = clustering;
    silhouettes[k] = silhouette({ ids, xy, clustering });
    if (silhouettes[k]! >= best) {
      best = silhouettes[k]!;
      thisK = k;
    }
  }
  const previous = options.smoother ?? { lastK: null, lastKCount: 0, smoothedK: null };
  const same = previous.lastK !== null && previous.lastK === thisK;
  const count = same ? previous.lastKCount + 1 : 1;
  let smoothedK = count >= options.kBuffer ? thisK : (previous.smoothedK ?? thisK);
  // Polis crashed when the smoothed k fell outside the computed range (#2536); fall back.
  if (clusterings[smoothedK] === undefined) smoothedK = thisK;
  return {
    clusterings,
    silhouettes,
    smoother: { lastK: thisK, lastKCount: count, smoothedK },
    groups: clusterings[smoothedK]!,
  };
}
