import { SortitionError } from "./errors.js";
import type { Random } from "./random.js";

const TOLERANCE = 1e-9;

/**
 * Pipage (dependent) rounding: turns values in [0, 1] with a whole-number sum into 0/1
 * values with the same sum and E[result_i] = values_i. Two fractional entries at a time
 * exchange mass until one of them is whole; the direction is chosen with the probabilities
 * that keep both expectations.
 */
export function pipageRound(options: { values: readonly number[]; random: Random }): number[] {
  const x = options.values.map((v) => {
    if (!(v >= -TOLERANCE && v <= 1 + TOLERANCE)) {
      throw new SortitionError({
        code: "BAD_ARGUMENT",
        message: `pipage rounding needs values in [0, 1], got ${v}`,
      });
    }
    return snap(v);
  });
  let current = -1;
  for (let b = 0; b < x.length; b++) {
    if (isWhole(x[b]!)) continue;
    if (current < 0) {
      current = b;
      continue;
    }
    const a = current;
    const up = Math.min(1 - x[a]!, x[b]!);
    const down = Math.min(x[a]!, 1 - x[b]!);
    if (options.random.nextFloat() * (up + down) < down) {
      x[a] = snap(x[a]! + up);
      x[b] = snap(x[b]! - up);
    } else {
      x[a] = snap(x[a]! - down);
      x[b] = snap(x[b]! + down);
    }
    if (isWhole(x[a]!)) current = isWhole(x[b]!) ? -1 : b;
  }
  if (current >= 0) x[current] = options.random.nextFloat() < x[current]! ? 1 : 0;
  return x;
}

/**
 * Rounds non-negative weights summing to 1 to whole counts summing to `total`, each with
 * expectation total·weight: the whole parts are kept and the fractional parts pipage-rounded.
 */
export function roundToCounts(options: {
  weights: readonly number[];
  total: number;
  random: Random;
}): number[] {
  const scaled = options.weights.map((w) => w * options.total);
  const whole = scaled.map((v) => Math.floor(v + TOLERANCE));
  const fractions = scaled.map((v, i) => Math.min(1, Math.max(0, v - whole[i]!)));
  const rounded = pipageRound({ values: fractions, random: options.random });
  const counts = whole.map((w, i) => w + rounded[i]!);
  // Floating-point drift can leave the sum one off; fix it on the largest fractional part.
  let diff = options.total - counts.reduce((s, c) => s + c, 0);
  const order = fractions.map((f, i) => [f, i] as const).sort((p, q) => q[0] - p[0]);
  for (const [, i] of order) {
    if (diff === 0) break;
    if (diff > 0 && rounded[i] === 0) {
      counts[i]!++;
      diff--;
    } else if (diff < 0 && rounded[i] === 1) {
      counts[i]!--;
      diff++;
    }
  }
  return counts;
}

function isWhole(v: number): boolean {
  return v === 0 || v === 1;
}

function snap(v: number): number {
  if (v < TOLERANCE) return 0;
  if (v > 1 - TOLERANCE) return 1;
  return v;
}
