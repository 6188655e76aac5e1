import { boundedSearch, distance, type NearestCentres, scanAllCentres } from "./nearest.js";

export interface LloydInput {
  /** Interleaved positions [x0, y0, x1, y1, …]. */
  xy: Float64Array;
  /** Per-point weights in the means; default all 1. */
  weights?: Float64Array;
  /** Centre ids in increasing order, and the starting centres. */
  ids: Int32Array;
  cx: Float64Array;
  cy: Float64Array;
  /** Polis runs up to maxIterations + 1 assignment steps. */
  maxIterations: number;
  /** A likely centre index per point (−1: none), e.g. from the previous tick; only for speed. */
  guess?: Int32Array;
  /** "bounded" (default) skips centres that provably cannot be nearest; "scan" tries all. */
  assignment?: "bounded" | "scan";
}

export interface LloydResult {
  ids: Int32Array;
  cx: Float64Array;
  cy: Float64Array;
  /** Centre index of every point. */
  assign: Int32Array;
}

/**
 * Lloyd iterations as Polis runs them: nearest centre (ties to the larger id), weighted means
 * summed in point order, empty clusters dropped, up to maxIterations + 1 steps, stop when the
 * sorted centres moved < 0.01. Both assignments give identical results; "bounded" is faster.
 */
export function lloyd(input: LloydInput): LloydResult {
  const { xy, weights } = input;
  const n = xy.length / 2;
  let { ids, cx, cy } = input;
  let k = ids.length;
  const assign = input.guess ? Int32Array.from(input.guess) : new Int32Array(n).fill(-1);
  const nearest: NearestCentres =
    input.assignment === "scan" ? scanAllCentres(xy, n) : boundedSearch(xy, n);
  for (let iter = input.maxIterations; ; iter--) {
    nearest.assign(cx, cy, assign);
    const sx = new Float64Array(k);
    const sy = new Float64Array(k);
    const sw = new Float64Array(k);
    if (weights) {
      for (let i = 0; i < n; i++) {
        const a = assign[i]!;
        const w = weights[i]!;
        sx[a]! += w * xy[2 * i]!;
        sy[a]! += w * xy[2 * i + 1]!;
        sw[a]! += w;
      }
    } else {
      // 1·x is exactly x: the same sums as the weighted loop with unit weights.
      for (let i = 0; i < n; i++) {
        const a = assign[i]!;
        sx[a]! += xy[2 * i]!;
        sy[a]! += xy[2 * i + 1]!;
        sw[a]!++;
      }
    }
    const remap = new Int32Array(k).fill(-1);
    let kept = 0;
    for (let j = 0; j < k; j++) if (sw[j]! > 0) remap[j] = kept++;
    const nids = new Int32Array(kept);
    const nx = new Float64Array(kept);
    const ny = new Float64Array(kept);
    const move = new Float64Array(kept);
    for (let j = 0; j < k; j++) {
      const t = remap[j]!;
      if (t < 0) continue;
      nids[t] = ids[j]!;
      nx[t] = sx[j]! / sw[j]!;
      ny[t] = sy[j]! / sw[j]!;
      move[t] = distance(nx[t]!, ny[t]!, cx[j]!, cy[j]!);
    }
    for (let i = 0; i < n; i++) assign[i] = remap[assign[i]!]!;
    nearest.moved(remap, move, assign);
    const done = iter <= 0 || sameCenters(cx, cy, nx, ny);
    ids = nids;
    cx = nx;
    cy = ny;
    k = kept;
    if (done) break;
  }
  return { ids, cx, cy, assign };
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
