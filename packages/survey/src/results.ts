// Per-question results over a survey's responses: counts and shares (weighted beside
// unweighted when responses carry weights), Likert's diverging summary, means and medians,
// grid rows, ranks, municipalities. Texts are only counted: the server analyses them.
import { visibleSurvey } from "./conditions.js";
import type { Answer, Answers, Definition, Question } from "./model.js";
import { DONT_KNOW, OTHER } from "./model.js";
import { mean, median, type WeightedBase, weightedBase } from "./weights.js";

export interface SurveyResponse {
  answers: Answers;
  /** A raking weight (mean about 1); a response without one counts as 1 when others have one. */
  weight?: number;
  /** false for a response saved but not submitted: its unanswered questions are not "skipped". */
  complete?: boolean;
}

export interface Count {
  value: string;
  count: number;
  /** count / respondents who answered the question (for multiple choice the shares add up to more than 1). */
  share: number | null;
  weighted?: number;
  weightedShare?: number | null;
}

interface ResultBase {
  question: string;
  /** Responses in which the question was shown (its page and conditions held). */
  shown: number;
  answered: number;
  /** Complete responses in which the question was shown but left unanswered. */
  skipped: number;
  /** The weighted tally of those who answered, when responses carry weights. */
  weighted?: WeightedBase;
}

export interface NumberSummary {
  mean: number | undefined;
  median: number | undefined;
  min: number | undefined;
  max: number | undefined;
  weightedMean?: number | undefined;
  weightedMedian?: number | undefined;
}

export interface Diverging {
  /** Shares of those who chose a point ("can't say" apart): the disagree half, the middle, the agree half. */
  disagree: number | null;
  neutral: number | null;
  agree: number | null;
  weighted?: { disagree: number | null; neutral: number | null; agree: number | null };
}

export type QuestionResult =
  | (ResultBase & { type: "single" | "multiple"; options: Count[]; otherTexts: string[] })
  | (ResultBase & {
      type: "scale" | "likert";
      /** One count per point; shares are of those who chose a point. */
      distribution: Count[];
      /** "Can't say", as a share of all who answered. */
      dontKnow: Count;
      summary: NumberSummary;
      /** Likert only. */
      diverging?: Diverging;
    })
  | (ResultBase & { type: "number"; summary: NumberSummary; distribution: Count[] })
  | (ResultBase & { type: "text" })
  | (ResultBase & { type: "grid"; rows: { row: string; answered: number; columns: Count[] }[] })
  | (ResultBase & {
      type: "ranking";
      options: {
        value: string;
        /** Respondents who ranked the option at all. */
        ranked: number;
        /** Mean position among those who ranked it (1 = first). */
        meanRank: number | undefined;
        firstPlace: number;
        weightedMeanRank?: number | undefined;
        weightedFirstPlace?: number;
      }[];
    })
  | (ResultBase & { type: "municipality"; municipalities: Count[] });

interface Given {
  answer: Answer;
  weight: number;
}

const share = (x: number, n: number) => (n > 0 ? x / n : null);

/** Counts of respondents whose answer holds each value (values of `valuesOf`). */
function tally(
  values: readonly string[],
  given: readonly Given[],
  valuesOf: (a: Answer) => readonly string[],
  weighted: boolean,
): Count[] {
  const counts = new Map(values.map((v) => [v, { n: 0, w: 0 }]));
  let total = 0;
  for (const { answer, weight } of given) {
    total += weight;
    for (const v of new Set(valuesOf(answer))) {
      const c = counts.get(v);
      if (c) {
        c.n += 1;
        c.w += weight;
      }
    }
  }
  return values.map((value) => {
    const c = counts.get(value)!;
    const out: Count = { value, count: c.n, share: share(c.n, given.length) };
    if (weighted) {
      out.weighted = c.w;
      out.weightedShare = share(c.w, total);
    }
    return out;
  });
}

function summarise(given: readonly Given[], weighted: boolean): NumberSummary {
  const values = given.map((g) => g.answer as number);
  const weights = given.map((g) => g.weight);
  const out: NumberSummary = {
    mean: mean(values),
    median: median(values),
    min: values.length ? Math.min(...values) : undefined,
    max: values.length ? Math.max(...values) : undefined,
  };
  if (weighted) {
    out.weightedMean = mean(values, weights);
    out.weightedMedian = median(values, weights);
  }
  return out;
}

/** Distinct values when there are at most 20, else ten bins of equal width ("lo–hi"). */
function numberDistribution(given: readonly Given[], weighted: boolean): Count[] {
  const values = given.map((g) => g.answer as number);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= 20) {
    return tally(distinct.map(String), given, (a) => [String(a)], weighted);
  }
  const lo = distinct[0]!;
  const width = (distinct[distinct.length - 1]! - lo) / 10;
  const bin = (v: number) => Math.min(9, Math.floor((v - lo) / width));
  const labels = Array.from({ length: 10 }, (_, i) => {
    const from = lo + i * width;
    return `${+from.toPrecision(6)}–${+(from + width).toPrecision(6)}`;
  });
  return tally(labels, given, (a) => [labels[bin(a as number)]!], weighted);
}

