import { countVotes, type VoteCounts } from "./counts.js";
import type { VoteMatrix } from "./matrix.js";

export interface UpdateCountsOptions {
  /** The previous tick's counts, of `previousMatrix` grouped by `previousRowGroup`. */
  previous: VoteCounts;
  previousMatrix: VoteMatrix;
  /** Group index of every row of the previous matrix, −1 for rows not counted. */
  previousRowGroup: Int32Array;
  /** Group id of each previous group index (a group keeps its counts when its id survives). */
  previousIds: ArrayLike<number>;
  matrix: VoteMatrix;
  /** Group index of every row of the current matrix, −1 for rows not counted. */
  rowGroup: Int32Array;
  /** Group id of each current group index. */
  ids: ArrayLike<number>;
  /**
   * 1 for rows whose stored votes may differ from the previous matrix (rows beyond the previous
   * matrix are always treated as changed); rows marked 0 must be identical in both matrices.
   */
  changedRows: Uint8Array;
}

/**
 * The counts of `countVotes` for the current matrix and grouping, derived from the previous
 * tick's counts: a group whose id survives starts from its previous counts, then only rows
 * whose votes changed or whose group changed are subtracted (old votes, old group) and added
 * (new votes, new group). Integer arithmetic, so the result equals a full recount exactly; it
 * touches the rows of the new votes and of the participants k-means moved instead of all
 * votes. Falls back to a full recount when the shapes do not match or most rows changed.
 */
export function updateCounts(options: UpdateCountsOptions): VoteCounts {
  const {
    previous,
    previousMatrix: old,
    matrix,
    rowGroup,
    previousRowGroup,
    changedRows,
  } = options;
  const nGroups = options.ids.length;
  const nCols = matrix.colIds.length;
  const oldCols = previous.nCols;
  const oldRows = old.rowIds.length;
  const nRows = matrix.rowIds.length;
  const full = () => countVotes({ matrix, rowGroup, nGroups });
  if (
    oldCols !== old.colIds.length ||
    oldCols > nCols ||
    previous.nGroups !== options.previousIds.length ||
    previousRowGroup.length !== oldRows ||
    oldRows > nRows
  ) {
    return full();
  }
  // Merges only append rows and columns; anything else is not a successor matrix.
  for (let c = 0; c < oldCols; c++) if (old.colIds[c] !== matrix.colIds[c]) return full();
  for (let r = 0; r < oldRows; r++) if (old.rowIds[r] !== matrix.rowIds[r]) return full();
  // Which rows must be visited, and how many votes that touches.
  const visit: number[] = [];
  let work = 0;
  // sameId[ng]: the previous group index with the id of current group ng, or −1.
  const sameId = new Int32Array(nGroups).fill(-1);
  const byId = new Map<number, number>();
  for (let g = 0; g < previous.nGroups; g++) byId.set(options.previousIds[g]!, g);
  for (let g = 0; g < nGroups; g++) sameId[g] = byId.get(options.ids[g]!) ?? -1;
  const { rowPtr } = matrix;
  const oldPtr = old.rowPtr;
  for (let r = 0; r < nRows; r++) {
    const og = r < oldRows ? previousRowGroup[r]! : -1;
    const ng = rowGroup[r]!;
    const same =
      r < oldRows &&
      changedRows[r] === 0 &&
      (og < 0
        ? ng < 0
        : ng >= 0 && (sameId[ng] === og || options.previousIds[og] === options.ids[ng]));
    if (same) continue;
    visit.push(r);
    work += rowPtr[r + 1]! - rowPtr[r]!;
    if (r < oldRows) work += oldPtr[r + 1]! - oldPtr[r]!;
  }
  if (work > matrix.rowPtr[nRows]! / 2) return full();

  const A = new Int32Array(nGroups * nCols);
  const D = new Int32Array(nGroups * nCols);
  const S = new Int32Array(nGroups * nCols);
  const oldIndex = new Map<number, number>();
  for (let g = 0; g < previous.nGroups; g++) oldIndex.set(options.previousIds[g]!, g);
  // survivor[og] = current index of the previous group og, or −1 when its id is gone.
  const survivor = new Int32Array(previous.nGroups).fill(-1);
  for (let g = 0; g < nGroups; g++) {
    const og = oldIndex.get(options.ids[g]!);
    if (og === undefined) continue;
    survivor[og] = g;
    const from = og * oldCols;
    A.set(previous.A.subarray(from, from + oldCols), g * nCols);
    D.set(previous.D.subarray(from, from + oldCols), g * nCols);
    S.set(previous.S.subarray(from, from + oldCols), g * nCols);
  }
  const { colIdx, values } = matrix;
  const oldCol = old.colIdx;
  const oldValues = old.values;
  for (const r of visit) {
    const og = r < oldRows ? previousRowGroup[r]! : -1;
    const target = og >= 0 ? survivor[og]! : -1;
    if (target >= 0) {
      const base = target * nCols;
      for (let e = oldPtr[r]!, end = oldPtr[r + 1]!; e < end; e++) {
        const i = base + oldCol[e]!;
        const v = oldValues[e]!;
        S[i]!--;
        if (v < 0) A[i]!--;
        else if (v > 0) D[i]!--;
      }
    }
    const ng = rowGroup[r]!;
    if (ng < 0) continue;
    const base = ng * nCols;
    for (let e = rowPtr[r]!, end = rowPtr[r + 1]!; e < end; e++) {
      const i = base + colIdx[e]!;
      const v = values[e]!;
      S[i]!++;
      if (v < 0) A[i]!++;
      else if (v > 0) D[i]!++;
    }
  }
  return { nGroups, nCols, A, D, S };
}
