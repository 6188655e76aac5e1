import type { Highs } from "highs";
import type { CompiledInstance } from "./classes.js";
import { type ClassDistribution, normalizeDistribution } from "./distribution.js";
import { SortitionError } from "./errors.js";
import { createSwapSearch, type SwapSearch } from "./localsearch.js";
import { type ClassPanel, createPanelOracle, type PanelOracle } from "./oracle.js";
import type { SolveStats } from "./solver.js";

export interface LeximinOptions {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
  /** Stop after the lowest level (MAXIMIN) instead of fixing every level (LEXIMIN). */
  maximinOnly?: boolean;
  /**
   * Column generation stops when no panel beats the dual bound by more than this; each
   * level's value is then within `epsilon` of optimal. Default 1e-6.
   */
  epsilon?: number;
  /** Panels generated before column generation (multiplicative weights). Default 20. */
  initialPanels?: number;
  /** Seconds per pricing ILP solve before the level is closed unproven (default 60). */
  ilpTimeLimit?: number;
  /**
   * Wall-clock budget in seconds. When it runs out, the levels fixed so far are kept and the
   * remaining classes get at least the last level's value (`complete: false`). The minimum
   * probability is final after the first level.
   */
  timeLimit?: number;
  /** Called after each fixed level (for progress bars and benchmarks). */
  onProgress?: (progress: LeximinProgress) => void;
}

export interface LeximinProgress {
  level: number;
  /** The probability this level was fixed at. */
  value: number;
  fixedClasses: number;
  classes: number;
  panels: number;
}

export interface LeximinResult {
  distribution: ClassDistribution;
  /** The probability each class was fixed at, level by level (lower bounds). */
  fixed: number[];
  levels: number;
  /** Panels generated (initial and by pricing). */
  panelsGenerated: number;
  /**
   * Levels closed because the pricing ILP hit its time limit: their value may be below
   * the optimum (by less than the remaining ILP gap). 0 in a fully proved run.
   */
  unprovenLevels: number;
  /** False when `timeLimit` stopped the computation before every level was fixed. */
  complete: boolean;
}

/**
 * LEXIMIN (Flanigan et al. 2021) by column generation over classes. Level by level, the
 * restricted master LP over the known panels gives dual weights y_t and the bound ŷ of the
 * dual LP `min ŷ − Σ_fixed f_t y_t s.t. Σ_t y_t·c_t/m_t ≤ ŷ for every panel, Σ_unfixed y_t
 * = 1, y ≥ 0`; pricing looks for a panel that violates it (LP relaxation, swap search, ILP).
 * When none does, the level value z is optimal (within ε) and every class with positive
 * dual weight is fixed at z (less a 1e-6 margin). Finally an LP finds the lottery.
 */
export function leximin(options: LeximinOptions): LeximinResult {
  const { highs, compiled, stats } = options;
  const epsilon = options.epsilon ?? 1e-6;
  const T = compiled.classes.length;
  if (compiled.seats === 0 || T === 0) {
    return {
      distribution: { panels: [new Int32Array(T)], weights: [1] },
      fixed: new Array(T).fill(0),
      levels: 0,
      panelsGenerated: 0,
      unprovenLevels: 0,
      complete: true,
    };
  }
  const size = compiled.classes.map((c) => c.members.length);
  const oracle = createPanelOracle({
    highs,
    compiled,
    stats,
    ...(options.ilpTimeLimit !== undefined ? { ilpTimeLimit: options.ilpTimeLimit } : {}),
  });
  try {
    const panels = initialPanels(oracle, size, options.initialPanels ?? 20);
    const known = new Set(panels.map(panelKey));
    const search = createSwapSearch(compiled);
    const master = createMasterModel(highs, size);
    try {
      for (const panel of panels) master.addPanel(panel);
      const fixed: (number | undefined)[] = new Array(T).fill(undefined);
      let unfixed = T;
      let levels = 0;
      let lastLevel = 0;
      let unproven = 0;
      let complete = true;
      const started = performance.now();
      const deadline =
        options.timeLimit === undefined
          ? Number.POSITIVE_INFINITY
          : started + options.timeLimit * 1000;
      while (unfixed > 0) {
        if (levels > 0 && performance.now() > deadline) {
          complete = false;
          break;
        }
        const { y, bound, objective } = master.solve(stats);
        const weights = y.map((v, t) => v / size[t]!);
        const column = priceColumns({
          oracle,
          search,
          panels,
          weights,
          bound: bound + epsilon,
          known,
        });
        if (column === "infeasible") throw infeasible();
        if (column === "unproven") unproven++;
        else if (column.length > 0) {
          for (const counts of column) {
            known.add(panelKey(counts));
            panels.push(counts);
            master.addPanel(counts);
          }
          continue;
        }
        levels++;
        const z = Math.max(0, objective - 1e-6);
        lastLevel = z;
        for (let t = 0; t < T; t++) {
          if (fixed[t] === undefined && y[t]! > 1e-7) {
            fixed[t] = z;
            unfixed--;
            master.fix(t, z);
          }
        }
        options.onProgress?.({
          level: levels,
          value: z,
          fixedClasses: T - unfixed,
          classes: T,
          panels: panels.length,
        });
        if (options.maximinOnly && z > 1e-9) break;
      }
      const lower = fixed.map((f) => f ?? lastLevel);
      const distribution = primalLottery({ highs, panels, size, lower, stats });
      return {
        distribution,
        fixed: lower,
        levels,
        panelsGenerated: panels.length,
        unprovenLevels: unproven,
        complete,
      };
    } finally {
      master.dispose();
    }
  } finally {
    oracle.dispose();
  }
}

