import type { Cluster } from "./kmeans.js";

export interface SilhouetteOptions {
  /** Point ids (base-cluster ids) and their positions, interleaved [x, y, …]. */
  ids: ArrayLike<number>;
  xy: Float64Array;
  clustering: readonly Cluster[];
}

/**
 * Mean silhouette over all points of a clustering (unweighted, Polis's choice): s = (b − a) /
 * max(a, b) with a the mean distance to the own cluster's other points, b the smallest mean
 * distance to another cluster; 0 for a point alone in its cluster.
 */
export function silhouette(options: SilhouetteOptions): number {
  const { ids, xy, clustering } = options;
  const index = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  const groups = clustering.map((c) =>
    c.members.map((m) => index.get(m)).filter((i): i is number => i !== undefined),
  );
  const dist = (i: number, j: number) => {
    const dx = xy[2 * i]! - xy[2 * j]!;
    const dy = xy[2 * i + 1]! - xy[2 * j + 1]!;
    return Math.sqrt(dx * dx + dy * dy);
  };
  let total = 0;
  let count = 0;
  for (let g = 0; g < groups.length; g++) {
    for (const i of groups[g]!) {
      count++;
      if (groups[g]!.length === 1) continue;
      let a = 0;
      for (const j of groups[g]!) if (j !== i) a += dist(i, j);
      a /= groups[g]!.length - 1;
      let b = Number.POSITIVE_INFINITY;
      for (let h = 0; h < groups.length; h++) {
        if (h === g || groups[h]!.length === 0) continue;
        let s = 0;
        for (const j of groups[h]!) s += dist(i, j);
        b = Math.min(b, s / groups[h]!.length);
      }
      if (b === Number.POSITIVE_INFINITY) continue;
      const m = Math.max(a, b);
      total += m === 0 ? 0 : (b - a) / m;
    }
  }
  return count === 0 ? 0 : total / count;
}
