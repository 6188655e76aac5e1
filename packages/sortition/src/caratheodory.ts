import type { Highs } from "highs";
import type { CompiledInstance } from "./classes.js";
import { type ClassPanel, panelModelData } from "./oracle.js";
import type { PanelFace } from "./relaxed.js";
import { runCounted, type SolveStats } from "./solver.js";

/**
 * Splits a point of the relaxed polytope (expected counts per class) into panels by
 * Carathéodory steps: find a panel c on the smallest face containing x (an ILP with the
 * tight rows as equalities), then move x away from c, x ← x + θ(x − c), as far as the
 * polytope allows, so that one more row or class bound becomes tight. Every step lowers
 * the face's dimension, so there are at most (classes + 1) steps. Returns the panels, or
 * those found so far with `complete: false` when a face holds no panel (x then lies
 * outside the panels' convex hull, or the walk left it).
 */
export function caratheodoryPanels(options: {
  highs: Highs;
  compiled: CompiledInstance;
  face: PanelFace;
  start: Float64Array;
  stats: SolveStats;
  /** performance.now() after which to stop (returning the panels found so far). */
  deadline?: number;
}): { panels: ClassPanel[]; complete: boolean; steps: number } {
  const { highs, compiled, face, stats } = options;
  const T = compiled.classes.length;
  const { rows, data } = panelModelData(highs, compiled, face);
  const R = rows.lower.length;
  const x = Float64Array.from(options.start);
  const model = highs.createModel({
    ...data,
    integrality: new Array(T).fill(highs.constants.variableType.integer),
  });
  // Any panel on the face will do (the random costs only vary the choice): the ILP stops at
  // its first solution within a gap of 100 %, which on 1,700 → 110 is 2.5× faster overall
  // than a gap of 50 %.
  model.options.set({ output_flag: false, mip_rel_gap: 1, time_limit: 20 });
  const relaxation = highs.createModel(data);
  relaxation.options.set({ output_flag: false });
  // A fixed seed: the same instance always gives the same panels.
  let seed = 12345;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const panels: ClassPanel[] = [];
  const tol = 1e-9;
  const lower = new Float64Array(T);
  const upper = new Float64Array(T);
  const cost = new Float64Array(T);
  const all = { kind: "range", from: 0, to: T - 1 } as const;
  let steps = 0;
  try {
    for (;;) {
      steps++;
      for (let t = 0; t < T; t++) {
        lower[t] = face.countMin[t]!;
        upper[t] = face.countMax[t]!;
        if (x[t]! <= lower[t]! + tol) upper[t] = lower[t]!;
        else if (x[t]! >= upper[t]! - tol) lower[t] = upper[t]!;
        cost[t] = random();
      }
      model.changeColsBounds(all, lower, upper);
      model.changeColsCost(all, cost);
      relaxation.changeColsBounds(all, lower, upper);
      relaxation.changeColsCost(all, cost);
      const sums = new Float64Array(R);
      const tight = new Uint8Array(R);
      for (let r = 0; r < R; r++) {
        let sum = 0;
        for (let i = rows.starts[r]!; i < rows.starts[r + 1]!; i++) sum += x[rows.indices[i]!]!;
        sums[r] = sum;
        const lo = rows.lower[r]!;
        const hi = rows.upper[r]!;
        const [a, b] = sum <= lo + 1e-7 ? [lo, lo] : sum >= hi - 1e-7 ? [hi, hi] : [lo, hi];
        tight[r] = a === b ? 1 : 0;
        model.changeRowBounds(r, a, b);
        relaxation.changeRowBounds(r, a, b);
      }
      const c = new Int32Array(T);
      runCounted(relaxation, stats, "lp");
      let integral = false;
      if (relaxation.getModelStatus() === highs.constants.modelStatus.optimal) {
        const value = relaxation.getSolution().colValue;
        integral = true;
        for (let t = 0; t < T; t++) {
          c[t] = Math.round(value[t]!);
          if (Math.abs(value[t]! - c[t]!) > 1e-7) integral = false;
        }
      }
      if (!integral) {
        runCounted(model, stats, "ilp");
        const status = model.getModelStatus();
        const codes = highs.constants.modelStatus;
        const has = model.info.get("primal_solution_status") === 2;
        if (!(status === codes.optimal || (status === codes.timeLimit && has))) {
          return { panels, complete: false, steps };
        }
        const value = model.getSolution().colValue;
        for (let t = 0; t < T; t++) c[t] = Math.round(value[t]!);
      }
      panels.push(c);
      // θ: the largest step along d = x − c that stays in the polytope.
      let theta = Number.POSITIVE_INFINITY;
      let moving = false;
      // Tight bounds and rows hold with equality for c as for x: they stay tight.
      for (let t = 0; t < T; t++) {
        const d = x[t]! - c[t]!;
        if (Math.abs(d) <= tol) continue;
        moving = true;
        if (lower[t] === upper[t]) continue;
        if (d < 0) theta = Math.min(theta, (x[t]! - lower[t]!) / -d);
        else theta = Math.min(theta, (upper[t]! - x[t]!) / d);
      }
      if (!moving) return { panels, complete: true, steps };
      for (let r = 0; r < R; r++) {
        if (tight[r]) continue;
        let d = 0;
        for (let i = rows.starts[r]!; i < rows.starts[r + 1]!; i++) {
          const t = rows.indices[i]!;
          d += x[t]! - c[t]!;
        }
        if (d > 1e-9) theta = Math.min(theta, (rows.upper[r]! - sums[r]!) / d);
        else if (d < -1e-9) theta = Math.min(theta, (sums[r]! - rows.lower[r]!) / -d);
      }
      // Nothing bounds the step: x equals c up to rounding, and c is the last panel.
      if (!Number.isFinite(theta)) return { panels, complete: true, steps };
      // No progress (numerically stuck): stop, the caller prices the rest.
      if (!(theta > 1e-12)) return { panels, complete: false, steps };
      for (let t = 0; t < T; t++) {
        const v = x[t]! + theta * (x[t]! - c[t]!);
        x[t] = Math.min(face.countMax[t]!, Math.max(face.countMin[t]!, v));
      }
      if (
        steps > 2 * T + R + 2 ||
        performance.now() > (options.deadline ?? Number.POSITIVE_INFINITY)
      ) {
        return { panels, complete: false, steps };
      }
    }
  } finally {
    model.dispose();
    relaxation.dispose();
  }
}