function diverging(distribution: Count[], points: number, weighted: boolean): Diverging {
  const half = Math.floor(points / 2);
  const sum = (from: number, to: number, key: "count" | "weighted") =>
    distribution.slice(from, to).reduce((s, c) => s + (c[key] ?? 0), 0);
  const parts = (key: "count" | "weighted") => {
    const total = sum(0, points, key);
    return {
      disagree: share(sum(0, half, key), total),
      neutral: share(sum(half, points - half, key), total),
      agree: share(sum(points - half, points, key), total),
    };
  };
  return weighted ? { ...parts("count"), weighted: parts("weighted") } : parts("count");
}

function pointResult(
  q: Extract<Question, { type: "scale" | "likert" }>,
  base: ResultBase,
  given: Given[],
  weighted: boolean,
): QuestionResult {
  const [min, max] = q.type === "scale" ? [q.min, q.max] : [1, q.points];
  const points = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  const chosen = given.filter((g) => g.answer !== DONT_KNOW);
  const distribution = tally(points, chosen, (a) => [String(a)], weighted);
  const [dontKnow] = tally([DONT_KNOW], given, (a) => [String(a)], weighted);
  const result = {
    ...base,
    type: q.type,
    distribution,
    dontKnow: dontKnow!,
    summary: summarise(chosen, weighted),
  };
  return q.type === "likert"
    ? { ...result, diverging: diverging(distribution, q.points, weighted) }
    : result;
}

function questionResult(q: Question, base: ResultBase, given: Given[], w: boolean): QuestionResult {
  switch (q.type) {
    case "single":
    case "multiple": {
      const values = [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])];
      const chosen = (a: Answer) =>
        q.type === "single"
          ? [(a as { choice: string }).choice]
          : (a as { choices: string[] }).choices;
      const otherTexts = given
        .map((g) => (g.answer as { other?: string }).other)
        .filter((t): t is string => typeof t === "string" && t !== "");
      return { ...base, type: q.type, options: tally(values, given, chosen, w), otherTexts };
    }
    case "scale":
    case "likert":
      return pointResult(q, base, given, w);
    case "number":
      return {
        ...base,
        type: "number",
        summary: summarise(given, w),
        distribution: numberDistribution(given, w),
      };
    case "text":
      return { ...base, type: "text" };
    case "grid": {
      const columns = q.columns.map((c) => c.value);
      const rows = q.rows.map(({ value: row }) => {
        const inRow = given.filter((g) => (g.answer as Record<string, string>)[row] !== undefined);
        const cell = (a: Answer) => [(a as Record<string, string>)[row]!];
        return { row, answered: inRow.length, columns: tally(columns, inRow, cell, w) };
      });
      return { ...base, type: "grid", rows };
    }
    case "ranking": {
      const options = q.options.map(({ value }) => {
        const ranks: number[] = [];
        const weights: number[] = [];
        let firstPlace = 0;
        let weightedFirst = 0;
        for (const g of given) {
          const at = (g.answer as string[]).indexOf(value);
          if (at < 0) continue;
          ranks.push(at + 1);
          weights.push(g.weight);
          if (at === 0) {
            firstPlace += 1;
            weightedFirst += g.weight;
          }
        }
        const out = { value, ranked: ranks.length, meanRank: mean(ranks), firstPlace };
        return w
          ? { ...out, weightedMeanRank: mean(ranks, weights), weightedFirstPlace: weightedFirst }
          : out;
      });
      return { ...base, type: "ranking", options };
    }
    case "municipality": {
      const values = [...q.municipalities, ...(q.other ? [OTHER] : [])];
      return {
        ...base,
        type: "municipality",
        municipalities: tally(values, given, (a) => [a as string], w),
      };
    }
  }
}

/**
 * Results of every question, in the survey's order. Only answers to questions the respondent
 * was shown count (conditions are applied to each response as `visibleSurvey` does).
 */
export function surveyResults(
  definition: Definition,
  responses: readonly SurveyResponse[],
): QuestionResult[] {
  const weighted = responses.some((r) => r.weight !== undefined);
  const seen = responses.map((r) => {
    const visible = visibleSurvey(definition, r.answers);
    const shown = new Set(visible.pages.flatMap((p) => p.questions.map((q) => q.id)));
    return { shown, answers: visible.answers, weight: r.weight ?? 1, complete: r.complete };
  });
  return definition.pages.flatMap((page) =>
    page.questions.map((q) => {
      const given: Given[] = [];
      let shown = 0;
      let skipped = 0;
      for (const s of seen) {
        if (!s.shown.has(q.id)) continue;
        shown += 1;
        const answer = s.answers[q.id];
        if (answer !== undefined) given.push({ answer, weight: s.weight });
        else if (s.complete !== false) skipped += 1;
      }
      const base: ResultBase = { question: q.id, shown, answered: given.length, skipped };
      if (weighted) base.weighted = weightedBase(given.map((g) => g.weight));
      return questionResult(q, base, given, weighted);
    }),
  );
}
