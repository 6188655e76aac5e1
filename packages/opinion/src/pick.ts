import { OpinionError } from "./errors.js";
import type { OpinionState } from "./types.js";

export interface PickStatementOptions {
  state: OpinionState;
  /** Statements the participant has already voted on (or skipped). */
  exclude: ReadonlySet<number>;
  /** Statements that may be shown (e.g. accepted ones under strict moderation); default all. */
  candidates?: readonly number[];
  /** Uniform number in [0, 1): pass a seeded generator for reproducible picks. */
  random: () => number;
}

/**
 * The participant-facing "next statement": a random unvoted statement with probability
 * proportional to its priority, as Polis's server does. Rejected statements are never picked;
 * candidates without votes yet (not in the math) get the largest current priority, so new
 * statements are seen. Returns null when nothing is left.
 */
export function pickStatement(options: PickStatementOptions): number | null {
  const { state, exclude } = options;
  const math = state.math;
  const priority = new Map<number, number>();
  let top = 1;
  if (math) {
    state.matrix.colIds.forEach((tid, c) => {
      priority.set(tid, math.priorities[c]!);
      top = Math.max(top, math.priorities[c]!);
    });
  }
  const rejected = new Set(state.moderation.rejected);
  const pool = (options.candidates ?? state.matrix.colIds).filter(
    (t) => !exclude.has(t) && !rejected.has(t),
  );
  if (pool.length === 0) return null;
  const weights = pool.map((t) => Math.max(priority.get(t) ?? top, 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const u = options.random();
  if (!(u >= 0 && u < 1))
    throw new OpinionError("INVALID_OPTION", `random() must return a number in [0, 1), got ${u}`);
  if (total === 0) return pool[Math.floor(u * pool.length)]!;
  let target = u * total;
  for (let i = 0; i < pool.length; i++) {
    target -= weights[i]!;
    if (target < 0) return pool[i]!;
  }
  return pool[pool.length - 1]!;
}
