import { describe, expect, it } from "vitest";
import { fairness } from "./fairness.js";

describe("fairness", () => {
  it("equal probabilities: Gini 0, geometric mean = minimum = k/n", () => {
    const f = fairness({ probabilities: [0.5, 0.5, 0.5, 0.5], k: 2 });
    expect(f).toMatchObject({
      n: 4,
      equalShare: 0.5,
      minimum: 0.5,
      maximum: 0.5,
      belowHalfShare: 0,
    });
    expect(f.gini).toBeCloseTo(0, 12);
    expect(f.geometricMean).toBeCloseTo(0.5, 12);
  });

  it("matches hand-computed figures", () => {
    // Mean absolute difference over all ordered pairs of [0, 0.5, 1, 0.5]:
    // Σ|pi − pj| = 2·(0.5 + 1 + 0.5 + 0.5 + 0 + 0.5) = 6; G = 6 / (2·16·0.5) = 0.375.
    const f = fairness({ probabilities: [0, 0.5, 1, 0.5], k: 2 });
    expect(f.gini).toBeCloseTo(0.375, 12);
    expect(f.geometricMean).toBe(0);
    expect(f.belowHalfShare).toBe(1);
    const g = fairness({ probabilities: [0.25, 1], k: 1 });
    expect(g.geometricMean).toBeCloseTo(0.5, 12);
  });
});
