import { describe, expect, it } from "vitest";
import { bigRatioToDouble, ratioToDouble } from "./polis-number.js";

// Expected values from Java: new BigDecimal(n).divide(new BigDecimal(d), MathContext.DECIMAL64)
// .doubleValue(), which is Clojure's Ratio.doubleValue().
const JAVA: [number | bigint, number | bigint, number][] = [
  [55, 48, 1.145833333333333], // IEEE 55/48 is 1.1458333333333333
  [2469135780246913, 200000000, 12345678.90123456], // …456|5: half-even keeps the 6
  [2469135780246915, 200000000, 12345678.90123458], // …457|5: half-even rounds up
  [-7, 3, -2.333333333333333],
  [1, 3, 0.3333333333333333],
  [2, 3, 0.6666666666666667],
  [98765432109876543210n, 12345678901n, 8000000073.052001],
];

describe("ratioToDouble: Clojure's double of an exact ratio", () => {
  it.each(JAVA)("%s / %s", (n, d, expected) => {
    expect(bigRatioToDouble(n, d)).toBe(expected);
    if (typeof n === "number" && typeof d === "number") expect(ratioToDouble(n, d)).toBe(expected);
  });

  it("integers and zero are exact", () => {
    expect(ratioToDouble(12, 4)).toBe(3);
    expect(ratioToDouble(0, 7)).toBe(0);
    expect(ratioToDouble(-9, 3)).toBe(-3);
  });

  it("the fast path agrees with the BigInt path on counts-like ratios", () => {
    let seed = 1;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      const scale = [10, 1e3, 1e6, 1e9, 1e13][i % 5]!;
      const n = next(scale) * (i % 7 === 0 ? -1 : 1);
      const d = 1 + next(scale);
      expect(ratioToDouble(n, d)).toBe(bigRatioToDouble(n, d));
    }
  });
});
