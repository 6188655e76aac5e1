/**
 * Nearest-centre assignment for Lloyd's k-means in 2-D, exact: every point gets the centre at
 * the smallest distance √(dx² + dy²) as computed in floating point, ties to the larger centre
 * index — the result of scanning every centre — but most points look at few centres.
 *
 * Hamerly's bounds (2010): each point keeps an upper bound on the distance to its centre and a
 * lower bound on the distance to every other centre; after a step the upper bound grows by its
 * centre's move and the lower bound shrinks by the largest move of another centre. A point whose
 * upper bound is below the lower bound, or below half the distance from its centre to the
 * nearest other centre, keeps its centre unseen. Otherwise the other centres are tried in order
 * of their distance D from the point's centre a, and the scan stops at the first with
 * D − d(point, a) beyond the best distance so far (triangle inequality: no later centre can be
 * as near). Bounds carry rounding error, so they prune only with a margin (`slack`) far above
 * it: a near-tie is always computed.
 */

export interface NearestCentres {
  /**
   * Sets `assign[i]` to the nearest centre of point i (ties: the larger index). On the first
   * call `assign` may hold a guess per point (−1: none); only the speed depends on it.
   */
  assign(cx: Float64Array, cy: Float64Array, assign: Int32Array): void;
  /**
   * After an update step: old centre j is now centre `remap[j]` (−1: dropped) and moved by
   * `move[remap[j]]`; `assign` already holds the new indices (−1 for a dropped centre).
   */
  moved(remap: Int32Array, move: Float64Array, assign: Int32Array): void;
}

/** The reference: every point against every centre. */
export function scanAllCentres(xy: Float64Array, n: number): NearestCentres {
  return {
    assign(cx, cy, assign) {
      for (let i = 0; i < n; i++) {
        const px = xy[2 * i]!;
        const py = xy[2 * i + 1]!;
        let best = -1;
        let bd = Number.POSITIVE_INFINITY;
        for (let j = 0; j < cx.length; j++) {
          const d = distance(px, py, cx[j]!, cy[j]!);
          if (d < bd || (d === bd && j > best)) {
            best = j;
            bd = d;
          }
        }
        assign[i] = best;
      }
    },
    moved() {},
  };
}

/** Relative margin of the bound tests (rounding in the bounds is below 1e-13 of the scale). */
const SLACK = 1e-9;

/** The bounds of `boundedSearch` between steps. */
interface BoundState {
  xy: Float64Array;
  n: number;
  /** Margin of the bound tests: 1e-9 of the largest coordinate seen. */
  slack: number;
  upper: Float64Array;
  lower: Float64Array;
  fresh: boolean;
  /** The previous step's neighbour orders (a good start for this step's sort). */
  lastOrder: Int32Array | null;
}

/**
 * Hamerly's bounds with centre-distance ordered scans, for points `xy` (n of them). The work is
 * done by module-level functions, so V8 keeps their optimised code from one k-means to the next.
 */
export function boundedSearch(xy: Float64Array, n: number): NearestCentres {
  let scale = 0;
  for (let i = 0; i < 2 * n; i++) scale = Math.max(scale, Math.abs(xy[i]!));
  const state: BoundState = {
    xy,
    n,
    slack: SLACK * scale,
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    fresh: true,
    lastOrder: null,
  };
  return {
    assign: (cx, cy, assign) => assignBounded(state, cx, cy, assign),
    moved: (remap, move, assign) => movedBounded(state, remap, move, assign),
  };
}

function assignBounded(
  state: BoundState,
  cx: Float64Array,
  cy: Float64Array,
  assign: Int32Array,
): void {
  const { xy, n, upper, lower, fresh } = state;
  const k = cx.length;
  // Means stay inside the points' hull, but starting centres may come from elsewhere.
  for (let j = 0; j < k; j++) {
    state.slack = Math.max(state.slack, SLACK * Math.max(Math.abs(cx[j]!), Math.abs(cy[j]!)));
  }
  const slack = state.slack;
  const near = centreNeighbours(cx, cy, state.lastOrder);
  state.lastOrder = near.order;
  const { order, dist } = near;
  for (let i = 0; i < n; i++) {
    const px = xy[2 * i]!;
    const py = xy[2 * i + 1]!;
    const guess = assign[i]!;
    const a = !fresh ? guess : guess >= 0 && guess < k ? guess : nearestByX(near, cx, cy, px, py);
    let bd = fresh ? distance(px, py, cx[a]!, cy[a]!) : upper[i]!;
    if (!fresh) {
      if (a < 0) bd = Number.POSITIVE_INFINITY;
      else {
        const bound = Math.max(lower[i]!, near.half[a]!);
        if (bd + slack < bound) continue;
        bd = distance(px, py, cx[a]!, cy[a]!);
        if (bd + slack < bound) {
          upper[i] = bd;
          continue;
        }
      }
    }
    if (a < 0) {
      // The point's centre was dropped: try every centre.
      let best = -1;
      let second = Number.POSITIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        const d = distance(px, py, cx[j]!, cy[j]!);
        if (d < bd || (d === bd && j > best)) {
          second = bd;
          best = j;
          bd = d;
        } else if (d < second) second = d;
      }
      assign[i] = best;
      upper[i] = bd;
      lower[i] = second;
      continue;
    }
    const u = bd;
    let best = a;
    let second = Number.POSITIVE_INFINITY;
    let stop = Number.POSITIVE_INFINITY;
    const row = a * k;
    for (let t = 1; t < k; t++) {
      const j = order[row + t]!;
      const D = dist[row + t]!;
      if (D - u - slack > bd) {
        stop = D - u;
        break;
      }
      const d = distance(px, py, cx[j]!, cy[j]!);
      if (d < bd || (d === bd && j > best)) {
        second = bd;
        best = j;
        bd = d;
      } else if (d < second) second = d;
    }
    assign[i] = best;
    upper[i] = bd;
    lower[i] = Math.min(second, stop);
  }
  state.fresh = false;
}

