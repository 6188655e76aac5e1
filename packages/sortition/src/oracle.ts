import type { Highs } from "highs";
import type { CompiledInstance } from "./classes.js";
import { SortitionError } from "./errors.js";
import type { PanelFace } from "./relaxed.js";
import { runCounted, type SolveStats } from "./solver.js";

/** A panel as counts per class (`counts[t]` members of class t). */
export type ClassPanel = Int32Array;

/** The rows of "a panel meets every quota": used by the pricing ILP and the relaxation ILP. */
export interface PanelRows {
  lower: number[];
  upper: number[];
  /** CSR rows over the class columns. */
  starts: number[];
  indices: number[];
  values: number[];
  /** What each row is: a quota index, the seat count, or a household group. */
  kinds: (
    | { kind: "quota"; quota: number }
    | { kind: "seats" }
    | { kind: "household"; group: number }
  )[];
}

/** Builds quota rows (min ≤ Σ ≤ max), the seat row (Σ = seats) and household rows (Σ ≤ 1). */
export function panelRows(compiled: CompiledInstance, face?: PanelFace): PanelRows {
  const rows: PanelRows = { lower: [], upper: [], starts: [0], indices: [], values: [], kinds: [] };
  const push = (lower: number, upper: number, cols: number[], kind: PanelRows["kinds"][number]) => {
    rows.lower.push(lower);
    rows.upper.push(upper);
    for (const c of cols) {
      rows.indices.push(c);
      rows.values.push(1);
    }
    rows.starts.push(rows.indices.length);
    rows.kinds.push(kind);
  };
  const byQuota: number[][] = compiled.bounds.map(() => []);
  compiled.classes.forEach((cls, t) => {
    for (const q of cls.quotas) byQuota[q]!.push(t);
  });
  compiled.bounds.forEach((b, q) => {
    const min = face ? face.quotaMin[q]! : b.min;
    const max = face ? face.quotaMax[q]! : b.max;
    push(min, max, byQuota[q]!, { kind: "quota", quota: q });
  });
  push(
    compiled.seats,
    compiled.seats,
    compiled.classes.map((_, t) => t),
    { kind: "seats" },
  );
  compiled.households.forEach((group, g) => {
    push(0, 1, group, { kind: "household", group: g });
  });
  return rows;
}

/**
 * The LP data of "a panel meets every quota" (optionally on a face): one column per class
 * (0 … its size), the rows of `panelRows`, maximisation with zero costs.
 */
export function panelModelData(highs: Highs, compiled: CompiledInstance, face?: PanelFace) {
  const rows = panelRows(compiled, face);
  const numCols = compiled.classes.length;
  const numRows = rows.lower.length;
  const data = {
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(numCols),
    colLower: face ? face.countMin : new Float64Array(numCols),
    colUpper: face ? face.countMax : compiled.classes.map((c) => c.members.length),
    rowLower: rows.lower,
    rowUpper: rows.upper,
    matrix: {
      format: "csr" as const,
      numRows,
      numCols,
      starts: rows.starts,
      indices: rows.indices,
      values: rows.values,
    },
  };
  return { rows, data };
}

export interface PanelOracle {
  /**
   * The panel maximising Σ weight[t]·counts[t], or null when no panel meets the quotas.
   * With `bound`, it looks only for panels worth more than `bound`: `counts: null` then
   * means none exists (proved by the LP relaxation or the ILP), or — with `unproven` — that
   * the ILP hit its time limit without deciding.
   */
  best(
    weights: ArrayLike<number>,
    bound?: number,
    start?: ClassPanel,
  ): { counts: ClassPanel | null; value: number; unproven?: boolean } | null;
  /**
   * Only the LP relaxation: its optimal value (an upper bound on every panel's value), and
   * the panel when the relaxation happens to be integral. Null when infeasible.
   */
  relax(weights: ArrayLike<number>): { value: number; counts: ClassPanel | null } | null;
  /** Only the ILP (as in `best`, without trying the LP relaxation first). */
  exact(
    weights: ArrayLike<number>,
    bound?: number,
    start?: ClassPanel,
  ): { counts: ClassPanel | null; value: number; unproven?: boolean } | null;
  dispose(): void;
}

/**
 * A persistent pricing oracle: the models are built once, only the objective changes per
 * call. The LP relaxation is solved first (warm-started, cheap); its answer is used when it
 * is integral or proves the bound. Only otherwise is the ILP run, with the bound as a
 * cut-off row (Σ weight·counts ≥ bound), so that it stops as soon as it proves that no
 * better panel exists, and with a time limit per solve.
 */
