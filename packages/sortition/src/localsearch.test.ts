import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPanel } from "./check.js";
import { compileInstance } from "./classes.js";
import { expandPanel } from "./draw.js";
import { createSwapSearch } from "./localsearch.js";
import type { Instance, Person } from "./model.js";
import { createPanelOracle } from "./oracle.js";
import { seededRandom } from "./random.js";
import { loadSolver, newStats } from "./solver.js";
import { quota } from "./testing/fixtures.js";

/** 60 people over gender × age × language, some sharing households. */
function pool(): Instance {
  const random = seededRandom({ seed: "pool", purpose: "test" });
  const people: Person[] = Array.from({ length: 60 }, (_, i) => {
    const features = {
      g: random.nextFloat() < 0.6 ? "f" : "m",
      age: ["young", "middle", "old"][random.nextInt(3)]!,
      lang: random.nextFloat() < 0.85 ? "fi" : "sv",
    };
    const person: Person = { id: String(i + 1), features, columns: {} };
    if (i < 12) person.household = `h${i % 5}`;
    return person;
  });
  const quotas = [
    quota("g", "f", 4, 6),
    quota("g", "m", 4, 6),
    quota("age", "young", 3, 4),
    quota("age", "middle", 3, 4),
    quota("age", "old", 3, 4),
    quota("lang", "fi", 8, 9),
    quota("lang", "sv", 1, 2),
  ];
  return { quotas, people, k: 10 };
}

describe("swap search", () => {
  it("keeps panels valid and never loses weight; the ILP is never beaten", async () => {
    const instance = pool();
    const compiled = compileInstance(instance);
    const highs = await loadSolver();
    const oracle = createPanelOracle({ highs, compiled, stats: newStats() });
    const search = createSwapSearch(compiled);
    const T = compiled.classes.length;
    try {
      const start = oracle.best(new Array(T).fill(1))!.counts!;
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: T, maxLength: T }),
          (weights) => {
            const startValue = weights.reduce((s, w, t) => s + w * start[t]!, 0);
            const improved = search.improve(start, weights);
            expect(improved.value).toBeGreaterThanOrEqual(startValue - 1e-12);
            const random = seededRandom({ seed: "expand", purpose: "test" });
            const ids = expandPanel({ compiled, panel: improved.counts, random }).map(
              (i) => instance.people[i]!.id,
            );
            expect(checkPanel({ instance, panel: ids })).toEqual([]);
            const exact = oracle.best(weights)!;
            // The ILP is exact up to its gap: relative 1e-6 of the objective (mip_rel_gap) plus
            // absolute ~1e-9, so a panel may beat it by up to 1e-6 × |value| (seen: 1.000001e-6
            // at a value of 4.8).
            const gap = 1e-6 * Math.max(1, Math.abs(exact.value)) + 1e-9;
            expect(improved.value).toBeLessThanOrEqual(exact.value + gap);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      oracle.dispose();
    }
  });

  it("the oracle proves that no panel beats a bound above the optimum", async () => {
    const compiled = compileInstance(pool());
    const oracle = createPanelOracle({ highs: await loadSolver(), compiled, stats: newStats() });
    try {
      const weights = compiled.classes.map((_, t) => ((t * 7919) % 13) / 13);
      const best = oracle.best(weights)!;
      expect(best.counts).not.toBeNull();
      const above = oracle.best(weights, best.value + 1e-6)!;
      expect(above.counts).toBeNull();
      expect(above.unproven).toBeUndefined();
      const below = oracle.best(weights, best.value - 0.5)!;
      expect(below.value).toBeGreaterThan(best.value - 0.5);
    } finally {
      oracle.dispose();
    }
  });
});