/** How many of the best known panels the swap search starts from per pricing round. */
const SWAP_STARTS = 10;

/**
 * Pricing: panels whose weight exceeds `bound`, or none when none exists. The LP
 * relaxation answers when it is integral or already below the bound; otherwise swap
 * search from the best known panels supplies columns that close at least a quarter of the gap
 * to the LP bound; only failing that is the exact ILP solved.
 */
function priceColumns(options: {
  oracle: PanelOracle;
  search: SwapSearch;
  panels: ClassPanel[];
  weights: number[];
  bound: number;
  known: Set<string>;
}): ClassPanel[] | "infeasible" | "unproven" {
  const { oracle, search, panels, weights, bound, known } = options;
  const fresh = (counts: ClassPanel | null, value: number) =>
    counts !== null && value > bound && !known.has(panelKey(counts));
  const lp = oracle.relax(weights);
  if (!lp) return "infeasible";
  if (lp.counts) return fresh(lp.counts, lp.value) ? [lp.counts] : [];
  if (lp.value <= bound) return [];
  const threshold = bound + 0.25 * (lp.value - bound);
  const columns: ClassPanel[] = [];
  const keys = new Set<string>();
  let incumbent: { counts: ClassPanel; value: number } | undefined;
  for (const start of bestKnown(panels, weights, SWAP_STARTS)) {
    const improved = search.improve(start, weights);
    if (!incumbent || improved.value > incumbent.value) incumbent = improved;
    const key = panelKey(improved.counts);
    if (improved.value >= threshold && fresh(improved.counts, improved.value) && !keys.has(key)) {
      keys.add(key);
      columns.push(improved.counts);
    }
  }
  if (columns.length > 0) return columns;
  const found = oracle.exact(weights, bound, incumbent?.counts);
  if (!found) return "infeasible";
  if (found.unproven) return "unproven";
  return fresh(found.counts, found.value) ? [found.counts!] : [];
}

/** The `count` known panels of highest weight. */
function bestKnown(panels: ClassPanel[], weights: number[], count: number): ClassPanel[] {
  const scored = panels.map((panel) => {
    let value = 0;
    for (let t = 0; t < panel.length; t++) if (panel[t]! > 0) value += panel[t]! * weights[t]!;
    return { panel, value };
  });
  scored.sort((a, b) => b.value - a.value);
  return scored.slice(0, count).map((s) => s.panel);
}

function infeasible(): SortitionError {
  return new SortitionError({ code: "INFEASIBLE_QUOTAS", message: "no panel meets every quota" });
}

export function panelKey(panel: ClassPanel): string {
  return panel.join(",");
}

/** Multiplicative weights: repeatedly take the heaviest panel and discount its members. */
function initialPanels(oracle: PanelOracle, size: number[], rounds: number): ClassPanel[] {
  const weights = size.map(() => 1);
  const panels: ClassPanel[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < Math.max(1, rounds); r++) {
    const found = oracle.best(weights);
    if (!found?.counts) throw infeasible();
    const key = panelKey(found.counts);
    if (!seen.has(key)) {
      seen.add(key);
      panels.push(found.counts);
    }
    let total = 0;
    for (let t = 0; t < size.length; t++) {
      weights[t]! *= 1 - (0.2 * found.counts[t]!) / size[t]!;
      total += weights[t]! * size[t]!;
    }
    const n = size.reduce((s, m) => s + m, 0);
    for (let t = 0; t < size.length; t++) weights[t]! *= n / total;
  }
  return panels;
}

interface MasterModel {
  addPanel(panel: ClassPanel): void;
  fix(t: number, value: number): void;
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
function createMasterModel(highs: Highs, size: number[]): MasterModel {
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
    solve(stats) {
      stats.lpSolves++;
      const started = performance.now();
      model.run();
      stats.lpSeconds += (performance.now() - started) / 1000;
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
      stats.lpSolves++;
      model.run();
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
