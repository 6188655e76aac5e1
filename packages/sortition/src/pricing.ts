import { SortitionError } from "./errors.js";
import type { SwapSearch } from "./localsearch.js";
import type { ClassPanel, PanelOracle } from "./oracle.js";

/** The panels known so far, each once (by its counts). */
export interface PanelPool {
  readonly panels: ClassPanel[];
  has(panel: ClassPanel): boolean;
  /** Adds the panel unless it is known; true when it was new. */
  add(panel: ClassPanel): boolean;
}

export function createPanelPool(initial: readonly ClassPanel[] = []): PanelPool {
  const panels: ClassPanel[] = [];
  const keys = new Set<string>();
  const pool: PanelPool = {
    panels,
    has: (panel) => keys.has(panelKey(panel)),
    add(panel) {
      const key = panelKey(panel);
      if (keys.has(key)) return false;
      keys.add(key);
      panels.push(panel);
      return true;
    },
  };
  for (const panel of initial) pool.add(panel);
  return pool;
}

/** How many of the best known panels the swap search starts from per pricing round. */
const SWAP_STARTS = 10;

/**
 * Pricing: panels whose weight exceeds `bound`, or none when none exists. The LP
 * relaxation answers when it is integral or already below the bound; otherwise swap
 * search from the best known panels supplies columns that close at least a quarter of the gap
 * to the LP bound; only failing that is the exact ILP solved.
 */
export function priceColumns(options: {
  oracle: PanelOracle;
  search: SwapSearch;
  pool: PanelPool;
  weights: number[];
  bound: number;
}): ClassPanel[] | "infeasible" | "unproven" {
  const { oracle, search, pool, weights, bound } = options;
  const fresh = (counts: ClassPanel | null, value: number) =>
    counts !== null && value > bound && !pool.has(counts);
  const lp = oracle.relax(weights);
  if (!lp) return "infeasible";
  if (lp.counts) return fresh(lp.counts, lp.value) ? [lp.counts] : [];
  if (lp.value <= bound) return [];
  const threshold = bound + 0.25 * (lp.value - bound);
  const columns: ClassPanel[] = [];
  const keys = new Set<string>();
  let incumbent: { counts: ClassPanel; value: number } | undefined;
  for (const start of bestKnown(pool.panels, weights, SWAP_STARTS)) {
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

export function infeasible(): SortitionError {
  return new SortitionError({ code: "INFEASIBLE_QUOTAS", message: "no panel meets every quota" });
}

function panelKey(panel: ClassPanel): string {
  return panel.join(",");
}

/** Multiplicative weights: repeatedly take the heaviest panel and discount its members. */
export function initialPanels(oracle: PanelOracle, size: number[], rounds: number): ClassPanel[] {
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
