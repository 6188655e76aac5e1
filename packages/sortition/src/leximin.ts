import type { Highs } from "highs";
import type { CompiledInstance } from "./classes.js";
import type { ClassDistribution } from "./distribution.js";
import { createSwapSearch } from "./localsearch.js";
import { createMasterModel, primalLottery } from "./master.js";
import { createPanelOracle } from "./oracle.js";
import { createPanelPool, infeasible, initialPanels, priceColumns } from "./pricing.js";
import { leximinShortcut } from "./shortcut.js";
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
  /**
   * Skip the relaxed-LEXIMIN shortcut and fix levels one by one with column generation
   * (the method of Flanigan et al.; for comparison and for tests). Default false.
   */
  levelByLevel?: boolean;
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
  /**
   * How the levels were proved: "relaxation" when the LEXIMIN of the quotas' LP relaxation
   * was reached by a lottery of real panels (so every level is optimal at once), "levels"
   * when they were fixed one by one with column generation.
   */
  method: "relaxation" | "levels";
}

/**
 * LEXIMIN (Flanigan et al. 2021) over classes. First the shortcut (see `leximinShortcut`):
 * the LEXIMIN of the quotas' LP relaxation bounds every level from above, and when a
 * lottery of real panels reaches it, that lottery is optimal. Otherwise, or with
 * `levelByLevel`, column generation fixes the levels one by one: level by level, the
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
      method: "levels",
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
    const pool = createPanelPool(initialPanels(oracle, size, options.initialPanels ?? 20));
    const { panels } = pool;
    const search = createSwapSearch(compiled);
    const started = performance.now();
    const deadline =
      options.timeLimit === undefined
        ? Number.POSITIVE_INFINITY
        : started + options.timeLimit * 1000;
    if (!options.levelByLevel) {
      const shortcut = leximinShortcut({
        highs,
        compiled,
        stats,
        pool,
        epsilon,
        deadline,
        ...(options.maximinOnly ? { maximinOnly: true } : {}),
        ...(options.ilpTimeLimit !== undefined ? { ilpTimeLimit: options.ilpTimeLimit } : {}),
      });
      if (shortcut) {
        shortcut.levels.forEach((level, i) => {
          options.onProgress?.({
            level: i + 1,
            value: level.value,
            fixedClasses: level.fixedClasses,
            classes: T,
            panels: panels.length,
          });
        });
        const lower = shortcut.fixed.map((f) => Math.max(0, f - epsilon));
        return {
          distribution: primalLottery({ highs, panels, size, lower, stats }),
          fixed: lower,
          levels: shortcut.levels.length,
          panelsGenerated: panels.length,
          unprovenLevels: 0,
          complete: true,
          method: "relaxation",
        };
      }
    }
    const master = createMasterModel(highs, size);
    try {
      for (const panel of panels) master.addPanel(panel);
      const fixed: (number | undefined)[] = new Array(T).fill(undefined);
      let unfixed = T;
      let levels = 0;
      let lastLevel = 0;
      let unproven = 0;
      let complete = true;
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
          pool,
          weights,
          bound: bound + epsilon,
        });
        if (column === "infeasible") throw infeasible();
        if (column === "unproven") unproven++;
        else if (column.length > 0) {
          for (const counts of column) if (pool.add(counts)) master.addPanel(counts);
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
        method: "levels",
      };
    } finally {
      master.dispose();
    }
  } finally {
    oracle.dispose();
  }
}
