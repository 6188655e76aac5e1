import { OpinionError } from "./errors.js";
import type { OpinionState } from "./types.js";

/** A representative statement of a group, in Kuulo's terms. */
export interface RepresentativeStatement {
  statement: number;
  /** Whether the group stands out by agreeing or by disagreeing. */
  direction: "agree" | "disagree";
  /** Group members who voted that way / who voted at all. */
  count: number;
  voters: number;
  /** Smoothed share (n + 1)/(voters + 2) and its z-score against 1/2. */
  share: number;
  shareZ: number;
  /** Share relative to the rest of the participants, and its two-proportion z-score. */
  ratio: number;
  ratioZ: number;
  /** Polis's "best agree" pick, always shown first. */
  bestAgree: boolean;
}

export interface ConsensusStatement {
  statement: number;
  count: number;
  voters: number;
  share: number;
  shareZ: number;
}

export interface OpinionGroup {
  id: number;
  participants: number[];
  /** Centre on the opinion map (Kuulo sign: agreeing with a statement moves towards it). */
  center: [number, number];
  representative: RepresentativeStatement[];
}

/**
 * Kuulo's typed view of a tick. Signs follow Kuulo's vote convention (agree = +1): `center`
 * holds the mean votes, and positions are Polis's multiplied by −1.
 */
export interface OpinionResult {
  tick: number;
  mode: OpinionState["options"]["mode"];
  participants: {
    ids: number[];
    votes: Int32Array;
    /** 1 when clustered (Polis's in-conv). */
    inConv: Uint8Array;
    x: Float64Array;
    y: Float64Array;
    /** Group id, −1 when not in a group. */
    group: Int32Array;
  };
  statements: {
    ids: number[];
    /** Mean vote (agree = +1) of the statement's voters; 0 when moderated out. */
    meanVote: Float64Array;
    x: Float64Array;
    y: Float64Array;
    extremity: Float64Array;
    /** Π over groups of (agrees + 1)/(voters + 2). */
    groupAwareConsensus: Float64Array;
    /** Weight for picking the next statement to show (Polis's comment priority). */
    priority: Float64Array;
    moderatedOut: Uint8Array;
    meta: Uint8Array;
  };
  components: [Float64Array, Float64Array];
  groups: OpinionGroup[];
  /** Silhouette of each k tried; the chosen k is `groups.length` (after the k smoother). */
  silhouettes: Record<number, number>;
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
}

const negate = (a: Float64Array) => a.map((v) => (v === 0 ? 0 : -v));

/** The typed Kuulo view of a state's latest tick. */
export function toResult(state: OpinionState): OpinionResult {
  const math = state.math;
  if (!math)
    throw new OpinionError(
      "INVALID_STATE",
      "the state has no computed tick yet; call update first",
    );
  const { matrix } = state;
  const nRows = matrix.rowIds.length;
  const x = new Float64Array(nRows);
  const y = new Float64Array(nRows);
  for (let r = 0; r < nRows; r++) {
    x[r] = -math.projections[2 * r]! + 0;
    y[r] = -math.projections[2 * r + 1]! + 0;
  }
  const group = new Int32Array(nRows).fill(-1);
  const base = new Map(math.baseClusters.map((b) => [b.id, b.members]));
  const groups: OpinionGroup[] = math.groups.map((g) => {
    const rows = g.members.flatMap((b) => base.get(b) ?? []);
    for (const r of rows) group[r] = g.id;
    return {
      id: g.id,
      participants: rows.sort((a, b) => a - b).map((r) => matrix.rowIds[r]!),
      center: [-g.center[0] + 0, -g.center[1] + 0],
      representative: (math.repness[g.id] ?? []).map((item) => ({
        statement: item.tid,
        direction: item["repful-for"],
        count: item["n-success"],
        voters: item["n-trials"],
        share: item["p-success"],
        shareZ: item["p-test"],
        ratio: item.repness,
        ratioZ: item["repness-test"],
        bestAgree: item["best-agree"] === true,
      })),
    };
  });
  const flags = (tids: number[]) => {
    const set = new Set(tids);
    return Uint8Array.from(matrix.colIds, (tid) => (set.has(tid) ? 1 : 0));
  };
  const consensus = (items: typeof math.consensus.agree) =>
    items.map((i) => ({
      statement: i.tid,
      count: i["n-success"],
      voters: i["n-trials"],
      share: i["p-success"],
      shareZ: i["p-test"],
    }));
  return {
    tick: state.tick,
    mode: state.options.mode,
    participants: {
      ids: matrix.rowIds.slice(),
      votes: math.userVoteCounts,
      inConv: state.inConv,
      x,
      y,
      group,
    },
    statements: {
      ids: matrix.colIds.slice(),
      meanVote: negate(math.pca.center),
      x: negate(math.commentProjection[0]),
      y: negate(math.commentProjection[1]),
      extremity: math.commentExtremity,
      groupAwareConsensus: math.groupAwareConsensus,
      priority: math.priorities,
      moderatedOut: flags(state.moderation.rejected.concat(state.moderation.meta)),
      meta: flags(state.moderation.meta),
    },
    components: math.pca.comps,
    groups,
    silhouettes: math.silhouettes,
    consensus: {
      agree: consensus(math.consensus.agree),
      disagree: consensus(math.consensus.disagree),
    },
  };
}
