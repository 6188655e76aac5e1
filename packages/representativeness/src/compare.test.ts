import { describe, expect, it } from "vitest";
import { parseAgeBands } from "./bands.js";
import { compareWithPopulation, type Person } from "./compare.js";
import { readPopulation } from "./jsonstat.js";
import { marginError } from "./raking.js";
import { syntheticTable } from "./testing.js";

// Population: 179 has 3 times 992's people at every age; ages 0–100 equally common; sexes equal.
const population = readPopulation(
  syntheticTable({
    municipalities: { "179": "Jyväskylä", "992": "Äänekoski" },
    count: (m) => (m === "179" ? 30 : 10),
  }),
);

function person(
  i: number,
  age: number | null,
  sex: number | null,
  municipality: string | null,
): Person {
  return { id: `p${i}`, age, sex, municipality };
}

describe("a group against the population", () => {
  const bands = parseAgeBands("15-29,30-44,45-64,65-79");
  // 60 people: women twice as many as men, everyone from 179, ages spread over the bands.
  const group = Array.from({ length: 60 }, (_, i) =>
    person(i, 15 + (i % 65), i % 3 === 0 ? 1 : 2, "179"),
  );
  const outside = [
    person(100, 12, 1, "179"),
    person(101, 40, 1, "999"),
    person(102, null, 2, "179"),
  ];

  it("gives per dimension each category's population and group share, ratio, D and χ²", () => {
    const { report } = compareWithPopulation({
      population,
      people: [...group, ...outside],
      by: ["age", "sex", "municipality"],
      ageBands: bands,
    });
    expect(report.people).toEqual({
      rows: 63,
      included: 60,
      group: 60,
      excluded: [
        { reason: "age outside the bands (15-29, 30-44, 45-64, 65-79)", count: 1 },
        { reason: "municipality not in the population file", count: 1 },
        { reason: "age missing", count: 1 },
      ],
    });
    // The population within 15–79: 65 ages × 2 sexes × (30 + 10).
    expect(report.population.people).toBe(65 * 2 * 40);
    const sex = report.dimensions.sex!;
    expect(sex.groups.map((g) => [g.group, g.populationShare, g.groupShare])).toEqual([
      ["1", 0.5, 20 / 60],
      ["2", 0.5, 40 / 60],
    ]);
    expect(sex.groups[0]!.ratio).toBeCloseTo(2 / 3, 12);
    expect(sex.D).toBeCloseTo(1 / 6, 12);
    expect(sex.chi2).toBeCloseTo((20 - 30) ** 2 / 30 + (40 - 30) ** 2 / 30, 12);
    expect(sex.df).toBe(1);
    const municipality = report.dimensions.municipality!;
    expect(municipality.groups.map((g) => [g.group, g.populationShare, g.groupShare])).toEqual([
      ["179", 0.75, 1],
      ["992", 0.25, 0],
    ]);
    expect(municipality.D).toBeCloseTo(0.25, 12);
    const age = report.dimensions.age!;
    expect(age.groups.map((g) => g.group)).toEqual(["15-29", "30-44", "45-64", "65-79"]);
    expect(age.groups.map((g) => g.populationShare)).toEqual([15 / 65, 15 / 65, 20 / 65, 15 / 65]);
    expect(report.rIndicator).toBeNull();
  });

  it("weights the group to the population's margins, and says when a category is empty", () => {
    const mixed = group.map((p, i) => ({ ...p, municipality: i % 5 === 0 ? "992" : "179" }));
    const { report, weights } = compareWithPopulation({
      population,
      people: mixed,
      by: ["age", "sex", "municipality"],
      ageBands: bands,
      weights: true,
    });
    expect(weights).toHaveLength(60);
    const w = Float64Array.from(weights!, (x) => x.weight);
    const dims = ["age", "sex", "municipality"] as const;
    const index = (d: (typeof dims)[number], p: Person) =>
      d === "sex"
        ? p.sex! - 1
        : d === "municipality"
          ? p.municipality === "179"
            ? 0
            : 1
          : bands.findIndex((b) => p.age! >= b.min && p.age! <= b.max);
    const error = marginError(w, {
      categories: dims.map((d) => Int32Array.from(mixed, (p) => index(d, p))),
      targets: dims.map((d) => report.dimensions[d]!.groups.map((g) => g.populationShare)),
    });
    expect(error).toBeLessThan(1e-8);
    expect(report.weights!.designEffect).toBeGreaterThan(1);
    expect(() =>
      compareWithPopulation({ population, people: group, by: ["municipality"], weights: true }),
    ).toThrow(/no one in the group is in municipality 992/);
  });

  it("measures response over a whole invited frame with the R-indicator", () => {
    const frame = Array.from({ length: 400 }, (_, i) => ({
      ...person(i, 20 + (i % 50), (i % 2) + 1, "179"),
      // Women respond twice as often as men.
      responded: i % 2 === 1 ? i % 5 < 2 : i % 5 < 1,
    }));
    const { report } = compareWithPopulation({ population, people: frame, by: ["sex"] });
    expect(report.people.group).toBe(frame.filter((p) => p.responded).length);
    expect(report.rIndicator!.invited).toBe(400);
    expect(report.rIndicator!.r).toBeLessThan(0.95);
    expect(report.rIndicator!.r).toBeGreaterThan(0.7);
  });
});
