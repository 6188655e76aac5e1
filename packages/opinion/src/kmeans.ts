import { lloyd } from "./lloyd.js";
import { distance } from "./nearest.js";

/**
 * Polis-style k-means on 2-D points (clusters.clj): first-k-distinct cold start, warm start from
 * the previous clustering (recentre, merge identical centres, split off the most distal point),
 * nearest-centre assignment with ties to the last cluster in id order, empty clusters dropped,
 * and a stop when every sorted centre moved less than 0.01.
 */
export interface Cluster {
  id: number;
  /** Point ids (data names), in data order. */
  members: number[];
  center: [number, number];
}

export interface KmeansOptions {
  /** Name of each point (row index for base clusters, base-cluster id for groups). */
  ids: ArrayLike<number>;
  /** Interleaved positions [x0, y0, x1, y1, …]. */
  xy: Float64Array;
  /** Per-point weights used in the means (Polis's group clustering); default all 1. */
  weights?: Float64Array;
  k: number;
  /** Polis runs up to maxIterations + 1 assignment steps. */
  maxIterations: number;
  previous?: readonly Cluster[];
  /** Nearest-centre search (see `lloyd`); both give the same clusters. */
  assignment?: "bounded" | "scan";
}

export function kmeans(options: KmeansOptions): Cluster[] {
  const n = options.ids.length;
  if (n === 0) return [];
  const index = pointIndex(options.ids);
  const clusters =
    options.previous && options.previous.length > 0
      ? cleanStart(options, index)
      : initClusters(options.xy, n, options.k);
  return runLloyd(options, clusters, index);
}

/** Runs Polis's Lloyd steps from the given clusters (see `lloyd`), in cluster id order. */
function runLloyd(
  options: KmeansOptions,
  initial: readonly Cluster[],
  index: PointIndex,
): Cluster[] {
  const sorted = initial.slice().sort((a, b) => a.id - b.id);
  // A warm start's members are the previous assignment: the first search starts there.
  const guess = new Int32Array(options.ids.length).fill(-1);
  sorted.forEach((c, j) => {
    for (const m of c.members) {
      const i = index(m);
      if (i >= 0) guess[i] = j;
    }
  });
  const { ids, cx, cy, assign } = lloyd({
    xy: options.xy,
    weights: options.weights,
    ids: Int32Array.from(sorted, (c) => c.id),
    cx: Float64Array.from(sorted, (c) => c.center[0]),
    cy: Float64Array.from(sorted, (c) => c.center[1]),
    maxIterations: options.maxIterations,
    guess,
    assignment: options.assignment,
  });
  const members: number[][] = Array.from({ length: ids.length }, () => []);
  for (let i = 0; i < assign.length; i++) members[assign[i]!]!.push(options.ids[i]!);
  return Array.from(ids, (id, j) => ({
    id,
    members: members[j]!,
    center: [cx[j]!, cy[j]!] as [number, number],
  }));
}

function key(xy: Float64Array, i: number): string {
  return `${xy[2 * i]! + 0},${xy[2 * i + 1]! + 0}`;
}

function initClusters(xy: Float64Array, n: number, k: number): Cluster[] {
  const seen = new Set<string>();
  const out: Cluster[] = [];
  for (let i = 0; i < n && out.length < k; i++) {
    const kk = key(xy, i);
    if (seen.has(kk)) continue;
    seen.add(kk);
    out.push({ id: out.length, members: [], center: [xy[2 * i]!, xy[2 * i + 1]!] });
  }
  return out;
}

function countDistinct(xy: Float64Array, n: number, limit: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < n && seen.size < limit; i++) seen.add(key(xy, i));
  return seen.size;
}

function meanOf(options: KmeansOptions, points: readonly number[]): [number, number] {
  const { xy, weights } = options;
  let sx = 0;
  let sy = 0;
  let sw = 0;
  for (const i of points) {
    const w = weights ? weights[i]! : 1;
    sx += w * xy[2 * i]!;
    sy += w * xy[2 * i + 1]!;
    sw += w;
  }
  return [sx / sw, sy / sw];
}

/** Point name → point index (−1 when absent); for duplicate names the last point wins. */
type PointIndex = (name: number) => number;

/**
 * Index of the point names. Names that are small non-negative integers (row indices, cluster ids)
 * use a typed array: a warm start looks up every previous member, 100,000s of them per tick.
 */
function pointIndex(ids: ArrayLike<number>): PointIndex {
  const n = ids.length;
  let max = -1;
  let dense = true;
  for (let i = 0; i < n && dense; i++) {
    const id = ids[i]!;
    if (!(Number.isInteger(id) && id >= 0)) dense = false;
    else if (id > max) max = id;
  }
  if (dense && max < 4 * n + 1024) {
    const table = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < n; i++) table[ids[i]!] = i;
    return (name) => (Number.isInteger(name) && name >= 0 && name <= max ? table[name]! : -1);
  }
  const map = new Map<number, number>();
  for (let i = 0; i < n; i++) map.set(ids[i]!, i);
  return (name) => map.get(name) ?? -1;
}