export function createPanelOracle(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
  /** Seconds per ILP solve (default 60). */
  ilpTimeLimit?: number;
  /** Look only at panels on this face (narrower quota and class-count bounds). */
  face?: PanelFace;
}): PanelOracle {
  const { highs, compiled, stats } = options;
  const { rows, data } = panelModelData(highs, compiled, options.face);
  const { numCols, numRows } = data;
  const relaxation = highs.createModel(data);
  relaxation.options.set({ output_flag: false });
  // The ILP has one more row: the cut-off Σ w_t c_t ≥ bound (inactive until used).
  const model = highs.createModel({
    ...data,
    numRows: numRows + 1,
    rowLower: [...rows.lower, -highs.infinity],
    rowUpper: [...rows.upper, highs.infinity],
    matrix: {
      ...data.matrix,
      numRows: numRows + 1,
      starts: [...rows.starts, rows.indices.length + numCols],
      indices: [...rows.indices, ...compiled.classes.map((_, t) => t)],
      values: [...rows.values, ...new Array(numCols).fill(1)],
    },
    integrality: compiled.classes.map(() => highs.constants.variableType.integer),
  });
  model.options.set({
    output_flag: false,
    mip_rel_gap: 1e-6,
    mip_abs_gap: 1e-9,
    time_limit: options.ilpTimeLimit ?? 60,
  });
  const all = { kind: "range", from: 0, to: numCols - 1 } as const;
  const read = (x: Float64Array) => {
    const counts = new Int32Array(numCols);
    let integral = true;
    for (let t = 0; t < numCols; t++) {
      counts[t] = Math.round(x[t]!);
      if (Math.abs(x[t]! - counts[t]!) > 1e-7) integral = false;
    }
    return { counts, integral };
  };
  const panelValue = (counts: ClassPanel, weights: ArrayLike<number>) => {
    let value = 0;
    for (let t = 0; t < numCols; t++) value += counts[t]! * weights[t]!;
    return value;
  };
  const relax = (weights: ArrayLike<number>) => {
    if (numCols > 0) relaxation.changeColsCost(all, Float64Array.from(weights));
    runCounted(relaxation, stats, "relaxation");
    const lpStatus = relaxation.getModelStatus();
    if (lpStatus === highs.constants.modelStatus.infeasible) return null;
    if (lpStatus !== highs.constants.modelStatus.optimal)
      return { value: Number.POSITIVE_INFINITY, counts: null };
    const lp = read(relaxation.getSolution().colValue);
    if (lp.integral) return { counts: lp.counts, value: panelValue(lp.counts, weights) };
    return { counts: null, value: relaxation.getObjectiveValue() };
  };
  const exact: PanelOracle["exact"] = (weights, bound, start) => {
    if (numCols > 0) model.changeColsCost(all, Float64Array.from(weights));
    for (let t = 0; t < numCols; t++)
      model.changeCoefficient(numRows, t, weights[t]! === 0 ? 1e-12 : weights[t]!);
    model.changeRowBounds(numRows, bound ?? -highs.infinity, highs.infinity);
    if (start && bound !== undefined && panelValue(start, weights) > bound) {
      model.setSolution({ colValue: Float64Array.from(start) });
    }
    model.zeroAllClocks();
    runCounted(model, stats, "ilp");
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.infeasible)
      return bound === undefined ? null : { counts: null, value: bound };
    const hasSolution = model.info.get("primal_solution_status") === 2;
    if (status === codes.timeLimit && !hasSolution)
      return { counts: null, value: Number.NaN, unproven: true };
    if (status !== codes.optimal && !(status === codes.timeLimit && hasSolution)) {
      throw new SortitionError({
        code: "SOLVER_FAILED",
        message: `the panel ILP ended with HiGHS status ${status}`,
      });
    }
    const { counts } = read(model.getSolution().colValue);
    return { counts, value: panelValue(counts, weights) };
  };
  return {
    relax,
    exact,
    best(weights, bound, start) {
      const lp = relax(weights);
      if (!lp) return null;
      if (bound !== undefined && lp.value <= bound) return { counts: null, value: lp.value };
      if (lp.counts) return lp;
      return exact(weights, bound, start);
    },
    dispose() {
      relaxation.dispose();
      model.dispose();
    },
  };
}
