import {
  benjaminiHochberg,
  chiSquareSurvival,
  type Interval,
  normalQuantile,
  wilsonInterval,
} from "./distributions.js";
import { OpinionError } from "./errors.js";
import { columnFlags } from "./tick.js";
import type { OpinionState } from "./types.js";

export interface CompareSegmentsOptions {
  state: OpinionState;
  /** Segment label of each participant id; participants without a label are left out. */
  segments: ReadonlyMap<number, string>;
  /** Confidence level of the Wilson intervals. Default 0.95. */
  confidence?: number;
  /** False discovery rate for "differs" (Benjamini–Hochberg). Default 0.05. */
  fdr?: number;
}

export interface SegmentShares {
  segment: string;
  /** Segment members who voted on the statement (passes included). */
  voters: number;
  agree: number;
  disagree: number;
  pass: number;
  agreeShare: Interval;
  disagreeShare: Interval;
  passShare: Interval;
}

export interface SegmentTest {
  /** Pearson χ² of segment × {agree, disagree, pass}, empty rows/columns dropped. */
  chiSquare: number;
  df: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted p-value over all tested statements. */
  qValue: number;
  /** Effect size √(χ² / (n·(min(r, c) − 1))), 0…1. */
  cramersV: number;
  /** More than 20% of expected counts below 5 (Cochran): read the p-value with care. */
  lowCounts: boolean;
  differs: boolean;
}

export interface SegmentStatement {
  statement: number;
  segments: SegmentShares[];
  /** null when fewer than two segments (or outcomes) have votes on it. */
  test: SegmentTest | null;
}

export interface SegmentComparison {
  segments: { segment: string; participants: number }[];
  statements: SegmentStatement[];
  /** Statements whose segments differ (q < fdr), largest effect (Cramér's V) first. */
  mostDifferent: number[];
  method: string;
}

/**
 * Compares segments per statement: agree / disagree / pass shares with Wilson intervals, and a
 * χ² test of independence per statement with Benjamini–Hochberg control of the false discovery
 * rate across statements. Moderated-out and meta statements are left out.
 */
export function compareSegments(options: CompareSegmentsOptions): SegmentComparison {
  const { state, segments } = options;
  const confidence = options.confidence ?? 0.95;
  const fdr = options.fdr ?? 0.05;
  if (!(confidence > 0 && confidence < 1)) {
    throw new OpinionError(
      "INVALID_OPTION",
      `confidence must be between 0 and 1, got ${confidence}`,
    );
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const { matrix } = state;
  const labels = [...new Set(segments.values())].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const nSeg = labels.length;
  const nCols = matrix.colIds.length;
  const counts = new Int32Array(nSeg * nCols * 3);
  const members = new Int32Array(nSeg);
  for (let r = 0; r < matrix.rowIds.length; r++) {
    const label = segments.get(matrix.rowIds[r]!);
    if (label === undefined) continue;
    const s = labelIndex.get(label)!;
    members[s]!++;
    for (let e = matrix.rowPtr[r]!, end = matrix.rowPtr[r + 1]!; e < end; e++) {
      const v = matrix.values[e]!;
      // Internal sign: agree −1 → slot 0, disagree +1 → slot 1, pass → slot 2.
      counts[(s * nCols + matrix.colIdx[e]!) * 3 + (v < 0 ? 0 : v > 0 ? 1 : 2)]!++;
    }
  }
  const excluded = columnFlags(matrix, state.moderation.rejected.concat(state.moderation.meta));
  const statements: SegmentStatement[] = [];
  for (let c = 0; c < nCols; c++) {
    if (excluded[c]) continue;
    const table = labels.map((_, s) => [0, 1, 2].map((k) => counts[(s * nCols + c) * 3 + k]!));
    statements.push({
      statement: matrix.colIds[c]!,
      segments: labels.map((segment, s) => {
        const [agree, disagree, pass] = table[s]! as [number, number, number];
        const voters = agree + disagree + pass;
        return {
          segment,
          voters,
          agree,
          disagree,
          pass,
          agreeShare: wilsonInterval(agree, voters, z),
          disagreeShare: wilsonInterval(disagree, voters, z),
          passShare: wilsonInterval(pass, voters, z),
        };
      }),
      test: chiSquareTest(table),
    });
  }
  const tested = statements.filter((s) => s.test !== null);
  const q = benjaminiHochberg(tested.map((s) => s.test!.pValue));
  tested.forEach((s, i) => {
    s.test!.qValue = q[i]!;
    s.test!.differs = q[i]! < fdr;
  });
  const mostDifferent = tested
    .filter((s) => s.test!.differs)
    .sort((a, b) => b.test!.cramersV - a.test!.cramersV || a.test!.pValue - b.test!.pValue)
    .map((s) => s.statement);
  return {
    segments: labels.map((segment, s) => ({ segment, participants: members[s]! })),
    statements,
    mostDifferent,
    method:
      `Wilson ${Math.round(confidence * 1000) / 10}% intervals; Pearson chi-square test of ` +
      `segment x {agree, disagree, pass} per statement; Benjamini-Hochberg FDR ${fdr}`,
  };
}

function chiSquareTest(table: number[][]): SegmentTest | null {
  const rows = table.filter((r) => r.some((v) => v > 0));
  const colSums = [0, 1, 2].map((k) => rows.reduce((s, r) => s + r[k]!, 0));
  const cols = [0, 1, 2].filter((k) => colSums[k]! > 0);
  if (rows.length < 2 || cols.length < 2) return null;
  const n = colSums.reduce((a, b) => a + b, 0);
  let chi = 0;
  let low = 0;
  for (const r of rows) {
    const rowSum = r.reduce((a, b) => a + b, 0);
    for (const k of cols) {
      const expected = (rowSum * colSums[k]!) / n;
      if (expected < 5) low++;
      chi += (r[k]! - expected) ** 2 / expected;
    }
  }
  const df = (rows.length - 1) * (cols.length - 1);
  return {
    chiSquare: chi,
    df,
    pValue: chiSquareSurvival(chi, df),
    qValue: Number.NaN,
    cramersV: Math.sqrt(chi / (n * (Math.min(rows.length, cols.length) - 1))),
    lowCounts: low > 0.2 * rows.length * cols.length,
    differs: false,
  };
}
