import { describe, expect, it } from "vitest";
import { countFieldId, drawFieldFor, proportionalCounts, quotasFrom } from "./drawForm.js";

describe("draw form: strata counts and quotas", () => {
  it("allocates the group size in proportion to each stratum, summing to the size", () => {
    const strata = [
      { stratum: "179|15-29", eligible: 10 },
      { stratum: "179|30-44", eligible: 20 },
      { stratum: "992|15-29", eligible: 30 },
    ];
    expect(proportionalCounts(strata, 6)).toEqual({
      "179|15-29": 1,
      "179|30-44": 2,
      "992|15-29": 3,
    });
    // 7 × (1/6, 2/6, 3/6) = 1.17, 2.33, 3.5: the largest remainder gets the seventh.
    expect(proportionalCounts(strata, 7)).toEqual({
      "179|15-29": 1,
      "179|30-44": 2,
      "992|15-29": 4,
    });
    const sum = Object.values(proportionalCounts(strata, 41)).reduce((a, b) => a + b, 0);
    expect(sum).toBe(41);
  });

  it("never asks a stratum for more than it has, and stops at the whole pool", () => {
    const strata = [
      { stratum: "a", eligible: 1 },
      { stratum: "b", eligible: 100 },
    ];
    expect(proportionalCounts(strata, 500)).toEqual({ a: 1, b: 100 });
    expect(proportionalCounts([{ stratum: "a", eligible: 0 }], 5)).toEqual({ a: 0 });
    expect(proportionalCounts(strata, 0)).toEqual({ a: 0, b: 0 });
  });

  it("sends typed quota rows as numbers and drops rows left empty", () => {
    expect(
      quotasFrom([
        { key: 1, feature: "gender", value: "woman", min: " 2", max: "4" },
        { key: 2, feature: "municipality", value: "", min: "", max: "" },
        { key: 3, feature: "ageBand", value: "15-29", min: "", max: "3" },
      ]),
    ).toEqual([
      { feature: "gender", value: "woman", min: 2, max: 4 },
      { feature: "ageBand", value: "15-29", min: 0, max: 3 },
    ]);
  });

  it("puts the server's errors next to the stratum or quota field they name", () => {
    expect(drawFieldFor("body.counts")).toBe("draw-counts");
    expect(drawFieldFor("body.counts.179|30-44")).toBe("draw-count-179-30-44");
    expect(countFieldId("179|30-44")).toBe("draw-count-179-30-44");
    expect(drawFieldFor("body.quotas")).toBe("draw-quotas");
    expect(drawFieldFor("body.quotas.1.min")).toBe("draw-quota-1-min");
    expect(drawFieldFor("body.quotas.0")).toBe("draw-quota-0-value");
    expect(drawFieldFor("body.size")).toBe("draw-size");
    expect(drawFieldFor("other")).toBeUndefined();
    // As the client hands them over (problem.ts drops "body.").
    expect(drawFieldFor("quotas")).toBe("draw-quotas");
    expect(drawFieldFor("counts.992|15-29")).toBe("draw-count-992-15-29");
    expect(drawFieldFor("title")).toBe("draw-title");
  });
});
