import type { VoteMatrix } from "./matrix.js";

/** Agree / disagree / seen counts per (group, column), flattened as g * nCols + c. */
export interface VoteCounts {
  nGroups: number;
  nCols: number;
  A: Int32Array;
  D: Int32Array;
  S: Int32Array;
}

export interface CountVotesOptions {
  matrix: VoteMatrix;
  /** Group index of every row, −1 for rows not counted. */
  rowGroup: Int32Array;
  nGroups: number;
}

/** Counts votes of the raw matrix per group: A = agrees (< 0), D = disagrees (> 0), S = all. */
export function countVotes(options: CountVotesOptions): VoteCounts {
  const { matrix, rowGroup, nGroups } = options;
  const nCols = matrix.colIds.length;
  const A = new Int32Array(nGroups * nCols);
  const D = new Int32Array(nGroups * nCols);
  const S = new Int32Array(nGroups * nCols);
  const { rowPtr, colIdx, values } = matrix;
  for (let r = 0; r < matrix.rowIds.length; r++) {
    const g = rowGroup[r]!;
    if (g < 0) continue;
    const base = g * nCols;
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

export interface SumGroupsOptions {
  counts: VoteCounts;
  /** For every output group, the input group indices it sums. */
  groups: readonly (readonly number[])[];
}

/** Sums the counts of several input groups into each output group (e.g. base clusters → groups). */
export function sumGroups(options: SumGroupsOptions): VoteCounts {
  const { counts, groups } = options;
  const { nCols } = counts;
  const out: VoteCounts = {
    nGroups: groups.length,
    nCols,
    A: new Int32Array(groups.length * nCols),
    D: new Int32Array(groups.length * nCols),
    S: new Int32Array(groups.length * nCols),
  };
  const { A, D, S } = counts;
  for (let g = 0; g < groups.length; g++) {
    const to = g * nCols;
    for (const m of groups[g]!) {
      const from = m * nCols;
      for (let c = 0; c < nCols; c++) {
        out.A[to + c]! += A[from + c]!;
        out.D[to + c]! += D[from + c]!;
        out.S[to + c]! += S[from + c]!;
      }
    }
  }
  return out;
}
