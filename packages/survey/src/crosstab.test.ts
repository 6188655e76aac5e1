import { describe, expect, it } from "vitest";
import { crosstab, suppression } from "./crosstab.js";
import { parseDefinition } from "./definition.js";
import type { Answers } from "./model.js";
import type { SurveyResponse } from "./results.js";
import { everyType } from "./testing.js";

const many = (n: number, answers: Answers, weight?: number): SurveyResponse[] =>
  Array.from({ length: n }, () => (weight === undefined ? { answers } : { answers, weight }));

describe("suppression", () => {
  it("hides small cells and, in a 2×2 table with known totals, everything they would reveal", () => {
    const { cells, groups } = suppression(
      [
        [10, 8],
        [3, 6],
      ],
      [13, 14],
      5,
    );
    expect(groups).toEqual([false, false]);
    expect(cells).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it("leaves tables without small cells alone", () => {
    const { cells } = suppression(
      [
        [10, 8],
        [5, 6],
        [0, 7],
      ],
      [15, 21],
      5,
    );
    expect(cells.flat().some(Boolean)).toBe(false);
  });

  it("never leaves a row or a shown group with exactly one hidden cell it could recover", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const rows = 2 + Math.floor(random() * 4);
      const cols = 2 + Math.floor(random() * 4);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => Math.floor(random() * 14)),
      );
      const sizes = Array.from({ length: cols }, (_, g) => counts.reduce((s, r) => s + r[g]!, 0));
      const { cells, groups } = suppression(counts, sizes, 5);
      for (let c = 0; c < rows; c++) {
        const hidden = cells[c]!.filter(Boolean).length;
        const visibleNonZero = cells[c]!.some((h, g) => !h && counts[c]![g]! > 0);
        if (hidden === 1) expect(visibleNonZero).toBe(false);
      }
      for (let g = 0; g < cols; g++) {
        if (groups[g]) continue;
        for (let c = 0; c < rows; c++) {
          const n = counts[c]![g]!;
          if (n > 0 && n < 5) expect(cells[c]![g]).toBe(true);
        }
        const hidden = cells.filter((row) => row[g]).length;
        const visibleNonZero = cells.some((row, c) => !row[g] && counts[c]![g]! > 0);
        if (hidden === 1) expect(visibleNonZero).toBe(false);
      }
      if (groups.filter(Boolean).length === 1) expect(cols).toBe(1);
    }
  });
});

describe("crosstab", () => {
  const yes = { used: { choice: "yes" } };
  const no = { used: { choice: "no" } };

  it("crosses a choice by municipality, hiding small groups and cells", () => {
    const responses = [
      ...many(12, { ...yes, home: "837" }),
      ...many(8, { ...no, home: "837" }),
      ...many(9, { ...yes, home: "980" }),
      ...many(6, { ...no, home: "980" }),
      ...many(2, { ...yes, home: "other" }),
      ...many(3, yes),
    ];
    const table = crosstab({ definition: everyType, responses, question: "used", by: "home" });
    expect(table.categories).toEqual(["yes", "no"]);
    expect(table.unknownGroup).toBe(3);
    // "other" (2) is under 5, and alone it could be recovered from the total: the next
    // smallest group (980, 15) goes too
    expect(table.groups).toEqual([
      { group: "837", size: 20, suppressed: false },
      { group: "980", size: null, suppressed: true },
      { group: "other", size: null, suppressed: true },
    ]);
    const cell = table.cells.find((c) => c.category === "yes" && c.group === "837")!;
    expect(cell).toMatchObject({ count: 12, share: 0.6, suppressed: false });
    expect(cell.ci![0]).toBeLessThan(0.6);
    expect(cell.ci![1]).toBeGreaterThan(0.6);
    expect(table.cells.filter((c) => c.group === "980").every((c) => c.count === null)).toBe(true);
    // a cell under 5 in a shown group hides its complement too
    const small = crosstab({
      definition: everyType,
      responses: [...many(12, { ...yes, home: "837" }), ...many(3, { ...no, home: "837" })],
      question: "used",
      by: "home",
    });
    expect(small.cells.map((c) => [c.category, c.count])).toEqual([
      ["yes", null],
      ["no", null],
    ]);
    expect(small.groups[0]!.size).toBe(15);
  });

  it("groups by age bands from a birth-year question, weighted beside unweighted", () => {
    const definition = parseDefinition({
      languages: ["fi"],
      title: { fi: "Kysely" },
      pages: [
        {
          id: "p",
          questions: [
            {
              id: "born",
              type: "number",
              text: { fi: "Syntymävuosi" },
              attribute: "birthYear",
            },
            { id: "ok", type: "likert", text: { fi: "Hyvä palvelu" }, dontKnow: false },
          ],
        },
      ],
    });
    const responses = [
      ...many(10, { born: 1990, ok: 5 }, 1),
      ...many(10, { born: 1995, ok: 4 }, 2),
      ...many(10, { born: 1960, ok: 2 }, 1),
      ...many(10, { born: 1955, ok: 4 }, 1),
    ];
    const table = crosstab({
      definition,
      responses,
      question: "ok",
      by: "born",
      ageBands: "15-44,45-74,75-",
      year: 2026,
    });
    expect(table.groups.map((g) => [g.group, g.size])).toEqual([
      ["15-44", 20],
      ["45-74", 20],
    ]);
    const agree = table.cells.find((c) => c.category === "5" && c.group === "15-44")!;
    expect(agree).toMatchObject({ count: 10, share: 0.5, weighted: 10, suppressed: false });
    expect(agree.weightedShare).toBeCloseTo(1 / 3, 12);
    expect(table.groups[0]!.designEffect).toBeCloseTo((20 * 50) / 900, 12);
  });

  it("counts a multiple-choice answer in every option it holds", () => {
    const responses = [
      ...many(6, { ...yes, channels: { choices: ["phone", "web"] }, home: "837" }),
      ...many(5, { ...yes, channels: { choices: ["web"] }, home: "837" }),
    ];
    const table = crosstab({ definition: everyType, responses, question: "channels", by: "home" });
    expect(table.cells.map((c) => [c.category, c.count, c.share])).toEqual([
      ["phone", 6, 6 / 11],
      ["web", 11, 1],
      ["visit", 0, 0],
      ["other", 0, 0],
    ]);
  });

  it("refuses an open question or a background it cannot group by", () => {
    expect(() =>
      crosstab({ definition: everyType, responses: [], question: "comments", by: "home" }),
    ).toThrow(/not a closed question/);
    expect(() =>
      crosstab({ definition: everyType, responses: [], question: "used", by: "visits" }),
    ).toThrow(/age bands/);
    expect(() =>
      crosstab({ definition: everyType, responses: [], question: "used", by: "nope" }),
    ).toThrow(/not a question/);
  });
});
