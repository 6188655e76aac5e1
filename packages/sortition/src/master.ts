import type { Highs } from "highs";
import { type ClassDistribution, normalizeDistribution } from "./distribution.js";
import { SortitionError } from "./errors.js";
import type { ClassPanel } from "./oracle.js";
import { runCounted, type SolveStats } from "./solver.js";

export interface MasterModel {
  addPanel(panel: ClassPanel): void;
  fix(t: number, value: number): void;
  /**
   * Turns the master into "the least total shortfall below per-class targets": minimise
   * Σ_t s_t with Σ_P p_P·c_Pt/m_t + s_t ≥ targets[t]. In dual form row 0 is dropped, the
   * costs become −targets[t] and each y_t is capped at 1 (the shortfall's price); the
   * objective is then minus the least total shortfall.
   */
  aim(targets: readonly number[]): void;
  solve(stats: SolveStats): { y: number[]; bound: number; objective: number };
  dispose(): void;
}

/**
 * The restricted master LP in dual form, solved by HiGHS's dual simplex: columns ŷ and y_t,
 * row 0 is Σ_unfixed y_t ≥ 1, and every known panel P adds the row ŷ − Σ_t y_t·c_Pt/m_t ≥ 0;
 * minimise ŷ − Σ_fixed f_t·y_t. A new panel is a new row, so the previous basis stays dual
 * feasible and the re-solve starts from it. On 1,700 → 110 this halves the time per re-solve
 * against the primal form with primal simplex; both still need hundreds of degenerate pivots
 * per re-solve once hundreds of classes are fixed (see README, Known limits).
 */
export function createMasterModel(highs: Highs, size: number[]): MasterModel {
  const T = size.length;
  const model = highs.createModel({
    numCols: T + 1,
    numRows: 1,
    sense: highs.constants.objectiveSense.minimize,
    colCost: [1, ...new Array(T).fill(0)],
    colLower: [-highs.infinity, ...new Array(T).fill(0)],
    colUpper: new Array(T + 1).fill(highs.infinity),
    rowLower: [1],
    rowUpper: [highs.infinity],
    matrix: {
      format: "csr",
      numRows: 1,
      numCols: T + 1,
      starts: [0, T],
      indices: size.map((_, t) => t + 1),
      values: new Array(T).fill(1),
    },
  });
  model.options.set({ output_flag: false, simplex_strategy: 1 });
  return {
    addPanel(panel) {
      const indices = [0];
      const values = [1];
      for (let t = 0; t < T; t++) {
        if (panel[t]! > 0) {
          indices.push(t + 1);
          values.push(-panel[t]! / size[t]!);
        }
      }
      model.addRow(0, highs.infinity, { indices, values });
    },
    fix(t, value) {
      model.changeCoefficient(0, t + 1, 0);
      model.changeColCost(t + 1, -value);
    },
    aim(targets) {
      for (let t = 0; t < T; t++) {
        model.changeColCost(t + 1, -targets[t]!);
        model.changeColBounds(t + 1, 0, 1);
      }
      model.changeRowBounds(0, -highs.infinity, highs.infinity);
    },
    solve(stats) {
      runCounted(model, stats, "lp");
      const status = model.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) {
        throw new SortitionError({
          code: "SOLVER_FAILED",
          message: `the LEXIMIN master LP ended with HiGHS status ${status}`,
        });
      }
      const x = model.getSolution().colValue;
      const y = Array.from(x.subarray(1), (v) => (v < 1e-13 ? 0 : v));
      return { y, bound: x[0]!, objective: model.getObjectiveValue() };
    },
    dispose() {
      model.dispose();
    },
  };
}

/**
 * The lottery over `panels` giving every class at least `lower[t] + δ` with the largest
 * common δ ≥ −1e-4: it recovers the safety margin of the fixed levels and absorbs solver
 * tolerances, so the LP is always feasible.
 */
export function primalLottery(options: {
  highs: Highs;
  panels: ClassPanel[];
  size: number[];
  lower: number[];
  stats: SolveStats;
}): ClassDistribution {
  const { highs, panels, size, lower, stats } = options;
  const T = size.length;
  const P = panels.length;
  // Column 0 is δ (coefficient −1 in every class row), then one column per panel.
  const starts = [0, T];
  const indices: number[] = size.map((_, t) => t + 1);
  const values: number[] = new Array(T).fill(-1);
  for (const panel of panels) {
    indices.push(0);
    values.push(1);
    for (let t = 0; t < T; t++) {
      if (panel[t]! > 0) {
        indices.push(t + 1);
        values.push(panel[t]! / size[t]!);
      }
    }
    starts.push(indices.length);
  }
  const weights = highs.withModel(
    {
      numCols: P + 1,
      numRows: T + 1,
      sense: highs.constants.objectiveSense.maximize,
      colCost: [1, ...new Array(P).fill(0)],
      colLower: [-1e-4, ...new Array(P).fill(0)],
      colUpper: [1, ...new Array(P).fill(highs.infinity)],
      rowLower: [1, ...lower],
      rowUpper: [1, ...new Array(T).fill(highs.infinity)],
      matrix: { format: "csc", numRows: T + 1, numCols: P + 1, starts, indices, values },
    },
    (model) => {
      model.options.set({ output_flag: false });
      runCounted(model, stats, "lp");
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
      return Array.from(model.getSolution().colValue.subarray(1), (w) => Math.max(0, w));
    },
  );
  if (!weights) {
    throw new SortitionError({
      code: "SOLVER_FAILED",
      message: "the final LEXIMIN lottery LP found no solution",
    });
  }
  return normalizeDistribution({ panels, weights });
}
