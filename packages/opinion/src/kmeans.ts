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
}

export function kmeans(options: KmeansOptions): Cluster[] {
  const n = options.ids.length;
  if (n === 0) return [];
  const index = pointIndex(options.ids);
  const clusters =
    options.previous && options.previous.length > 0
      ? cleanStart(options, index)
      : initClusters(options.xy, n, options.k);
  return lloyd(options, clusters);
}

/**
 * Lloyd iterations as Polis runs them (up to maxIterations + 1 steps, empty clusters dropped,
 * stop when the sorted centres moved < 0.01), accelerated with Hamerly's bounds: a point whose
 * distance to its centre is below the lower bound to every other centre keeps its centre
 * without a scan. Exact: only points that provably cannot change are skipped.
 */
function lloyd(options: KmeansOptions, initial: readonly Cluster[]): Cluster[] {
  const { xy, weights } = options;
  const n = options.ids.length;
  const sorted = initial.slice().sort((a, b) => a.id - b.id);
  let k = sorted.length;
  let ids = Int32Array.from(sorted, (c) => c.id);
  let cx = Float64Array.from(sorted, (c) => c.center[0]);
  let cy = Float64Array.from(sorted, (c) => c.center[1]);
  const assign = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  let fresh = true;
  for (let iter = options.maxIterations; ; iter--) {
    // Assignment step.
    let byX: Int32Array | null = null;
    let xs: Float64Array | null = null;
    if (k > 16) {
      const cxs = cx;
      byX = Int32Array.from({ length: k }, (_, j) => j).sort((a, b) => cxs[a]! - cxs[b]! || a - b);
      xs = Float64Array.from(byX, (j) => cxs[j]!);
    }
    for (let i = 0; i < n; i++) {
      const px = xy[2 * i]!;
      const py = xy[2 * i + 1]!;
      if (!fresh) {
        if (upper[i]! < lower[i]! * (1 - 1e-12)) continue;
        const a = assign[i]!;
        upper[i] = distance(px, py, cx[a]!, cy[a]!);
        if (upper[i]! < lower[i]! * (1 - 1e-12)) continue;
      }
      let best = 0;
      let bd = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      if (byX) {
        // Scan outwards along centres sorted by x; |dx| > second ends a direction.
        let lo = 0;
        let hi = k;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (xs![mid]! < px) lo = mid + 1;
          else hi = mid;
        }
        best = -1;
        let second2 = Number.POSITIVE_INFINITY;
        for (let dir = 0; dir < 2; dir++) {
          for (let t = dir === 0 ? lo : lo - 1; t >= 0 && t < k; t += dir === 0 ? 1 : -1) {
            if (Math.abs(xs![t]! - px) > second) break;
            const j = byX[t]!;
            const dx = px - cx[j]!;
            const dy = py - cy[j]!;
            const d2 = dx * dx + dy * dy;
            // Clearly farther (squared) than the second best: its distance cannot matter, and
            // the margin keeps the comparisons below exactly those on √ distances.
            if (d2 > second2 * (1 + 1e-12)) continue;
            const d = Math.sqrt(d2);
            if (d < bd || (d === bd && j > best)) {
              second = bd;
              bd = d;
              best = j;
            } else if (d < second) second = d;
            second2 = second * second;
          }
        }
      } else {
        let second2 = Number.POSITIVE_INFINITY;
        for (let j = 0; j < k; j++) {
          const dx = px - cx[j]!;
          const dy = py - cy[j]!;
          const d2 = dx * dx + dy * dy;
          // sqrt is monotone: a centre farther (squared) than the second best cannot matter.
          if (d2 > second2 * (1 + 1e-12)) continue;
          const d = Math.sqrt(d2);
          if (d <= bd) {
            second = bd;
            bd = d;
            best = j;
          } else if (d < second) second = d;
          second2 = second * second;
        }
      }
      assign[i] = best;
      upper[i] = bd;
      lower[i] = second;
    }
    fresh = false;
    // Update step: weighted means, empty clusters dropped.
    const sx = new Float64Array(k);
    const sy = new Float64Array(k);
    const sw = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const a = assign[i]!;
      const w = weights ? weights[i]! : 1;
      sx[a]! += w * xy[2 * i]!;
      sy[a]! += w * xy[2 * i + 1]!;
      sw[a]! += w;
    }
    const remap = new Int32Array(k).fill(-1);
    let kept = 0;
    for (let j = 0; j < k; j++) if (sw[j]! > 0) remap[j] = kept++;
    const nids = new Int32Array(kept);
    const nx = new Float64Array(kept);
    const ny = new Float64Array(kept);
    // The largest and second-largest centre moves: a point's nearest other centre moved at most
    // the largest move among the centres other than its own (Hamerly's tighter update).
    let maxMove = 0;
    let maxAt = -1;
    let secondMove = 0;
    const move = new Float64Array(kept);
    for (let j = 0; j < k; j++) {
      const t = remap[j]!;
      if (t < 0) continue;
      nids[t] = ids[j]!;
      nx[t] = sx[j]! / sw[j]!;
      ny[t] = sy[j]! / sw[j]!;
      move[t] = distance(nx[t]!, ny[t]!, cx[j]!, cy[j]!);
      if (move[t]! > maxMove) {
        secondMove = maxMove;
        maxMove = move[t]!;
        maxAt = t;
      } else if (move[t]! > secondMove) secondMove = move[t]!;
    }
    // Dropped clusters only remove candidates, so the bounds stay valid.
    for (let i = 0; i < n; i++) {
      const a = remap[assign[i]!]!;
      assign[i] = a;
      upper[i]! += move[a]!;
      lower[i]! -= a === maxAt ? secondMove : maxMove;
    }
    const done = iter <= 0 || sameCenters(cx, cy, nx, ny);
    ids = nids;
    cx = nx;
    cy = ny;
    k = kept;
    if (done) break;
  }
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[assign[i]!]!.push(options.ids[i]!);
  return Array.from({ length: k }, (_, j) => ({
    id: ids[j]!,
    members: members[j]!,
    center: [cx[j]!, cy[j]!] as [number, number],
  }));
}

