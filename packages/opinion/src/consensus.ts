import type { VoteCounts } from "./counts.js";
import { ratioToDouble } from "./polis-number.js";
import { propTest, Z_90 } from "./repness.js";

export interface ConsensusItem {
  tid: number;
  "n-success": number;
  "n-trials": number;
  "p-success": number;
  "p-test": number;
}

export interface ConsensusOptions {
  /** Counts over all participants (one group). */
  counts: VoteCounts;
  colIds: readonly number[];
  modOutCols: Uint8Array;
}

/** Statements most agreed / disagreed on overall: p > 0.5 and z > 1.2816, top 5 by p·z. */
export function selectConsensus(options: ConsensusOptions): {
  agree: ConsensusItem[];
  disagree: ConsensusItem[];
} {
  const { counts, colIds, modOutCols } = options;
  const pick = (succ: Int32Array) => {
    const rows: { item: ConsensusItem; m: number; order: number }[] = [];
    for (let c = 0; c < colIds.length; c++) {
      if (modOutCols[c]) continue;
      const n = succ[c]!;
      const ns = counts.S[c]!;
      const p = ratioToDouble(n + 1, ns + 2);
      const z = propTest(n, ns);
      if (!(p > 0.5 && z > Z_90)) continue;
      const item = { tid: colIds[c]!, "n-success": n, "n-trials": ns, "p-success": p, "p-test": z };
      rows.push({ item, m: p * z, order: c });
    }
    return rows
      .sort((a, b) => b.m - a.m || a.order - b.order)
      .slice(0, 5)
      .map((r) => r.item);
  };
  return { agree: pick(counts.A), disagree: pick(counts.D) };
}

/** Group-aware consensus per column: Π over groups of (A_g + 1)/(S_g + 2). */
export function groupAwareConsensus(groupCounts: VoteCounts): Float64Array {
  const { nCols, nGroups } = groupCounts;
  const out = new Float64Array(nCols);
  for (let c = 0; c < nCols; c++) {
    let p = 1;
    for (let g = 0; g < nGroups; g++) {
      p *= (groupCounts.A[g * nCols + c]! + 1.0) / (groupCounts.S[g * nCols + c]! + 2.0);
    }
    out[c] = nGroups === 0 ? 0 : p;
  }
  return out;
}

export interface PriorityOptions {
  /** Group counts the priorities are based on (Polis: the previous tick's; Q2). */
  groupCounts: VoteCounts | null;
  /** Column index in groupCounts of every current column (−1 when absent). */
  countCol: (col: number) => number;
  extremity: Float64Array;
  metaCols: Uint8Array;
}

/** Polis's comment priority: ((1 − p)·(E + 1)·a · (1 + 8·2^(−S/5)))², meta statements 7² = 49. */
export function commentPriorities(options: PriorityOptions): Float64Array {
  const { groupCounts, extremity, metaCols } = options;
  const nCols = extremity.length;
  const out = new Float64Array(nCols);
  for (let c = 0; c < nCols; c++) {
    if (metaCols[c]) {
      out[c] = 49;
      continue;
    }
    let A = 0;
    let D = 0;
    let S = 0;
    const k = options.countCol(c);
    if (groupCounts && k >= 0) {
      for (let g = 0; g < groupCounts.nGroups; g++) {
        A += groupCounts.A[g * groupCounts.nCols + k]!;
        D += groupCounts.D[g * groupCounts.nCols + k]!;
        S += groupCounts.S[g * groupCounts.nCols + k]!;
      }
    }
    const P = S - (A + D);
    const p = (P + 1) / (S + 2);
    const a = (A + 1) / (S + 2);
    const importance = (1 - p) * (extremity[c]! + 1) * a;
    const v = importance * (1 + 8 * 2 ** (S / -5));
    out[c] = v * v;
  }
  return out;
}
