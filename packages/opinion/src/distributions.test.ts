import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import {
  benjaminiHochberg,
  chiSquareSurvival,
  normalQuantile,
  wilsonInterval,
} from "./distributions.js";

describe("distributions", () => {
  it("chi-square survival matches table values", () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(5.991464547107979, 2)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(23.209251158954356, 10)).toBeCloseTo(0.01, 9);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });

  it("normal quantile matches table values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281551566, 7);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 6);
  });

  it("Wilson interval matches a worked example (8 of 10 at 95%)", () => {
    const ci = wilsonInterval(8, 10, 1.959963985);
    expect(ci.estimate).toBe(0.8);
    expect(ci.low).toBeCloseTo(0.4902, 4);
    expect(ci.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 0, 1.96)).toEqual({ estimate: 0, low: 0, high: 1 });
  });

  it("Benjamini-Hochberg adjusts monotonically", () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    // Sorted p: 0.01, 0.03, 0.04, 0.5 → p·m/rank: 0.04, 0.06, 0.0533…, 0.5 → running minimum from the top.
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[1]).toBeCloseTo(0.16 / 3, 12);
    expect(q[2]).toBeCloseTo(0.16 / 3, 12);
    expect(q[3]).toBeCloseTo(0.5, 12);
  });

  it("adjusted Rand index is 1 up to relabelling and about 0 for unrelated labels", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [5, 5, 3, 3, 9])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeLessThan(0);
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});
