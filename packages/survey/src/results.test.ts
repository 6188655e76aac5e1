import { describe, expect, it } from "vitest";
import type { Answers } from "./model.js";
import { type QuestionResult, surveyResults } from "./results.js";
import { everyType } from "./testing.js";
import { median, weightedBase, wilsonInterval } from "./weights.js";

const yes = (extra: Answers = {}): Answers => ({ used: { choice: "yes" }, ...extra });
type Of<T> = QuestionResult extends infer R
  ? R extends { type: infer U }
    ? T extends U
      ? R
      : never
    : never
  : never;
const pick = <T extends QuestionResult["type"]>(
  results: QuestionResult[],
  id: string,
  _type: T,
): Of<T> => results.find((r) => r.question === id) as Of<T>;

const responses = [
  {
    answers: yes({
      channels: { choices: ["phone", "other"], other: "kirje" },
      satisfied: 5,
      recommend: 9,
      visits: 2,
      aspects: { speed: "4", kindness: "5" },
      priorities: ["b", "a"],
      home: "837",
      comments: "Hyvä palvelu",
    }),
  },
  {
    answers: yes({
      channels: { choices: ["web"] },
      satisfied: 1,
      recommend: 3,
      visits: 4,
      aspects: { speed: "2" },
      priorities: ["a", "b"],
      home: "980",
      why: "Liian hidas",
    }),
  },
  { answers: yes({ satisfied: "dont_know", recommend: 10, visits: 3, home: "other" }) },
  { answers: yes({ satisfied: 4, recommend: 8, priorities: ["b"] }) },
  // Did not use the service: the experience page is hidden, its answers do not count.
  { answers: { used: { choice: "no" }, satisfied: 5, home: "837" } },
  // Saved but not submitted: unanswered questions are not skipped.
  { answers: yes(), complete: false },
];

