// Raking (iterative proportional fitting): weights for a group of people so that its weighted
// shares on every dimension equal the population's, trimmed to bounds, with Kish's design
// effect. Pure numeric code: people are rows of category indices, -1 for "not known".
import { RepresentativenessError } from "./errors.js";

export interface RakingInput {
  /** Per dimension, per person: the index of the person's category, or -1 when unknown. */
  categories: Int32Array[];
  /** Per dimension, the population share of each category (each sums to 1). */
  targets: number[][];
  /** Per dimension and category, a name for messages ("age 65-74"). */
  names: string[][];
  /** Weights are kept between lower and upper times the mean weight (default 0.2 and 5). */
  trim?: { lower: number; upper: number } | undefined;
  tolerance?: number | undefined;
  maxIterations?: number | undefined;
}

export interface RakingResult {
  /** One weight per person, mean 1. */
  weights: Float64Array;
  iterations: number;
  /** Largest difference between a weighted share and its target after the last pass. */
  maxError: number;
  /** Whether every weight ended within the trimming bounds (margins take precedence). */
  withinTrim: boolean;
  trimRounds: number;
  min: number;
  max: number;
  /** Kish's design effect of the weights: n Σw² / (Σw)². */
  designEffect: number;
}

export function kishDesignEffect(weights: ArrayLike<number>): number {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    squares += weights[i]! * weights[i]!;
  }
  return sum === 0 ? Number.NaN : (weights.length * squares) / (sum * sum);
}

/** One raking pass over every dimension; returns the largest share error seen before it. */
function pass(w: Float64Array, input: RakingInput): number {
  let worst = 0;
  input.categories.forEach((cats, d) => {
    const target = input.targets[d]!;
    const totals = new Float64Array(target.length);
    let known = 0;
    for (let i = 0; i < w.length; i++) {
      const c = cats[i]!;
      if (c < 0) continue;
      totals[c]! += w[i]!;
      known += w[i]!;
    }
    if (known === 0) return;
    const factors = target.map((p, c) => {
      if (totals[c] === 0) {
        if (p === 0) return 1;
        throw new RepresentativenessError(
          `cannot weight to the population: no one in the group is in ${input.names[d]![c]} (population share ${(100 * p).toFixed(1)} %); use wider bands or leave the dimension out`,
        );
      }
      worst = Math.max(worst, Math.abs(totals[c]! / known - p));
      return (known * p) / totals[c]!;
    });
    for (let i = 0; i < w.length; i++) {
      const c = cats[i]!;
      if (c >= 0) w[i]! *= factors[c]!;
    }
  });
  return worst;
}

function normalise(w: Float64Array): void {
  let sum = 0;
  for (const x of w) sum += x;
  const mean = sum / w.length;
  for (let i = 0; i < w.length; i++) w[i]! /= mean;
}

function rakeToMargins(w: Float64Array, input: RakingInput, tolerance: number, max: number) {
  let iterations = 0;
  let error = Number.POSITIVE_INFINITY;
  while (iterations < max) {
    iterations++;
    error = pass(w, input);
    if (error < tolerance) break;
  }
  normalise(w);
  // The error of the weights as they are now (the loop measured it before its last pass).
  return { iterations, error: marginError(w, input) };
}

/** The largest difference between a weighted share and its population share. */
export function marginError(
  w: ArrayLike<number>,
  input: Pick<RakingInput, "categories" | "targets">,
) {
  let worst = 0;
  input.categories.forEach((cats, d) => {
    const totals = new Float64Array(input.targets[d]!.length);
    let known = 0;
    for (let i = 0; i < w.length; i++) {
      if (cats[i]! < 0) continue;
      totals[cats[i]!]! += w[i]!;
      known += w[i]!;
    }
    if (known === 0) return;
    input.targets[d]!.forEach((p, c) => {
      worst = Math.max(worst, Math.abs(totals[c]! / known - p));
    });
  });
  return worst;
}

export function rake(input: RakingInput): RakingResult {
  const n = input.categories[0]?.length ?? 0;
  if (n === 0) throw new RepresentativenessError("no people to weight");
  const tolerance = input.tolerance ?? 1e-10;
  const maxIterations = input.maxIterations ?? 1000;
  const trim = input.trim ?? { lower: 0.2, upper: 5 };
  const w = new Float64Array(n).fill(1);
  let { iterations, error } = rakeToMargins(w, input, tolerance, maxIterations);
  let trimRounds = 0;
  const outside = () => w.some((x) => x < trim.lower - 1e-9 || x > trim.upper + 1e-9);
  while (outside() && trimRounds < 50) {
    trimRounds++;
    for (let i = 0; i < n; i++) w[i] = Math.min(trim.upper, Math.max(trim.lower, w[i]!));
    const again = rakeToMargins(w, input, tolerance, maxIterations);
    iterations += again.iterations;
    error = again.error;
  }
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const x of w) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  return {
    weights: w,
    iterations,
    maxError: error,
    withinTrim: !outside(),
    trimRounds,
    min,
    max,
    designEffect: kishDesignEffect(w),
  };
}