function movedBounded(
  state: BoundState,
  remap: Int32Array,
  move: Float64Array,
  assign: Int32Array,
): void {
  const { n, upper, lower } = state;
  if (state.lastOrder && move.length < remap.length) {
    state.lastOrder = remapOrder(state.lastOrder, remap, move.length);
  }
  // The largest and second-largest moves: a point's nearest other centre moved at most the
  // largest move among the centres other than its own.
  let maxAt = -1;
  let secondMove = 0;
  let maxMove = 0;
  for (let j = 0; j < move.length; j++) {
    if (move[j]! > maxMove) {
      secondMove = maxMove;
      maxMove = move[j]!;
      maxAt = j;
    } else if (move[j]! > secondMove) secondMove = move[j]!;
  }
  for (let i = 0; i < n; i++) {
    const a = assign[i]!;
    if (a < 0) continue;
    upper[i]! += move[a]!;
    lower[i]! -= a === maxAt ? secondMove : maxMove;
  }
}

/**
 * For every centre a, the other centres by distance from a: order[a·k + t] is the t-th nearest
 * (t = 0 is a itself) at dist[a·k + t]; half[a] is half the distance to the nearest other
 * centre. byX lists the centres by x (for a point's first search).
 */
interface CentreNeighbours {
  order: Int32Array;
  dist: Float64Array;
  half: Float64Array;
  byX: Int32Array;
  xs: Float64Array;
}

function centreNeighbours(
  cx: Float64Array,
  cy: Float64Array,
  previous: Int32Array | null,
): CentreNeighbours {
  const k = cx.length;
  const order = new Int32Array(k * k);
  const dist = new Float64Array(k * k);
  const half = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    const row = a * k;
    // Start from the previous step's order (centres move little), then insertion-sort: linear
    // when the order barely changed.
    for (let t = 0; t < k; t++) {
      const j = previous ? previous[row + t]! : t;
      order[row + t] = j;
      dist[row + t] = j === a ? -1 : distance(cx[a]!, cy[a]!, cx[j]!, cy[j]!);
    }
    for (let t = row + 1; t < row + k; t++) {
      const j = order[t]!;
      const d = dist[t]!;
      let u = t - 1;
      while (u >= row && dist[u]! > d) {
        order[u + 1] = order[u]!;
        dist[u + 1] = dist[u]!;
        u--;
      }
      order[u + 1] = j;
      dist[u + 1] = d;
    }
    dist[row] = 0;
    half[a] = k > 1 ? dist[row + 1]! / 2 : Number.POSITIVE_INFINITY;
  }
  const byX = Int32Array.from({ length: k }, (_, j) => j).sort((p, q) => cx[p]! - cx[q]! || p - q);
  return { order, dist, half, byX, xs: Float64Array.from(byX, (j) => cx[j]!) };
}

/** The previous neighbour orders renumbered after dropped centres (rows of kept centres). */
function remapOrder(order: Int32Array, remap: Int32Array, k: number): Int32Array {
  const oldK = remap.length;
  const out = new Int32Array(k * k);
  let o = 0;
  for (let a = 0; a < oldK; a++) {
    if (remap[a]! < 0) continue;
    for (let t = 0; t < oldK; t++) {
      const j = remap[order[a * oldK + t]!]!;
      if (j >= 0) out[o++] = j;
    }
  }
  return out;
}

/** A centre near the point (not necessarily the nearest): the nearest in x. */
function nearestByX(
  near: CentreNeighbours,
  cx: Float64Array,
  cy: Float64Array,
  px: number,
  py: number,
): number {
  const { byX, xs } = near;
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < px) lo = mid + 1;
    else hi = mid;
  }
  // Of the two centres around px, the nearer one.
  const a = byX[Math.min(lo, xs.length - 1)]!;
  if (lo === 0) return a;
  const b = byX[lo - 1]!;
  return distance(px, py, cx[b]!, cy[b]!) < distance(px, py, cx[a]!, cy[a]!) ? b : a;
}

export function distance(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
}
