import highsModule, { type Highs } from "highs";

// `highs` ships CommonJS typings but an ES module build: the loader is the default export at
// run time, while TypeScript (NodeNext) sees it under `.default`. Accept both.
type Loader = () => Promise<Highs>;
const loadHighs: Loader =
  (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

let pending: Promise<Highs> | undefined;

/** Loads HiGHS (WebAssembly) once per process and reuses the instance. */
export function loadSolver(): Promise<Highs> {
  if (!pending) pending = loadHighs();
  return pending;
}

/** Counts of solver calls, for benchmarks and reports. */
export interface SolveStats {
  ilpSolves: number;
  lpSolves: number;
  /** Wall-clock seconds inside ILP and LP solves. */
  ilpSeconds: number;
  lpSeconds: number;
  /** Of the LP solves, those of the pricing LP relaxation. */
  relaxations: number;
  relaxSeconds: number;
}

export function newStats(): SolveStats {
  return {
    ilpSolves: 0,
    lpSolves: 0,
    ilpSeconds: 0,
    lpSeconds: 0,
    relaxations: 0,
    relaxSeconds: 0,
  };
}

/**
 * Runs a HiGHS model and books the call in `stats`: "ilp", "lp", or "relaxation" (an LP
 * relaxation of the panel ILP, counted as an LP too).
 */
export function runCounted(
  model: { run(): unknown },
  stats: SolveStats,
  kind: "ilp" | "lp" | "relaxation",
): void {
  const started = performance.now();
  model.run();
  const seconds = (performance.now() - started) / 1000;
  if (kind === "ilp") {
    stats.ilpSolves++;
    stats.ilpSeconds += seconds;
    return;
  }
  stats.lpSolves++;
  stats.lpSeconds += seconds;
  if (kind === "relaxation") {
    stats.relaxations++;
    stats.relaxSeconds += seconds;
  }
}
