import type { ConsensusItem } from "./consensus.js";
import { OpinionError } from "./errors.js";
import type { RepnessItem } from "./repness.js";
import type { OpinionState } from "./types.js";

type Counts = { A: number; D: number; S: number };

/** Polis's math blob (`GET /api/v3/math/pca2`), in Polis's internal sign (agree = −1). */
export interface PolisMath {
  n: number;
  "n-cmts": number;
  tids: number[];
  "in-conv": number[];
  "mod-out": number[];
  "mod-in": number[];
  "meta-tids": number[];
  "user-vote-counts": Record<string, number>;
  pca: {
    center: number[];
    comps: number[][];
    "comment-projection": number[][];
    "comment-extremity": number[];
  };
  "base-clusters": { id: number[]; members: number[][]; x: number[]; y: number[]; count: number[] };
  "group-clusters": { id: number; members: number[]; center: number[] }[];
  "votes-base": Record<string, { A: number[]; D: number[]; S: number[] }>;
  "group-votes": Record<string, { id: number; "n-members": number; votes: Record<string, Counts> }>;
  repness: Record<string, RepnessItem[]>;
  consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
  "group-aware-consensus": Record<string, number>;
  "comment-priorities": Record<string, number>;
  lastVoteTimestamp: number | null;
  lastModTimestamp: number | null;
  math_tick: number;
}

/** Formats a state's latest tick as Polis's math JSON. */
export function toPolisMath(state: OpinionState): PolisMath {
  const math = state.math;
  if (!math)
    throw new OpinionError(
      "INVALID_STATE",
      "the state has no computed tick yet; call update first",
    );
  const { matrix } = state;
  const { rowIds, colIds } = matrix;
  const nCols = colIds.length;
  const byTid = (values: ArrayLike<number>) => {
    const out: Record<string, number> = {};
    for (let c = 0; c < nCols; c++) out[colIds[c]!] = values[c]!;
    return out;
  };
  const userVoteCounts: Record<string, number> = {};
  const inConv: number[] = [];
  rowIds.forEach((pid, r) => {
    userVoteCounts[pid] = math.userVoteCounts[r]!;
    if (state.inConv[r]) inConv.push(pid);
  });
  const nBase = math.baseClusters.length;
  const votesBase: PolisMath["votes-base"] = {};
  for (let c = 0; c < nCols; c++) {
    const pick = (a: Int32Array) => Array.from({ length: nBase }, (_, b) => a[b * nCols + c]!);
    votesBase[colIds[c]!] = {
      A: pick(math.baseCounts.A),
      D: pick(math.baseCounts.D),
      S: pick(math.baseCounts.S),
    };
  }
  const baseSize = new Map(math.baseClusters.map((b) => [b.id, b.members.length]));
  const groupVotes: PolisMath["group-votes"] = {};
  math.groups.forEach((g, gi) => {
    const votes: Record<string, Counts> = {};
    for (let c = 0; c < nCols; c++) {
      const i = gi * nCols + c;
      votes[colIds[c]!] = {
        A: math.groupCounts.A[i]!,
        D: math.groupCounts.D[i]!,
        S: math.groupCounts.S[i]!,
      };
    }
    const n = g.members.reduce((s, b) => s + (baseSize.get(b) ?? 0), 0);
    groupVotes[g.id] = { id: g.id, "n-members": n, votes };
  });
  const repness: Record<string, RepnessItem[]> = {};
  for (const [gid, items] of Object.entries(math.repness)) repness[gid] = items;
  return {
    n: rowIds.length,
    "n-cmts": nCols,
    tids: colIds.slice(),
    "in-conv": inConv,
    "mod-out": [...new Set(state.moderation.rejected.concat(state.moderation.meta))].sort(
      (a, b) => a - b,
    ),
    "mod-in": state.moderation.accepted.slice(),
    "meta-tids": state.moderation.meta.slice(),
    "user-vote-counts": userVoteCounts,
    pca: {
      center: Array.from(math.pca.center),
      comps: math.pca.comps.map((c) => Array.from(c)),
      "comment-projection": math.commentProjection.map((c) => Array.from(c)),
      "comment-extremity": Array.from(math.commentExtremity),
    },
    "base-clusters": {
      id: math.baseClusters.map((b) => b.id),
      members: math.baseClusters.map((b) => b.members.map((r) => rowIds[r]!)),
      x: math.baseClusters.map((b) => b.center[0]),
      y: math.baseClusters.map((b) => b.center[1]),
      count: math.baseClusters.map((b) => b.members.length),
    },
    "group-clusters": math.groups.map((g) => ({
      id: g.id,
      members: g.members.slice(),
      center: [...g.center],
    })),
    "votes-base": votesBase,
    "group-votes": groupVotes,
    repness,
    consensus: math.consensus,
    "group-aware-consensus": byTid(math.groupAwareConsensus),
    "comment-priorities": byTid(math.priorities),
    lastVoteTimestamp: state.lastVoteTimestamp,
    lastModTimestamp: state.lastModTimestamp,
    math_tick: state.tick,
  };
}