/** Polis's same-clustering?: sort both centre lists, zip, every distance below 0.01. */
function sameCenters(
  ax: Float64Array,
  ay: Float64Array,
  bx: Float64Array,
  by: Float64Array,
): boolean {
  const order = (x: Float64Array, y: Float64Array) =>
    Array.from({ length: x.length }, (_, i) => i).sort((p, q) => x[p]! - x[q]! || y[p]! - y[q]!);
  const oa = order(ax, ay);
  const ob = order(bx, by);
  const m = Math.min(oa.length, ob.length);
  for (let i = 0; i < m; i++) {
    const p = oa[i]!;
    const q = ob[i]!;
    if (!(distance(ax[p]!, ay[p]!, bx[q]!, by[q]!) < 0.01)) return false;
  }
  return true;
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
  for (const c of options.previous!) {
    const pts = presentPoints(c.members, index);
    if (pts.length > 0)
      clusters.push({ id: c.id, members: c.members.slice(), center: meanOf(options, pts) });
  }
  if (clusters.length === 0) {
    const all = Array.from({ length: n }, (_, i) => i);
    const maxId = Math.max(-1, ...options.previous!.map((c) => c.id));
    return [{ id: maxId + 1, members: Array.from(options.ids), center: meanOf(options, all) }];
  }
  clusters = uniqify(clusters);
  const possible = Math.min(options.k, countDistinct(options.xy, n, options.k));
  // Recentre every cluster on its members once (Polis recentres each round, but only the
  // clusters a split touches change, so later rounds recentre just those).
  let work = clusters
    .map((c) => ({ id: c.id, members: c.members, pts: presentPoints(c.members, index) }))
    .filter((c) => c.pts.length > 0)
    .map((c) => ({ ...c, center: meanOf(options, c.pts) }));
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

function distance(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
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
