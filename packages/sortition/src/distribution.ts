import type { CompiledInstance } from "./classes.js";
import type { ClassPanel } from "./oracle.js";

/** A lottery over panels of classes: `weights[j]` is the probability of `panels[j]`. */
export interface ClassDistribution {
  panels: ClassPanel[];
  weights: number[];
}

/** Each class member's selection probability: Σ_j weight_j · counts_j[t] / |class t|. */
export function classProbabilities(options: {
  compiled: CompiledInstance;
  distribution: ClassDistribution;
}): number[] {
  const { compiled, distribution } = options;
  const p = compiled.classes.map(() => 0);
  distribution.panels.forEach((panel, j) => {
    const w = distribution.weights[j]!;
    for (let t = 0; t < panel.length; t++) if (panel[t]! > 0) p[t]! += w * panel[t]!;
  });
  return p.map((v, t) => v / compiled.classes[t]!.members.length);
}

/** Each person's probability: 1 if already selected, 0 if excluded, else their class's value. */
export function personProbabilities(options: {
  compiled: CompiledInstance;
  classProbabilities: readonly number[];
}): number[] {
  const { compiled } = options;
  const p = compiled.instance.people.map(() => 0);
  compiled.classes.forEach((cls, t) => {
    for (const i of cls.members) p[i] = options.classProbabilities[t]!;
  });
  for (const i of compiled.selected) p[i] = 1;
  return p;
}

/** Drops panels of (numerically) zero weight and rescales the rest to sum to 1. */
export function normalizeDistribution(distribution: ClassDistribution): ClassDistribution {
  const panels: ClassPanel[] = [];
  const weights: number[] = [];
  distribution.weights.forEach((w, j) => {
    if (w > 1e-12) {
      panels.push(distribution.panels[j]!);
      weights.push(w);
    }
  });
  const total = weights.reduce((s, w) => s + w, 0);
  return { panels, weights: weights.map((w) => w / total) };
}
