// Counting answers for results: counts and shares per value (weighted beside), number
// summaries, Likert's diverging halves and the Net Promoter Score.
import type { Answer } from "./model.js";
import { mean, median } from "./weights.js";

export interface Count {
  value: string;
  count: number;
  /** count / respondents who answered the question (for multiple choice the shares add up to more than 1). */
  share: number | null;
  weighted?: number;
  weightedShare?: number | null;
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

/**
 * Net Promoter Score of a 0–10 "would you recommend" scale: shares of promoters (9–10),
 * passives (7–8) and detractors (0–6), and the score (promoters − detractors) × 100.
 */
export interface Nps {
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  score: number | null;
  weighted?: {
    promoters: number | null;
    passives: number | null;
    detractors: number | null;
    score: number | null;
  };
}

export interface Given {
  answer: Answer;
  weight: number;
}

export const share = (x: number, n: number) => (n > 0 ? x / n : null);

/** Counts of respondents whose answer holds each value (values of `valuesOf`). */
export function tally(
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

export function summarise(given: readonly Given[], weighted: boolean): NumberSummary {
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
export function numberDistribution(given: readonly Given[], weighted: boolean): Count[] {
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

export function diverging(distribution: Count[], points: number, weighted: boolean): Diverging {
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

export function nps(distribution: Count[], weighted: boolean): Nps {
  const parts = (key: "count" | "weighted") => {
    const sum = (from: number, to: number) =>
      distribution.slice(from, to).reduce((s, c) => s + (c[key] ?? 0), 0);
    const total = sum(0, 11);
    const promoters = share(sum(9, 11), total);
    const detractors = share(sum(0, 7), total);
    return {
      promoters,
      passives: share(sum(7, 9), total),
      detractors,
      score: promoters === null || detractors === null ? null : (promoters - detractors) * 100,
    };
  };
  return weighted ? { ...parts("count"), weighted: parts("weighted") } : parts("count");
}