function presentPoints(members: readonly number[], index: PointIndex): number[] {
  const out: number[] = [];
  for (const m of members) {
    const i = index(m);
    if (i >= 0) out.push(i);
  }
  return out;
}

function cleanStart(options: KmeansOptions, index: PointIndex): Cluster[] {
  const n = options.ids.length;
  let clusters: Cluster[] = [];
  // The present points of each recentred cluster, kept for the clusters uniqify leaves alone.
  const present = new Map<Cluster, number[]>();
  for (const c of options.previous!) {
    const pts = presentPoints(c.members, index);
    if (pts.length === 0) continue;
    const cluster = { id: c.id, members: c.members, center: meanOf(options, pts) };
    clusters.push(cluster);
    present.set(cluster, pts);
  }
  if (clusters.length === 0) {
    const all = Array.from({ length: n }, (_, i) => i);
    const maxId = Math.max(-1, ...options.previous!.map((c) => c.id));
    return [{ id: maxId + 1, members: Array.from(options.ids), center: meanOf(options, all) }];
  }
  clusters = uniqify(clusters);
  const possible = Math.min(options.k, countDistinct(options.xy, n, options.k));
  // Recentre every cluster on its members once (Polis recentres each round, but only the
  // clusters a split touches change, so later rounds recentre just those). A cluster uniqify
  // left alone is already centred on exactly these points.
  let work = clusters
    .map((c) => {
      const kept = present.get(c);
      const pts = kept ?? presentPoints(c.members, index);
      return { id: c.id, members: c.members, pts, center: kept ? c.center : meanOf(options, pts) };
    })
    .filter((c) => c.pts.length > 0);
  while (possible > work.length) {
    const outlier = mostDistal(options.xy, n, work);
    if (!(outlier.dist > 0)) break;
    const name = options.ids[outlier.point]!;
    const nextId = Math.max(...work.map((c) => c.id)) + 1;
    work = work
      .map((c) => {
        if (!c.pts.includes(outlier.point)) return c;
        const pts = c.pts.filter((i) => i !== outlier.point);
        const members = c.members.filter((m) => m !== name);
        return { id: c.id, members, pts, center: pts.length > 0 ? meanOf(options, pts) : c.center };
      })
      .filter((c) => c.pts.length > 0);
    work.push({
      id: nextId,
      members: [name],
      pts: [outlier.point],
      center: meanOf(options, [outlier.point]),
    });
  }
  return work.map((c) => ({ id: c.id, members: c.members, center: c.center }));
}

function uniqify(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    const j = out.findIndex((o) => o.center[0] === c.center[0] && o.center[1] === c.center[1]);
    if (j < 0) {
      out.push(c);
      continue;
    }
    const o = out[j]!;
    const na = o.members.length;
    const nb = c.members.length;
    out[j] = {
      id: nb >= na ? c.id : o.id,
      members: o.members.concat(c.members),
      center: [
        (na * o.center[0] + nb * c.center[0]) / (na + nb),
        (na * o.center[1] + nb * c.center[1]) / (na + nb),
      ],
    };
  }
  return out;
}

/** The point farthest from its nearest centre (ties: the later point), by an x-sorted scan. */
function mostDistal(xy: Float64Array, n: number, clusters: readonly Cluster[]) {
  const k = clusters.length;
  const order = Array.from({ length: k }, (_, j) => j).sort(
    (p, q) => clusters[p]!.center[0] - clusters[q]!.center[0],
  );
  const sx = Float64Array.from(order, (j) => clusters[j]!.center[0]);
  const sy = Float64Array.from(order, (j) => clusters[j]!.center[1]);
  let best = { dist: Number.NEGATIVE_INFINITY, point: -1 };
  for (let i = 0; i < n; i++) {
    const px = xy[2 * i]!;
    const py = xy[2 * i + 1]!;
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sx[mid]! < px) lo = mid + 1;
      else hi = mid;
    }
    let min = Number.POSITIVE_INFINITY;
    for (let t = lo; t < k && Math.abs(sx[t]! - px) <= min; t++)
      min = Math.min(min, distance(px, py, sx[t]!, sy[t]!));
    for (let t = lo - 1; t >= 0 && Math.abs(sx[t]! - px) <= min; t--)
      min = Math.min(min, distance(px, py, sx[t]!, sy[t]!));
    if (min >= best.dist) best = { dist: min, point: i };
  }
  return best;
}
