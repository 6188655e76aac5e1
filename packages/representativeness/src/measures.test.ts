import { describe, expect, it } from "vitest";
import { measureDimension, mergeSmallCells } from "./measures.js";

describe("one dimension against the population", () => {
  it("gives shares, ratios, D and the χ² test", () => {
    const m = measureDimension({
      names: ["1", "2"],
      population: [500, 500],
      people: [30, 70],
      ordered: false,
    });
    expect(m.groups.map((g) => [g.groupShare, g.populationShare, g.ratio])).toEqual([
      [0.3, 0.5, 0.6],
      [0.7, 0.5, 1.4],
    ]);
    expect(m.D).toBeCloseTo(0.2, 12);
    expect(m.chi2).toBeCloseTo(16, 12); // (30−50)²/50 + (70−50)²/50
    expect(m.df).toBe(1);
    expect(m.p).toBeCloseTo(6.334e-5, 7);
  });

  it("merges age bands expecting under 5 people with their smaller neighbour", () => {
    const cells = mergeSmallCells(
      [
        { names: ["15-29"], observed: 10, expected: 20 },
        { names: ["30-44"], observed: 12, expected: 20 },
        { names: ["45-64"], observed: 15, expected: 10 },
        { names: ["65-74"], observed: 1, expected: 3 },
        { names: ["75-"], observed: 2, expected: 2 },
      ],
      true,
    );
    expect(cells.map((c) => c.names)).toEqual([["15-29"], ["30-44"], ["45-64"], ["65-74", "75-"]]);
    expect(cells[3]).toMatchObject({ observed: 3, expected: 5 });
  });

  it("has no χ² when the group is empty, and D then is the whole population's spread", () => {
    const m = measureDimension({
      names: ["a", "b"],
      population: [1, 3],
      people: [0, 0],
      ordered: false,
    });
    expect(m.chi2).toBeNull();
    expect(m.p).toBeNull();
    expect(m.D).toBeCloseTo(0.5, 12);
  });
});
