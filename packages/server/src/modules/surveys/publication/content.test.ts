import { type Answers, parseDefinition, surveyResults } from "@kuulo/survey";
import { describe, expect, it } from "vitest";
import { everyTypeSurvey } from "../testing.js";
import { publicResult } from "./content.js";

const definition = parseDefinition({
  ...everyTypeSurvey,
  pages: everyTypeSurvey.pages.map((p) => ({
    ...p,
    questions: p.questions.map((q) =>
      q.type === "municipality" ? { ...q, municipalities: ["179", "992"] } : q,
    ),
  })),
});

/** Six respondents: every grid row answered by all but "kindness" (2); "c" ranked by 3. */
const responses = Array.from({ length: 6 }, (_, i) => ({
  complete: true,
  answers: {
    used: { choice: "yes" },
    home: i < 5 ? "179" : "992",
    satisfied: 4,
    visits: i + 1,
    aspects:
      i < 2
        ? { speed: "1", kindness: "2" }
        : ({ speed: String((i % 3) + 1) } as Record<string, string>),
    priorities: i < 3 ? ["c", "a"] : ["a", "b"],
  } satisfies Answers,
}));

/** The parts of the published JSON these tests read. */
interface Figures {
  rows: { columns: { count: unknown; suppressed?: boolean }[] }[];
  options: { value: string; meanRank: number | null }[];
  municipalities: unknown[];
  summary: unknown;
}
const publicOf = (id: string) => {
  const result = surveyResults(definition, responses).find((r) => r.question === id)!;
  return publicResult(result) as unknown as Figures;
};

describe("the public results page's figures", () => {
  it("hides a grid row answered by fewer than 5, keeps the others with small cells hidden", () => {
    const grid = publicOf("aspects");
    const [speed, kindness] = grid.rows;
    expect(speed).toMatchObject({ row: "speed", answered: 6, suppressed: false });
    // speed: 1 → i 0,1,3 (3); 2 → i 4 (1); 3 → i 2,5 (2): every cell is under 5.
    expect(speed!.columns.every((c) => c.suppressed)).toBe(true);
    expect(kindness).toMatchObject({ row: "kindness", answered: null, suppressed: true });
    expect(kindness!.columns.every((c) => c.count === null)).toBe(true);
  });

  it("hides the mean rank of an option ranked by fewer than 5, and small first-place counts", () => {
    const ranking = publicOf("priorities");
    const byValue = Object.fromEntries(ranking.options.map((o) => [o.value, o]));
    expect(byValue.a).toMatchObject({ ranked: 6, firstPlace: null, suppressed: false });
    expect(byValue.a!.meanRank).toBeCloseTo(1.5);
    expect(byValue.b).toMatchObject({ ranked: null, meanRank: null, suppressed: true });
    expect(byValue.c).toMatchObject({ ranked: null, meanRank: null, suppressed: true });
  });

  it("shows a number question's summary and a municipality's counts with small ones hidden", () => {
    const visits = publicOf("visits");
    expect(visits.summary).toMatchObject({ mean: 3.5, median: 3.5, min: 1, max: 6 });
    const home = publicOf("home");
    const [big, tiny] = home.municipalities;
    expect(big).toMatchObject({ value: "179", count: 5 });
    expect(tiny).toMatchObject({ value: "992", count: null, suppressed: true });
  });

  it("shows nothing of a question answered by fewer than 5", () => {
    const few = surveyResults(definition, responses.slice(0, 4));
    expect(publicResult(few.find((r) => r.question === "visits")!)).toEqual({
      question: "visits",
      type: "number",
      answered: 4,
      suppressed: true,
    });
  });
});
