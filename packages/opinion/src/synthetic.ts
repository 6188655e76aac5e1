import { createPrng } from "./prng.js";
import type { Vote } from "./types.js";

export interface CampsOptions {
  participants: number;
  statements: number;
  /** Probability that a participant votes on a statement. */
  density: number;
  /** Probability that a vote goes against the participant's camp. */
  noise: number;
  seed: number;
  /** Number of camps (default 2); camp c agrees with statements s where s % camps === c. */
  camps?: number;
}

/**
 * Synthetic conversation with clear opinion camps: participant p is in camp p % camps and
 * agrees with "its" statements and disagrees with the others, up to noise. Used by tests and
 * benchmarks; deterministic for a seed.
 */
export function campsConversation(options: CampsOptions): {
  votes: Vote[];
  camp: Map<number, number>;
} {
  const prng = createPrng(options.seed);
  const camps = options.camps ?? 2;
  const votes: Vote[] = [];
  const camp = new Map<number, number>();
  for (let p = 0; p < options.participants; p++) {
    const c = p % camps;
    camp.set(p, c);
    for (let s = 0; s < options.statements; s++) {
      if (prng.next() >= options.density) continue;
      const r = prng.next();
      let vote = s % camps === c ? 1 : -1;
      if (r < options.noise / 2) vote = 0;
      else if (r < options.noise) vote = -vote;
      votes.push({ participant: p, statement: s, vote, time: votes.length });
    }
  }
  return { votes, camp };
}
