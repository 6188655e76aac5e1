import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crosstabThemes, wilson } from "./crosstab.js";
import type { ThemeSet } from "./themes.js";

function set(main: string[]): ThemeSet {
  const ids = [...new Set(main)];
  return {
    themes: ids.map((id) => ({
      id,
      label: id,
      renamed: false,
      keywords: [],
      phrase: null,
      isOther: false,
      answerIds: [],
      alsoAnswerIds: [],
      quotes: [],
    })),
    answerThemes: main.map((m) => [m]),
    nextId: ids.length + 1,
  };
}

describe("crosstab", () => {
  it("Wilson interval matches a textbook value and contains the share", () => {
    const [lo, hi] = wilson({ x: 20, n: 50 });
    expect(lo).toBeCloseTo(0.276, 3);
    expect(hi).toBeCloseTo(0.538, 3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (n, x0) => {
        const x = x0 % (n + 1);
        const [a, b] = wilson({ x, n });
        return a <= x / n + 1e-12 && x / n <= b + 1e-12 && a >= 0 && b <= 1;
      }),
    );
  });

  it("suppresses cells under 5 and small groups, and a second cell when one alone is hidden", () => {
    const main = [
      ...Array(30).fill("t1"),
      ...Array(8).fill("t2"),
      ...Array(3).fill("t3"),
      ...Array(25).fill("t1"),
      ...Array(2).fill("t2"),
    ];
    const groups = [...Array(41).fill("A"), ...Array(25).fill("B"), "C", "C"];
    const x = crosstabThemes({ set: set(main), groups });
    const cell = (t: string, g: string) => x.cells.find((c) => c.themeId === t && c.group === g)!;
    expect(cell("t1", "A").count).toBe(30);
    expect(cell("t1", "A").ci![0]).toBeLessThan(30 / 41);
    expect(cell("t3", "A").suppressed).toBe(true);
    expect(cell("t3", "A").count).toBeNull();
    // t3 alone would be recoverable from the group size: t2 (8) is hidden too.
    expect(cell("t2", "A").suppressed).toBe(true);
    expect(cell("t1", "A").suppressed).toBe(false);
    expect(x.groups.find((g) => g.group === "C")).toEqual({
      group: "C",
      size: null,
      suppressed: true,
    });
    expect(x.cells.filter((c) => c.group === "C").every((c) => c.suppressed)).toBe(true);
  });

  it("never shows a count between 1 and 4 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("t1", "t2", "t3"), fc.constantFrom("a", "b", "c")), {
          minLength: 1,
          maxLength: 120,
        }),
        (rows) => {
          const x = crosstabThemes({
            set: set(rows.map((r) => r[0])),
            groups: rows.map((r) => r[1]),
          });
          return x.cells.every((c) => c.count === null || c.count === 0 || c.count >= 5);
        },
      ),
    );
  });
});
