import { describe, expect, it } from "vitest";
import { rIndicator } from "./r-indicator.js";

function frame(groups: { size: number; rate: number }[]) {
  const cats: number[] = [];
  const responded: number[] = [];
  groups.forEach((g, c) => {
    const yes = Math.round(g.size * g.rate);
    for (let i = 0; i < g.size; i++) {
      cats.push(c);
      responded.push(i < yes ? 1 : 0);
    }
  });
  return {
    categories: [Int32Array.from(cats)],
    sizes: [groups.length],
    responded: Uint8Array.from(responded),
  };
}

describe("the R-indicator", () => {
  it("is 1 when every group responds alike", () => {
    const r = rIndicator(
      frame([
        { size: 200, rate: 0.3 },
        { size: 100, rate: 0.3 },
      ]),
    );
    expect(r.r).toBeCloseTo(1, 3);
    expect(r.responseRate).toBeCloseTo(0.3, 4);
  });

  it("is 1 − 2·S(ρ) with the propensities of the groups (0.2 and 0.6 → about 0.6)", () => {
    const r = rIndicator(
      frame([
        { size: 500, rate: 0.2 },
        { size: 500, rate: 0.6 },
      ]),
    );
    // ρ is 0.2 for half and 0.6 for half: S = 0.2 · √(n / (n − 1)).
    expect(r.propensitySd).toBeCloseTo(0.2 * Math.sqrt(1000 / 999), 3);
    expect(r.r).toBeCloseTo(1 - 2 * 0.2 * Math.sqrt(1000 / 999), 3);
    expect(r).toMatchObject({ invited: 1000, responded: 400 });
  });

  it("stays finite when a group never responds (separation)", () => {
    const r = rIndicator(
      frame([
        { size: 50, rate: 0 },
        { size: 50, rate: 0.5 },
      ]),
    );
    expect(Number.isFinite(r.r)).toBe(true);
    expect(r.r).toBeLessThan(0.6);
  });
});
