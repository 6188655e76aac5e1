import { describe, expect, it } from "vitest";
import type { SortitionError } from "./errors.js";
import type { InfeasibilityReport } from "./infeasible.js";
import type { Instance } from "./model.js";
import { findDistribution } from "./select.js";
import { people, quota } from "./testing/fixtures.js";

async function failure(instance: Instance): Promise<SortitionError> {
  try {
    await findDistribution({ instance });
  } catch (error) {
    return error as SortitionError;
  }
  throw new Error("expected infeasible quotas");
}

describe("infeasible quotas", () => {
  // Panel of 4 with at least 3 young and at most 1 man, but the only young people are one
  // woman and two men: young ≥ 3 needs both young men. Lowering young min to 2 is enough.
  const instance: Instance = {
    k: 4,
    quotas: [
      { ...quota("g", "f", 3, 4), line: 2 },
      { ...quota("g", "m", 0, 1), line: 3 },
      { ...quota("age", "young", 3, 4), line: 4 },
      { ...quota("age", "old", 0, 4), line: 5 },
      { ...quota("lang", "fi", 0, 4), line: 6 },
    ],
    people: people(
      ["yf", { g: "f", age: "young", lang: "fi" }],
      ["ym1", { g: "m", age: "young", lang: "fi" }],
      ["ym2", { g: "m", age: "young", lang: "fi" }],
      ["of1", { g: "f", age: "old", lang: "fi" }],
      ["of2", { g: "f", age: "old", lang: "fi" }],
      ["of3", { g: "f", age: "old", lang: "fi" }],
    ),
  };

  it("names the conflicting quotas and the smallest relaxation instead of a solver error", async () => {
    const error = await failure(instance);
    expect(error.code).toBe("INFEASIBLE_QUOTAS");
    const report = error.details as InfeasibilityReport;
    // Young ≥ 3 needs 2 men, but men ≤ 1 (and women ≥ 3): the set is minimal.
    const names = report.conflicts.map((c) => `${c.feature}=${c.value} ${c.bound}`);
    expect(names).toContain("age=young min");
    expect(names).not.toContain("lang=fi max");
    expect(names.length).toBeLessThanOrEqual(2);
    // One unit fixes it: young min 3 → 2 (panel yf, ym1, of1, of2).
    const total = report.relaxation!.reduce((s, b) => s + Math.abs(b.relaxedTo! - b.limit), 0);
    expect(total).toBe(1);
    expect(error.message).toMatch(/These quotas conflict: .*line \d/);
    expect(error.message).toContain("Smallest relaxation (total 1)");
  });

  it("relaxes within min_flex/max_flex when given", async () => {
    const flexed: Instance = {
      ...instance,
      quotas: instance.quotas.map((q) =>
        q.value === "young" ? { ...q, minFlex: 3 } : q.value === "m" ? { ...q, maxFlex: 2 } : q,
      ),
    };
    const report = (await failure(flexed)).details as InfeasibilityReport;
    expect(report.withinFlex).toBe(true);
    // Young min may not move (min_flex 3): men max 1 → 2 and then women min 3 → 2.
    expect(report.relaxation).toEqual([
      { feature: "g", value: "f", bound: "min", limit: 3, relaxedTo: 2, line: 2 },
      { feature: "g", value: "m", bound: "max", limit: 1, relaxedTo: 2, line: 3 },
    ]);
  });
});
