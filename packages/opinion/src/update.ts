import { OpinionError } from "./errors.js";
import { emptyMatrix, mergeVotesTracked } from "./matrix.js";
import { resolveOptions } from "./options.js";
import { computeTick, phaseTimer } from "./tick.js";
import type { ModerationChange, OpinionOptions, OpinionState, Vote, VoteBatch } from "./types.js";

/** A fresh state with no votes. */
export function createState(options: OpinionOptions = {}): OpinionState {
  return {
    version: 1,
    options: resolveOptions(options),
    tick: 0,
    matrix: emptyMatrix(),
    moderation: { rejected: [], accepted: [], meta: [] },
    lastVoteTimestamp: null,
    lastModTimestamp: null,
    inConv: new Uint8Array(0),
    groupClusterings: {},
    smoother: { lastK: null, lastKCount: 0, smoothedK: null },
    math: null,
  };
}

export interface UpdateOptions {
  state: OpinionState;
  /** New votes since the previous tick, in arrival order (a later vote replaces an earlier one). */
  votes?: readonly Vote[] | VoteBatch;
  moderation?: readonly ModerationChange[];
  /** Use these groups (participant id → group id) instead of clustering, e.g. a Polis import. */
  fixedGroups?: ReadonlyMap<number, number>;
  /** When given, filled with milliseconds per phase (for benchmarks and monitoring). */
  timings?: Record<string, number>;
  /**
   * Milliseconds clock for `timings`; default wall time (`performance.now`). Pass a CPU-time
   * clock (e.g. from `process.cpuUsage`) to time phases on a shared, loaded machine.
   */
  clock?: () => number;
}

function invalidVote(index: number, detail: string): OpinionError {
  return new OpinionError(
    "INVALID_VOTE",
    `vote ${index} must have non-negative integer participant and statement and vote -1, 0 or 1, got ${detail}`,
  );
}

/** Validated column form of the input votes (Kuulo sign, agree = +1). */
function toBatch(votes: readonly Vote[] | VoteBatch): VoteBatch & { length: number } {
  if (Array.isArray(votes)) {
    const list = votes as readonly Vote[];
    checkAll(list);
    const hasTime = list.some((v) => v.time !== undefined);
    return {
      length: list.length,
      participant: Float64Array.from(list, (v) => v.participant),
      statement: Float64Array.from(list, (v) => v.statement),
      vote: Float64Array.from(list, (v) => v.vote),
      time: hasTime ? Float64Array.from(list, (v) => v.time ?? Number.NaN) : undefined,
    };
  }
  const batch = votes as VoteBatch;
  const n = batch.participant.length;
  if (
    batch.statement.length !== n ||
    batch.vote.length !== n ||
    (batch.time && batch.time.length !== n)
  ) {
    throw new OpinionError("INVALID_VOTE", "the columns of a vote batch must have the same length");
  }
  return { ...batch, length: n };
}

/** Throws for the first vote of the batch that is not valid. */
function checkBatch(batch: VoteBatch, n: number): void {
  for (let i = 0; i < n; i++) {
    const p = batch.participant[i]!;
    const s = batch.statement[i]!;
    const v = batch.vote[i]!;
    if (!validVote(p, s, v)) throw invalidVote(i, `participant ${p}, statement ${s}, vote ${v}`);
  }
}

function validVote(p: number, s: number, v: number): boolean {
  return (
    Number.isInteger(p) &&
    p >= 0 &&
    Number.isInteger(s) &&
    s >= 0 &&
    (v === 1 || v === -1 || v === 0)
  );
}

function checkAll(votes: readonly Vote[]): void {
  votes.forEach((vote, index) => {
    const ok =
      Number.isInteger(vote.participant) &&
      vote.participant >= 0 &&
      Number.isInteger(vote.statement) &&
      vote.statement >= 0 &&
      (vote.vote === 1 || vote.vote === -1 || vote.vote === 0);
    if (!ok) throw invalidVote(index, JSON.stringify(vote));
  });
}

