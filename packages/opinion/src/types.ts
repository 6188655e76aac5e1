import type { ConsensusItem } from "./consensus.js";
import type { VoteCounts } from "./counts.js";
import type { KSmoother } from "./groups.js";
import type { Cluster } from "./kmeans.js";
import type { VoteMatrix } from "./matrix.js";
import type { Pca } from "./pca.js";
import type { RepnessItem } from "./repness.js";

/** A vote as Kuulo and Polis's CSV exports write it: agree = +1, disagree = −1, pass = 0. */
export interface Vote {
  /** Participant id (non-negative integer, e.g. Polis pid). */
  participant: number;
  /** Statement id (non-negative integer, e.g. Polis tid). */
  statement: number;
  vote: number;
  /** Epoch milliseconds; optional, only used for ordering in parity mode and `lastVoteTimestamp`. */
  time?: number;
}

/**
 * Many votes as parallel columns (same conventions as `Vote`): the compact form for large
 * batches, e.g. straight from a database cursor into typed arrays.
 */
export interface VoteBatch {
  participant: ArrayLike<number>;
  statement: ArrayLike<number>;
  vote: ArrayLike<number>;
  time?: ArrayLike<number>;
}

/** A moderation decision; fields left out keep their previous value. */
export interface ModerationChange {
  statement: number;
  /** Polis's mod: accepted = 1, unmoderated = 0, rejected = −1 (moderated out). */
  status?: "accepted" | "unmoderated" | "rejected";
  /** Meta statements are shown but excluded from the math (zeroed like rejected ones). */
  meta?: boolean;
  time?: number;
}

export type OpinionMode = "corrected" | "parity";

export interface OpinionOptions {
  /** "corrected" (default) fixes Polis's plain bugs; "parity" reproduces them. See README. */
  mode?: OpinionMode;
  /** Seed of the PRNG used for cold-start PCA vectors. Default 1. */
  seed?: number;
}

export interface ResolvedOptions {
  mode: OpinionMode;
  seed: number;
  pcaMaxIterations: number;
  pcaTolerance: number;
  pcaMethod: "power" | "lanczos";
  baseK: number;
  baseMaxIterations: number;
  /** Base k-means steps on a warm tick (corrected: 10; successive ticks continue the descent). */
  baseWarmMaxIterations: number;
  maxK: number;
  groupMaxIterations: number;
  kBuffer: number;
  maxParticipants: number;
  maxStatements: number;
  /** Priorities from the previous tick's group votes (Polis, Q2) or the current tick's. */
  lagPriorities: boolean;
  sortBatches: boolean;
}

/** Everything computed at a tick, in Polis's internal sign (agree −1); see `toPolisMath`. */
export interface TickMath {
  userVoteCounts: Int32Array;
  pca: Pca;
  /** Interleaved participant projections, row order. */
  projections: Float64Array;
  commentProjection: [Float64Array, Float64Array];
  commentExtremity: Float64Array;
  /** Base clusters (members are row indices), ascending id. */
  baseClusters: Cluster[];
  /** Counts per base cluster (votes-base), raw matrix. */
  baseCounts: VoteCounts;
  /** Groups (members are base-cluster ids), ascending id. */
  groups: Cluster[];
  groupCounts: VoteCounts;
  silhouettes: Record<number, number>;
  repness: Record<number, RepnessItem[]>;
  consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
  groupAwareConsensus: Float64Array;
  priorities: Float64Array;
}

/** The incremental state: plain data and typed arrays; `stateToJSON` makes it JSON. */
export interface OpinionState {
  version: 1;
  options: ResolvedOptions;
  tick: number;
  matrix: VoteMatrix;
  /** Moderation by statement id. */
  moderation: { rejected: number[]; accepted: number[]; meta: number[] };
  lastVoteTimestamp: number | null;
  lastModTimestamp: number | null;
  /** 1 for rows in the conversation (monotone). */
  inConv: Uint8Array;
  groupClusterings: Record<number, Cluster[]>;
  smoother: KSmoother;
  math: TickMath | null;
}
