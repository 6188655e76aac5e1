import { describe, expect, it } from "vitest";
import { daysSummary, quartersBetween } from "./measures.js";

describe("metrics arithmetic", () => {
  it("lists the quarters of a range, the last one cut at the range's end", () => {
    const quarters = quartersBetween(
      new Date("2025-11-15T00:00:00Z"),
      new Date("2026-04-02T00:00:00Z"),
    );
    expect(quarters.map((q) => q.key)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quarters.map((q) => q.end.toISOString().slice(0, 10))).toEqual([
      "2025-12-31",
      "2026-03-31",
      "2026-06-30",
    ]);
    expect(quartersBetween(new Date("2026-01-01"), new Date("2026-01-01"))).toEqual([]);
  });

  it("summarises days by nearest-rank median and quartiles", () => {
    expect(daysSummary([])).toBeNull();
    expect(daysSummary([40])).toEqual({ n: 1, median: 40, p25: 40, p75: 40 });
    expect(daysSummary([90, 10, 30, 20, 60, 40, 50, 70])).toEqual({
      n: 8,
      median: 40,
      p25: 20,
      p75: 60,
    });
  });
});
