import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kishDesignEffect, marginError, rake } from "./raking.js";

/** People with categories drawn so that every category has someone in it. */
const people = fc
  .tuple(
    fc.integer({ min: 2, max: 4 }),
    fc.integer({ min: 2, max: 5 }),
    fc.integer({ min: 40, max: 300 }),
    fc.integer(),
  )
  .map(([k1, k2, n, seed]) => {
    let s = seed >>> 0 || 1;
    const next = () => {
      s = (s * 1103515245 + 12345) >>> 0;
      return s / 2 ** 32;
    };
    // Every combination once (so the margins can be met), then skewed draws.
    const a = Int32Array.from({ length: n }, (_, i) =>
      i < k1 * k2 ? i % k1 : Math.floor(next() * next() * k1),
    );
    const b = Int32Array.from({ length: n }, (_, i) =>
      i < k1 * k2 ? Math.floor(i / k1) : Math.floor(next() * k2),
    );
    const share = (k: number) => {
      const raw = Array.from({ length: k }, () => 0.2 + next());
      const sum = raw.reduce((x, y) => x + y, 0);
      return raw.map((x) => x / sum);
    };
    return { categories: [a, b], targets: [share(k1), share(k2)], names: [[], []] as string[][] };
  });

describe("raking weights", () => {
  it("make the weighted shares equal the population's on every dimension, mean weight 1", () => {
    fc.assert(
      fc.property(people, (input) => {
        const result = rake({ ...input, trim: { lower: 0, upper: Number.POSITIVE_INFINITY } });
        expect(marginError(result.weights, input)).toBeLessThan(1e-8);
        const mean = result.weights.reduce((s, w) => s + w, 0) / result.weights.length;
        expect(mean).toBeCloseTo(1, 10);
        expect(result.designEffect).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it("are trimmed to bounds when that still lets the margins hold", () => {
    // 90 men and 10 women where the population is half and half: raw weights 0.56 and 5.
    const sex = Int32Array.from({ length: 100 }, (_, i) => (i < 90 ? 0 : 1));
    const age = Int32Array.from({ length: 100 }, (_, i) => i % 2);
    const input = {
      categories: [sex, age],
      targets: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      names: [[], []],
    };
    const free = rake({ ...input, trim: { lower: 0, upper: 100 } });
    expect(free.max).toBeCloseTo(5, 6);
    const trimmed = rake({ ...input, trim: { lower: 0.2, upper: 6 } });
    expect(trimmed.withinTrim).toBe(true);
    expect(marginError(trimmed.weights, input)).toBeLessThan(1e-8);
    // Bounds that cannot hold with the margins: the margins win, and it is said.
    const tight = rake({ ...input, trim: { lower: 0.5, upper: 2 } });
    expect(tight.withinTrim).toBe(false);
    expect(marginError(tight.weights, input)).toBeLessThan(1e-8);
  });

  it("say which category has no one in it", () => {
    const input = {
      categories: [Int32Array.from([0, 0, 0])],
      targets: [[0.5, 0.5]],
      names: [["sex 1", "sex 2"]],
    };
    expect(() => rake(input)).toThrow(
      /no one in the group is in sex 2 \(population share 50.0 %\)/,
    );
  });

  it("Kish's design effect: 1 for equal weights, n Σw² / (Σw)² otherwise", () => {
    expect(kishDesignEffect([1, 1, 1, 1])).toBe(1);
    expect(kishDesignEffect([1, 3])).toBeCloseTo((2 * 10) / 16, 12);
  });
});
