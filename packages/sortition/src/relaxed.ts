import type { Highs, Model } from "highs";
import type { CompiledInstance } from "./classes.js";
import { SortitionError } from "./errors.js";
import { type PanelRows, panelRows } from "./oracle.js";
import { runCounted, type SolveStats } from "./solver.js";

export interface RelaxedLeximin {
  /** The probability each class is fixed at, level by level. */
  fixed: number[];
  /** Each level's value and how many classes it fixed. */
  levels: { value: number; fixedClasses: number }[];
  /** What every panel of a LEXIMIN lottery must meet (see `forcedFace`). */
  face: PanelFace;
  /**
   * Expected counts meeting every fixed value, away from the polytope's boundary where the
   * optimal set allows (the mean of the vertices found while computing the face).
   */
  center: Float64Array;
}

/**
 * Bounds that every panel in the support of a LEXIMIN lottery meets: per quota row the
 * count range (narrowed to a single value where the relaxed optimum forces the row to its
 * bound), per class the count range (all members where the class is certain).
 */
export interface PanelFace {
  quotaMin: number[];
  quotaMax: number[];
  countMin: number[];
  countMax: number[];
}

/**
 * LEXIMIN over the LP relaxation of "a panel meets every quota": expected counts x_t with
 * 0 ≤ x_t ≤ m_t, Σ x = seats, quota and household rows as in the pricing ILP. Every lottery
 * over real panels has its expected counts in this polytope, so each level found here is an
 * upper bound for the true LEXIMIN, and if a lottery reaches all of `fixed`, it is the true
 * LEXIMIN (the relaxed optimum is then achievable, hence optimal). Level by level: maximise
 * z with x_t ≥ m_t·z for unfixed classes and x_t ≥ m_t·f_t for fixed ones; the classes whose
 * rows carry a nonzero dual cannot rise above z and are fixed. Each level is one small LP
 * (classes + quotas), warm-started from the previous one.
 */
export function relaxedLeximin(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
  /** Stop after the lowest level (MAXIMIN). */
  maximinOnly?: boolean;
}): RelaxedLeximin {
  const { highs, compiled, stats } = options;
  const T = compiled.classes.length;
  const size = compiled.classes.map((c) => c.members.length);
  const rows = panelRows(compiled);
  const base = rows.lower.length;
  // Columns: x_0 … x_{T−1}, then z. Rows: the panel rows, then x_t − m_t·z ≥ 0 per class.
  const starts = [...rows.starts];
  const indices = [...rows.indices];
  const values = [...rows.values];
  for (let t = 0; t < T; t++) {
    indices.push(t, T);
    values.push(1, -size[t]!);
    starts.push(indices.length);
  }
  const model = highs.createModel({
    numCols: T + 1,
    numRows: base + T,
    sense: highs.constants.objectiveSense.maximize,
    colCost: [...new Array(T).fill(0), 1],
    colLower: new Array(T + 1).fill(0),
    colUpper: [...size, 1],
    rowLower: [...rows.lower, ...new Array(T).fill(0)],
    rowUpper: [...rows.upper, ...new Array(T).fill(highs.infinity)],
    matrix: { format: "csr", numRows: base + T, numCols: T + 1, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    const fixed: (number | undefined)[] = new Array(T).fill(undefined);
    let unfixed = T;
    const levels: RelaxedLeximin["levels"] = [];
    let last: Float64Array = new Float64Array(T + 1);
    while (unfixed > 0) {
      runCounted(model, stats, "relaxation");
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) {
        throw new SortitionError({
          code: "INFEASIBLE_QUOTAS",
          message: "no panel meets every quota",
        });
      }
      if (status !== highs.constants.modelStatus.optimal) {
        throw new SortitionError({
          code: "SOLVER_FAILED",
          message: `the relaxed LEXIMIN LP ended with HiGHS status ${status}`,
        });
      }
      const z = model.getObjectiveValue();
      const solution = model.getSolution();
      const dual = solution.rowDual;
      last = solution.colValue;
      let fixedNow = 0;
      for (let t = 0; t < T; t++) {
        // At z = 1 every remaining class is certain (its probability cannot exceed 1).
        if (fixed[t] === undefined && (z >= 1 - 1e-12 || Math.abs(dual[base + t]!) > 1e-9)) {
          fixed[t] = z;
          fixedNow++;
          model.changeCoefficient(base + t, T, 0);
          model.changeRowBounds(base + t, size[t]! * z, highs.infinity);
        }
      }
      if (fixedNow === 0) {
        throw new SortitionError({
          code: "SOLVER_FAILED",
          message: "the relaxed LEXIMIN LP gave no class a dual weight",
        });
      }
      unfixed -= fixedNow;
      levels.push({ value: z, fixedClasses: T - unfixed });
      if (options.maximinOnly) {
        for (let t = 0; t < T; t++) fixed[t] ??= z;
        break;
      }
    }
    const { face, center } = forcedFace({
      highs,
      model,
      rows,
      size,
      fixed: fixed as number[],
      vertex: last,
      stats,
    });
    return { fixed: fixed as number[], levels, face, center };
  } finally {
    model.dispose();
  }
}

/**
 * The face of the relaxed polytope on which every LEXIMIN-optimal expected-count vector
 * lies: a quota row whose maximum over the optimal set equals its lower bound (or whose
 * minimum equals its upper bound) holds with equality for the whole optimal set, and as
 * every panel meets it, every panel of an optimal lottery meets it with equality. Two LPs
 * per quota row, warm-started on the final level model.
 */
function forcedFace(options: {
  highs: Highs;
  model: Model;
  rows: PanelRows;
  size: number[];
  fixed: number[];
  /** The final level's optimal solution (a point of the optimal set). */
  vertex: Float64Array;
  stats: SolveStats;
}): { face: PanelFace; center: Float64Array } {
  const { highs, model, rows, size, fixed, stats } = options;
  const T = size.length;
  const face: PanelFace = {
    quotaMin: [],
    quotaMax: [],
    countMin: size.map((m, t) => (fixed[t]! >= 1 - 1e-9 ? m : 0)),
    countMax: [...size],
  };
  model.changeColCost(T, 0);
  const center = Float64Array.from(options.vertex.subarray(0, T));
  let vertices = 1;
  const cost = new Float64Array(T + 1);
  const all = { kind: "range", from: 0, to: T } as const;
  const extreme = (sense: "min" | "max") => {
    model.changeObjectiveSense(
      sense === "max"
        ? highs.constants.objectiveSense.maximize
        : highs.constants.objectiveSense.minimize,
    );
    runCounted(model, stats, "relaxation");
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    const x = model.getSolution().colValue;
    for (let t = 0; t < T; t++) center[t]! += x[t]!;
    vertices++;
    return model.getObjectiveValue();
  };
  rows.kinds.forEach((kind, r) => {
    if (kind.kind !== "quota") return;
    const lower = rows.lower[r]!;
    const upper = rows.upper[r]!;
    cost.fill(0);
    for (let i = rows.starts[r]!; i < rows.starts[r + 1]!; i++) cost[rows.indices[i]!] = 1;
    model.changeColsCost(all, cost);
    let min = lower;
    let max = upper;
    if (lower < upper) {
      const top = extreme("max");
      if (top !== undefined && top <= lower + 1e-7) max = lower;
      const bottom = extreme("min");
      if (bottom !== undefined && bottom >= upper - 1e-7) min = upper;
    }
    face.quotaMin.push(min);
    face.quotaMax.push(max);
  });
  for (let t = 0; t < T; t++) center[t]! /= Math.max(1, vertices);
  return { face, center };
}
