import type { Highs } from "highs";
import { caratheodoryPanels } from "./caratheodory.js";
import type { CompiledInstance } from "./classes.js";
import { createSwapSearch, type SwapSearch } from "./localsearch.js";
import { createMasterModel } from "./master.js";
import { createPanelOracle, type PanelOracle } from "./oracle.js";
import { type PanelPool, priceColumns } from "./pricing.js";
import { relaxedLeximin } from "./relaxed.js";
import type { SolveStats } from "./solver.js";

export interface ShortcutResult {
  /** Per class, the probability the lottery over `panels` reaches (the true LEXIMIN). */
  fixed: number[];
  /** The relaxed levels: value and how many classes were fixed at it. */
  levels: { value: number; fixedClasses: number }[];
}

/**
 * The fast route to LEXIMIN. (1) LEXIMIN over the LP relaxation of the quotas, one small LP
 * per level: an upper bound for every level. (2) Carathéodory steps split that point into
 * panels on the face every optimal lottery lives on. (3) Column generation (pricing
 * restricted to that face) until the known panels give every class its relaxed value. When
 * they do, the relaxed values are achievable, hence the true LEXIMIN, and no level needs a
 * proof of its own. Returns undefined when pricing proves them unreachable (the quotas
 * have an integrality gap that matters) or the deadline passes; the panels found are kept
 * in `pool` for the level-by-level method.
 */
export function leximinShortcut(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
  /** Known panels; the panels found here are added (and kept for the fallback). */
  pool: PanelPool;
  epsilon: number;
  maximinOnly?: boolean;
  ilpTimeLimit?: number;
  /** performance.now() after which to give up. */
  deadline: number;
}): ShortcutResult | undefined {
  const { highs, compiled, stats, pool } = options;
  const relaxed = relaxedLeximin({
    highs,
    compiled,
    stats,
    ...(options.maximinOnly ? { maximinOnly: true } : {}),
  });
  const split = caratheodoryPanels({
    highs,
    compiled,
    face: relaxed.face,
    start: relaxed.center,
    stats,
    deadline: options.deadline,
  });
  for (const panel of split.panels) pool.add(panel);
  const oracle = createPanelOracle({
    highs,
    compiled,
    stats,
    face: relaxed.face,
    ...(options.ilpTimeLimit !== undefined ? { ilpTimeLimit: options.ilpTimeLimit } : {}),
  });
  try {
    const reached = reachTargets({
      highs,
      oracle,
      search: createSwapSearch(compiled, relaxed.face),
      pool,
      size: compiled.classes.map((c) => c.members.length),
      targets: relaxed.fixed,
      epsilon: options.epsilon,
      stats,
      deadline: options.deadline,
    });
    return reached ? { fixed: relaxed.fixed, levels: relaxed.levels } : undefined;
  } finally {
    oracle.dispose();
  }
}

/**
 * Column generation on the least total shortfall below `targets`: true as soon as the known
 * panels give every class its target (total shortfall ≤ ε), false when pricing proves that
 * no lottery does, an ILP could not decide, or the deadline passed.
 */
function reachTargets(options: {
  highs: Highs;
  oracle: PanelOracle;
  search: SwapSearch;
  pool: PanelPool;
  size: number[];
  targets: number[];
  epsilon: number;
  stats: SolveStats;
  deadline: number;
}): boolean {
  const { oracle, search, pool, size, epsilon, stats } = options;
  const master = createMasterModel(options.highs, size);
  try {
    for (const panel of pool.panels) master.addPanel(panel);
    master.aim(options.targets);
    for (;;) {
      const { y, bound, objective } = master.solve(stats);
      if (objective >= -epsilon) return true;
      if (performance.now() > options.deadline) return false;
      const weights = y.map((v, t) => v / size[t]!);
      const columns = priceColumns({
        oracle,
        search,
        pool,
        weights,
        bound: bound + epsilon * 1e-3,
      });
      // "infeasible" here means no panel lies on the face: the relaxed optimum is out of reach.
      if (columns === "infeasible" || columns === "unproven" || columns.length === 0) return false;
      for (const counts of columns) {
        if (pool.add(counts)) master.addPanel(counts);
      }
    }
  } finally {
    master.dispose();
  }
}
