import type { CompiledInstance } from "./classes.js";
import type { ClassPanel } from "./oracle.js";
import type { PanelFace } from "./relaxed.js";

/**
 * A cheap pricing heuristic: from a quota-satisfying panel, swap one member of class a for
 * one of class b while the quotas and the household rule still hold, taking the best gain
 * w_b − w_a each step, until no swap gains. Column generation only needs *some* panel that
 * beats the dual bound, so an exact ILP is needed only when this finds none.
 */
export interface SwapSearch {
  improve(panel: ClassPanel, weights: ArrayLike<number>): { counts: ClassPanel; value: number };
}

export function createSwapSearch(compiled: CompiledInstance, face?: PanelFace): SwapSearch {
  const T = compiled.classes.length;
  const F = compiled.features.length;
  const size = face ? face.countMax : compiled.classes.map((c) => c.members.length);
  const floor = face ? face.countMin : new Array<number>(T).fill(0);
  const quotaOf = new Int32Array(T * F);
  compiled.classes.forEach((c, t) => {
    c.quotas.forEach((q, f) => {
      quotaOf[t * F + f] = q;
    });
  });
  const min = face ? face.quotaMin : compiled.bounds.map((b) => b.min);
  const max = face ? face.quotaMax : compiled.bounds.map((b) => b.max);
  const group = new Int32Array(T).fill(-1);
  compiled.households.forEach((g, i) => {
    for (const t of g) group[t] = i;
  });

  return {
    improve(panel, weights) {
      const counts = Int32Array.from(panel);
      const quotaCount = new Int32Array(min.length);
      const groupCount = new Int32Array(compiled.households.length);
      for (let t = 0; t < T; t++) {
        if (counts[t] === 0) continue;
        for (let f = 0; f < F; f++) quotaCount[quotaOf[t * F + f]!]! += counts[t]!;
        if (group[t]! >= 0) groupCount[group[t]!]! += counts[t]!;
      }
      const order = Array.from({ length: T }, (_, t) => t).sort(
        (a, b) => weights[b]! - weights[a]!,
      );
      const swapOk = (a: number, b: number) => {
        for (let f = 0; f < F; f++) {
          const qa = quotaOf[a * F + f]!;
          const qb = quotaOf[b * F + f]!;
          if (qa !== qb && (quotaCount[qa]! - 1 < min[qa]! || quotaCount[qb]! + 1 > max[qb]!))
            return false;
        }
        const g = group[b]!;
        return g < 0 || groupCount[g] === 0 || group[a] === g;
      };
      for (;;) {
        let bestGain = 1e-12;
        let bestA = -1;
        let bestB = -1;
        for (let a = 0; a < T; a++) {
          if (counts[a]! <= floor[a]!) continue;
          const wa = weights[a]!;
          for (const b of order) {
            const gain = weights[b]! - wa;
            if (gain <= bestGain) break;
            if (b === a || counts[b]! >= size[b]!) continue;
            if (swapOk(a, b)) {
              bestGain = gain;
              bestA = a;
              bestB = b;
              break;
            }
          }
        }
        if (bestA < 0) break;
        counts[bestA]!--;
        counts[bestB]!++;
        for (let f = 0; f < F; f++) {
          quotaCount[quotaOf[bestA * F + f]!]!--;
          quotaCount[quotaOf[bestB * F + f]!]!++;
        }
        if (group[bestA]! >= 0) groupCount[group[bestA]!]!--;
        if (group[bestB]! >= 0) groupCount[group[bestB]!]!++;
      }
      let value = 0;
      for (let t = 0; t < T; t++) value += counts[t]! * weights[t]!;
      return { counts, value };
    },
  };
}
