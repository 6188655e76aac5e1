import type { VoteMatrix } from "./matrix.js";
import type { Pca } from "./pca.js";

export interface ProjectParticipantsOptions {
  matrix: VoteMatrix;
  pca: Pca;
  modOutCols: Uint8Array;
}

/**
 * Participant projections with Polis's sparsity scaling: √(N / max(|Vᵢ|, 1)) · Σ (x − c)·pc, where
 * |Vᵢ| counts every moderated-out column (zeroed, hence non-null, in Polis's rating matrix).
 * Returns interleaved [x0, y0, x1, y1, …] in row order.
 */
export function projectParticipants(options: ProjectParticipantsOptions): Float64Array {
  const { matrix, pca, modOutCols } = options;
  const nRows = matrix.rowIds.length;
  const nCols = matrix.colIds.length;
  let nModOut = 0;
  for (let c = 0; c < nCols; c++) nModOut += modOutCols[c]!;
  const [pc1, pc2] = pca.comps;
  const { center } = pca;
  // Per column and vote value v ∈ {−1, 0, 1}: (v − centre)·pc1 and (v − centre)·pc2 (the
  // same expressions as per vote, so the same bits), at term[6c + 2(v + 1)] and + 1.
  const term = new Float64Array(6 * nCols);
  for (let c = 0; c < nCols; c++) {
    for (let value = -1; value <= 1; value++) {
      const d = value - center[c]!;
      term[6 * c + 2 * (value + 1)] = d * pc1[c]!;
      term[6 * c + 2 * (value + 1) + 1] = d * pc2[c]!;
    }
  }
  const out = new Float64Array(nRows * 2);
  const { rowPtr, colIdx, values } = matrix;
  for (let r = 0; r < nRows; r++) {
    const start = rowPtr[r]!;
    const end = rowPtr[r + 1]!;
    let count = nModOut;
    let p1 = 0;
    let p2 = 0;
    if (nModOut === 0) {
      // No moderated-out column: every vote counts (the common case, one test less per vote).
      count = end - start;
      for (let e = start; e < end; e++) {
        const t = 6 * colIdx[e]! + 2 * values[e]! + 2;
        p1 += term[t]!;
        p2 += term[t + 1]!;
      }
    } else {
      for (let e = start; e < end; e++) {
        const c = colIdx[e]!;
        if (modOutCols[c]) continue;
        count++;
        const t = 6 * c + 2 * values[e]! + 2;
        p1 += term[t]!;
        p2 += term[t + 1]!;
      }
    }
    const scale = Math.sqrt(nCols / Math.max(count, 1));
    out[2 * r] = scale * p1;
    out[2 * r + 1] = scale * p2;
  }
  return out;
}

export interface CommentProjection {
  /** [xs, ys] per column, Polis's `comment-projection` shape. */
  projection: [Float64Array, Float64Array];
  extremity: Float64Array;
}

/** Each statement as a virtual single agree vote (−1): √N·(−1 − c_j)·(pc1_j, pc2_j). */
export function projectComments(pca: Pca): CommentProjection {
  const nCols = pca.center.length;
  const xs = new Float64Array(nCols);
  const ys = new Float64Array(nCols);
  const extremity = new Float64Array(nCols);
  const scale = Math.sqrt(nCols);
  for (let c = 0; c < nCols; c++) {
    const d = -1 - pca.center[c]!;
    xs[c] = scale * d * pca.comps[0][c]!;
    ys[c] = scale * d * pca.comps[1][c]!;
    extremity[c] = Math.sqrt(xs[c]! * xs[c]! + ys[c]! * ys[c]!);
  }
  return { projection: [xs, ys], extremity };
}
