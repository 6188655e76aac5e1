// Small statistics shared by results and cross-tabs: Kish's design effect (from
// @kuulo/representativeness), weighted means and quantiles, and the Wilson interval.
import { kishDesignEffect } from "@kuulo/representativeness";

/** Kish's design effect and effective sample size of a weighted tally (1 + CV² of the weights). */
export interface WeightedBase {
  /** Σ weights of the respondents counted. */
  total: number;
  /** n Σw² / (Σw)² = 1 + CV² of the weights; 1 for equal weights. */
  designEffect: number;
  /** n / design effect: how many unweighted answers the weighted figures are worth. */
  effectiveN: number;
}

export function weightedBase(weights: readonly number[]): WeightedBase {
  const total = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || total === 0) return { total, designEffect: 1, effectiveN: 0 };
  const designEffect = kishDesignEffect(weights);
  return { total, designEffect, effectiveN: weights.length / designEffect };
}

/** Mean of values with weights (all 1 when not given); undefined for no values. */
export function mean(values: readonly number[], weights?: readonly number[]): number | undefined {
  let sum = 0;
  let total = 0;
  values.forEach((v, i) => {
    const w = weights ? weights[i]! : 1;
    sum += v * w;
    total += w;
  });
  return total > 0 ? sum / total : undefined;
}

/**
 * The median: the middle value (the mean of the two middle ones for an even count); with
 * weights, the smallest value at which the cumulative weight reaches half (the two values'
 * mean when it lands exactly on half).
 */
export function median(values: readonly number[], weights?: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const pairs = values.map((v, i) => [v, weights ? weights[i]! : 1] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  if (total <= 0) return undefined;
  let cumulative = 0;
  for (let i = 0; i < pairs.length; i++) {
    cumulative += pairs[i]![1];
    if (Math.abs(cumulative - total / 2) < 1e-9 * total && i + 1 < pairs.length) {
      return (pairs[i]![0] + pairs[i + 1]![0]) / 2;
    }
    if (cumulative > total / 2) return pairs[i]![0];
  }
  return pairs[pairs.length - 1]![0];
}

/**
 * Wilson score interval for x successes in n trials (z = 1.96). The same formula as
 * `wilson` of @kuulo/text, kept here so this package does not pull in the text analysis (its
 * Voikko and native modules) for one function; n may be an effective sample size.
 */
export function wilsonInterval(x: number, n: number, z = 1.959964): [number, number] {
  if (n <= 0) return [0, 1];
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
