import type { ModerationChange, OpinionOptions, OpinionState, Vote } from "./types.js";
import { createState, update } from "./update.js";

export interface ReplayOptions extends OpinionOptions {
  /** Votes with `time`; they are replayed in time order. */
  votes: readonly Vote[];
  moderation?: readonly ModerationChange[];
  /** A tick closes when the next vote is this many ms after the tick's first vote. Default 60 s. */
  tickWindowMs?: number;
}

/**
 * Replays a vote log in time order through incremental ticks, as Polis's math worker ran live,
 * so that path-dependent results (monotone in-conv, warm starts, k smoothing) can be reproduced.
 */
export function replay(options: ReplayOptions): OpinionState {
  const window = options.tickWindowMs ?? 60_000;
  const order = options.votes
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.time ?? 0) - (b.v.time ?? 0) || a.i - b.i)
    .map((x) => x.v);
  let state = createState({ mode: options.mode, seed: options.seed });
  let moderation = options.moderation;
  let start = 0;
  while (start < order.length) {
    const t0 = order[start]!.time ?? 0;
    let end = start + 1;
    while (end < order.length && (order[end]!.time ?? 0) - t0 < window) end++;
    state = update({ state, votes: order.slice(start, end), moderation });
    moderation = undefined;
    start = end;
  }
  return state;
}