describe("surveyResults", () => {
  const results = surveyResults(everyType, responses);

  it("counts shown, answered and skipped by the conditions each respondent saw", () => {
    const used = pick(results, "used", "single");
    expect(used).toMatchObject({ shown: 6, answered: 6, skipped: 0 });
    expect(used.options).toEqual([
      { value: "yes", count: 5, share: 5 / 6 },
      { value: "no", count: 1, share: 1 / 6 },
    ]);
    const satisfied = pick(results, "satisfied", "likert");
    // shown to the five who used the service; the "no" respondent's 5 is not counted
    expect(satisfied).toMatchObject({ shown: 5, answered: 4, skipped: 0 });
    const why = pick(results, "why", "text");
    // shown only to the one who disagreed (satisfied ≤ 2)
    expect(why).toMatchObject({ shown: 1, answered: 1, skipped: 0 });
    const comments = pick(results, "comments", "text");
    expect(comments).toMatchObject({ shown: 6, answered: 1, skipped: 4 });
  });

  it("lists shares per option with the 'other' texts apart", () => {
    const channels = pick(results, "channels", "multiple");
    expect(channels.answered).toBe(2);
    expect(channels.options.map((o) => [o.value, o.count, o.share])).toEqual([
      ["phone", 1, 0.5],
      ["web", 1, 0.5],
      ["visit", 0, 0],
      ["other", 1, 0.5],
    ]);
    expect(channels.otherTexts).toEqual(["kirje"]);
  });

  it("summarises Likert as disagree / neutral / agree with can't-say apart", () => {
    const satisfied = pick(results, "satisfied", "likert");
    expect(satisfied.distribution.map((c) => c.count)).toEqual([1, 0, 0, 1, 1]);
    expect(satisfied.dontKnow).toEqual({ value: "dont_know", count: 1, share: 0.25 });
    expect(satisfied.diverging).toEqual({ disagree: 1 / 3, neutral: 0, agree: 2 / 3 });
    expect(satisfied.summary).toMatchObject({ mean: 10 / 3, median: 4, min: 1, max: 5 });
  });

  it("gives mean, median and distribution for scale and number", () => {
    const recommend = pick(results, "recommend", "scale");
    expect(recommend.distribution).toHaveLength(11);
    expect(recommend.distribution[10]).toEqual({ value: "10", count: 1, share: 0.25 });
    expect(recommend.summary).toMatchObject({ mean: 7.5, median: 8.5 });
    // 9 and 10 promote, 8 is passive, 3 detracts: (2 − 1) / 4
    expect(recommend.nps).toEqual({ promoters: 0.5, passives: 0.25, detractors: 0.25, score: 25 });
    const visits = pick(results, "visits", "number");
    expect(visits.summary).toMatchObject({ mean: 3, median: 3, min: 2, max: 4 });
    expect(visits.distribution.map((c) => c.value)).toEqual(["2", "3", "4"]);
  });

  it("gives grid rows, ranks and municipalities", () => {
    const aspects = pick(results, "aspects", "grid");
    expect(aspects.rows[0]).toMatchObject({ row: "speed", answered: 2 });
    expect(aspects.rows[1]!.columns.find((c) => c.value === "5")).toEqual({
      value: "5",
      count: 1,
      share: 1,
    });
    const priorities = pick(results, "priorities", "ranking");
    expect(priorities.options).toEqual([
      { value: "a", ranked: 2, meanRank: 1.5, firstPlace: 1 },
      { value: "b", ranked: 3, meanRank: 4 / 3, firstPlace: 2 },
      { value: "c", ranked: 0, meanRank: undefined, firstPlace: 0 },
    ]);
    const home = pick(results, "home", "municipality");
    expect(home.municipalities.map((m) => [m.value, m.count])).toEqual([
      ["837", 2],
      ["980", 1],
      ["other", 1],
    ]);
  });

  it("shows weighted figures beside unweighted ones, with Kish's design effect", () => {
    const weighted = surveyResults(everyType, [
      { answers: { used: { choice: "yes" } }, weight: 3 },
      { answers: { used: { choice: "no" } }, weight: 1 },
    ]);
    const used = pick(weighted, "used", "single");
    expect(used.options[0]).toEqual({
      value: "yes",
      count: 1,
      share: 0.5,
      weighted: 3,
      weightedShare: 0.75,
    });
    // n Σw² / (Σw)² = 2 · 10 / 16
    expect(used.weighted!.designEffect).toBeCloseTo(1.25, 12);
    expect(used.weighted!.effectiveN).toBeCloseTo(1.6, 12);
    expect(used.weighted!.total).toBe(4);
  });

  it("weighted Likert diverging and means", () => {
    const weighted = surveyResults(everyType, [
      { answers: yes({ satisfied: 1 }), weight: 1 },
      { answers: yes({ satisfied: 5 }), weight: 3 },
    ]);
    const satisfied = pick(weighted, "satisfied", "likert");
    expect(satisfied.diverging!.weighted).toEqual({ disagree: 0.25, neutral: 0, agree: 0.75 });
    expect(satisfied.summary.weightedMean).toBe(4);
    expect(satisfied.summary.weightedMedian).toBe(5);
    expect(satisfied.summary.mean).toBe(3);
  });
});

describe("statistics", () => {
  it("median of even counts and weighted medians", () => {
    expect(median([3, 1, 2, 4])).toBe(2.5);
    expect(median([1, 2, 3], [1, 1, 10])).toBe(3);
    expect(median([])).toBeUndefined();
  });
  it("weighted base of equal weights has design effect 1", () => {
    expect(weightedBase([2, 2, 2])).toEqual({ total: 6, designEffect: 1, effectiveN: 3 });
  });
  it("Wilson interval", () => {
    const [lo, hi] = wilsonInterval(5, 10);
    expect(lo).toBeCloseTo(0.2366, 3);
    expect(hi).toBeCloseTo(0.7634, 3);
  });
});
