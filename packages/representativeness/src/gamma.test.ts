import { describe, expect, it } from "vitest";
import { chiSquareP, logGamma, upperGamma } from "./gamma.js";

describe("the χ² upper tail", () => {
  it("matches tabulated critical values (p = 0.05 and 0.01)", () => {
    // Critical values from any χ² table.
    const table: [number, number, number][] = [
      [1, 3.841459, 0.05],
      [2, 5.991465, 0.05],
      [3, 7.814728, 0.05],
      [5, 11.0705, 0.05],
      [10, 18.30704, 0.05],
      [30, 43.77297, 0.05],
      [1, 6.634897, 0.01],
      [4, 13.2767, 0.01],
      [20, 37.56623, 0.01],
    ];
    for (const [df, x, p] of table) expect(chiSquareP(x, df)).toBeCloseTo(p, 6);
  });

  it("has closed forms to agree with: df 2 is exp(-x/2), Q(1, x) = e^-x", () => {
    for (const x of [0.1, 1, 4.5, 20, 80]) {
      expect(chiSquareP(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
      expect(upperGamma(1, x)).toBeCloseTo(Math.exp(-x), 12);
    }
    expect(chiSquareP(0, 3)).toBe(1);
  });

  it("computes ln Γ: Γ(n) = (n-1)!, Γ(1/2) = √π", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it("refuses values outside its domain", () => {
    expect(() => upperGamma(0, 1)).toThrow(RangeError);
    expect(() => upperGamma(1, -1)).toThrow(RangeError);
  });
});
