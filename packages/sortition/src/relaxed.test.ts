import { describe, expect, it } from "vitest";
import { caratheodoryPanels } from "./caratheodory.js";
import { checkPanel } from "./check.js";
import { compileInstance } from "./classes.js";
import { expandPanel } from "./draw.js";
import { primalLottery } from "./master.js";
import type { Instance } from "./model.js";
import { seededRandom } from "./random.js";
import { relaxedLeximin } from "./relaxed.js";
import { findDistribution } from "./select.js";
import { loadSolver, newStats } from "./solver.js";
import { oddCycle, randomInstance } from "./testing/fixtures.js";

const highs = await loadSolver();

describe("relaxedLeximin", () => {
  it("gives the LP relaxation's LEXIMIN and the rows every optimal panel must meet", () => {
    const compiled = compileInstance(oddCycle);
    const relaxed = relaxedLeximin({ highs, compiled, stats: newStats() });
    // x = (1/2, 1/2, 1/2, 1/2) meets every quota: one level at 1/2, above the true 1/3.
    for (const f of relaxed.fixed) expect(f).toBeCloseTo(0.5, 9);
    expect(relaxed.levels).toHaveLength(1);
    // Every optimal point has x1 + x2 = 1 etc.: the "= 1" rows are forced to their maximum.
    const forced = compiled.instance.quotas.map((q, i) => [
      `${q.feature}=${q.value}`,
      relaxed.face.quotaMin[i],
      relaxed.face.quotaMax[i],
    ]);
    expect(forced).toContainEqual(["a=1", 1, 1]);
    expect(forced).toContainEqual(["b=1", 1, 1]);
    expect(forced).toContainEqual(["a=0", 0, 2]);
    // The centre meets every fixed value.
    relaxed.center.forEach((x, t) => {
      expect(x / compiled.classes[t]!.members.length).toBeGreaterThanOrEqual(0.5 - 1e-9);
    });
  });

  it("bounds the true LEXIMIN from above level by level and is reached on a random pool", async () => {
    const instance = randomInstance({ n: 90, k: 15, features: 4, seed: "relaxed" });
    const compiled = compileInstance(instance);
    const relaxed = relaxedLeximin({ highs, compiled, stats: newStats() });
    const slow = await findDistribution({ instance, levelByLevel: true });
    const byClass = compiled.classes.map((c) => slow.probabilities[c.members[0]!]!);
    // The smallest probability is the first level; the true one cannot exceed it.
    expect(Math.min(...byClass)).toBeLessThanOrEqual(relaxed.levels[0]!.value + 1e-6);
    const fast = await findDistribution({ instance });
    expect(fast.stats.method).toBe("relaxation");
    // Both are LEXIMIN up to the solvers' tolerances and the 1e-6 fixing margins per level.
    expect(fast.fairness.minimum).toBeGreaterThanOrEqual(slow.fairness.minimum - 1e-6);
    fast.probabilities.forEach((p, i) => {
      expect(Math.abs(p - slow.probabilities[i]!)).toBeLessThan(1e-4);
    });
  });
});

/** The relaxed LEXIMIN of `instance` and its Carathéodory split. */
function split(instance: Instance) {
  const compiled = compileInstance(instance);
  const stats = newStats();
  const relaxed = relaxedLeximin({ highs, compiled, stats });
  const panels = caratheodoryPanels({
    highs,
    compiled,
    face: relaxed.face,
    start: relaxed.center,
    stats,
  });
  return { compiled, stats, relaxed, split: panels };
}

describe("caratheodoryPanels", () => {
  it("splits the relaxed optimum into real panels whose lottery reaches it", () => {
    const instance = randomInstance({ n: 120, k: 20, features: 3, seed: "split" });
    const { compiled, stats, relaxed, split: result } = split(instance);
    expect(result.panels.length).toBeGreaterThan(0);
    expect(result.panels.length).toBeLessThanOrEqual(compiled.classes.length + 1);
    const random = seededRandom({ seed: "split", purpose: "test" });
    for (const panel of result.panels) {
      expect(panel.reduce((s, c) => s + c, 0)).toBe(instance.k);
      const ids = expandPanel({ compiled, panel, random }).map((i) => instance.people[i]!.id);
      expect(checkPanel({ instance, panel: ids })).toEqual([]);
    }
    if (result.complete) {
      // A complete split reaches every relaxed value with the panels alone.
      const size = compiled.classes.map((c) => c.members.length);
      const lottery = primalLottery({
        highs,
        panels: result.panels,
        size,
        lower: relaxed.fixed.map((f) => f - 1e-6),
        stats,
      });
      const reached = size.map(() => 0);
      lottery.panels.forEach((panel, j) => {
        panel.forEach((c, t) => {
          reached[t]! += (lottery.weights[j]! * c) / size[t]!;
        });
      });
      reached.forEach((p, t) => {
        expect(p).toBeGreaterThanOrEqual(relaxed.fixed[t]! - 1e-5);
      });
    }
  });

  it("stops incomplete when the face holds no panel", () => {
    const { split: result } = split(oddCycle);
    expect(result.complete).toBe(false);
    expect(result.panels).toHaveLength(0);
  });
});