function applyModeration(
  current: OpinionState["moderation"],
  changes: readonly ModerationChange[],
): OpinionState["moderation"] {
  const rejected = new Set(current.rejected);
  const accepted = new Set(current.accepted);
  const meta = new Set(current.meta);
  for (const change of changes) {
    const tid = change.statement;
    if (change.status !== undefined) {
      rejected.delete(tid);
      accepted.delete(tid);
      if (change.status === "rejected") rejected.add(tid);
      if (change.status === "accepted") accepted.add(tid);
    }
    if (change.meta === true) meta.add(tid);
    if (change.meta === false) meta.delete(tid);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { rejected: sorted(rejected), accepted: sorted(accepted), meta: sorted(meta) };
}

/**
 * One incremental tick: merges the new votes and moderation changes into the previous state and
 * recomputes everything, warm-started from it (PCA vectors, base clusters, group clusterings, k
 * smoother, monotone in-conv). The previous state is not modified.
 */
export function update(options: UpdateOptions): OpinionState {
  const { state } = options;
  const timer = phaseTimer(options.timings, options.clock);
  const batch = toBatch(options.votes ?? []);
  const n = batch.length;
  let order: Int32Array | null = null;
  // A batch of columns is checked while it is copied below, unless it is sorted first.
  const checkWhileCopying = !Array.isArray(options.votes) && !state.options.sortBatches;
  if (!Array.isArray(options.votes) && !checkWhileCopying) checkBatch(batch, n);
  if (state.options.sortBatches) {
    // Polis polls votes ordered by (tid, pid, created): the order of first appearance of rows.
    const idx = Array.from({ length: n }, (_, i) => i);
    const time = batch.time;
    idx.sort(
      (a, b) =>
        batch.statement[a]! - batch.statement[b]! ||
        batch.participant[a]! - batch.participant[b]! ||
        (time ? (time[a] ?? 0) - (time[b] ?? 0) : 0) ||
        a - b,
    );
    order = Int32Array.from(idx);
  }
  const pid = new Float64Array(n);
  const tid = new Float64Array(n);
  const value = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k;
    const p = batch.participant[i]!;
    const s = batch.statement[i]!;
    const v = batch.vote[i]!;
    if (checkWhileCopying && !validVote(p, s, v)) {
      throw invalidVote(i, `participant ${p}, statement ${s}, vote ${v}`);
    }
    pid[k] = p;
    tid[k] = s;
    value[k] = -v;
  }
  // changedRows: the rows that received votes, the only rows whose stored votes can differ from
  // the previous matrix (lets the tick update per-cluster counts instead of recounting).
  const { matrix, changedRows } = mergeVotesTracked({
    matrix: state.matrix,
    votes: { pid, tid, value },
    maxParticipants: state.options.maxParticipants,
    maxStatements: state.options.maxStatements,
  });
  timer("merge votes");
  const moderation = applyModeration(state.moderation, options.moderation ?? []);
  let lastVoteTimestamp = state.lastVoteTimestamp;
  if (batch.time) {
    for (let i = 0; i < n; i++) {
      const t = batch.time[i]!;
      if (!Number.isNaN(t)) lastVoteTimestamp = Math.max(lastVoteTimestamp ?? t, t);
    }
  }
  let lastModTimestamp = state.lastModTimestamp;
  for (const m of options.moderation ?? []) {
    if (m.time !== undefined) lastModTimestamp = Math.max(lastModTimestamp ?? m.time, m.time);
  }
  const computed = computeTick({
    previous: state,
    matrix,
    moderation,
    fixedGroups: options.fixedGroups,
    timings: options.timings,
    clock: options.clock,
    changedRows,
  });
  return {
    ...state,
    tick: state.tick + 1,
    matrix,
    moderation,
    lastVoteTimestamp,
    lastModTimestamp,
    inConv: computed.inConv,
    groupClusterings: computed.groupClusterings,
    smoother: computed.smoother,
    math: computed.math,
  };
}

export interface AnalyzeOptions extends OpinionOptions {
  votes: readonly Vote[] | VoteBatch;
  moderation?: readonly ModerationChange[];
  fixedGroups?: ReadonlyMap<number, number>;
  timings?: Record<string, number>;
  /** Milliseconds clock for `timings` (see `UpdateOptions.clock`). */
  clock?: () => number;
}

/** Full recompute from scratch: one tick over all votes. */
export function analyze(options: AnalyzeOptions): OpinionState {
  return update({
    state: createState({ mode: options.mode, seed: options.seed }),
    votes: options.votes,
    moderation: options.moderation,
    fixedGroups: options.fixedGroups,
    timings: options.timings,
    clock: options.clock,
  });
}
