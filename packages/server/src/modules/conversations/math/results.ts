import {
  compareSegments,
  type OpinionState,
  type SegmentComparison,
  toPolisMath,
  toResult,
} from "@kuulo/opinion";

/**
 * What Kuulo stores and shows of a conversation's math: plain JSON, Kuulo's sign convention
 * (agree = +1). Built from @kuulo/opinion's result in the math worker.
 */
export interface ConversationResults {
  tick: number;
  participants: number;
  /** Participants placed on the map (Polis's "in-conv"). */
  clustered: number;
  map: {
    participants: { pid: number; x: number; y: number; group: number }[];
    statements: { tid: number; x: number; y: number }[];
  };
  groups: {
    id: number;
    size: number;
    center: [number, number];
    representative: {
      tid: number;
      direction: "agree" | "disagree";
      share: number;
      count: number;
      voters: number;
    }[];
  }[];
  consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
  /** Statements whose groups disagree most: the largest spread of groups' agree shares. */
  divisive: { tid: number; spread: number }[];
  statements: {
    tid: number;
    agree: number;
    disagree: number;
    pass: number;
    groupAwareConsensus: number;
    priority: number;
    perGroup: { group: number; agree: number; disagree: number; voters: number }[];
  }[];
  segments: SegmentComparison | null;
  /**
   * The segment comparison by channel: "web", "embed", "event:<kiosk session id>" (each event
   * its own); null while every participant came through the web page.
   */
  channels?: SegmentComparison | null | undefined;
}

interface ConsensusItem {
  tid: number;
  share: number;
  count: number;
  voters: number;
}

export function buildResults(
  state: OpinionState,
  segmentOf: ReadonlyMap<number, string>,
  channelOf: ReadonlyMap<number, string> = new Map(),
): ConversationResults {
  const result = toResult(state);
  const polis = toPolisMath(state);
  const { participants, statements } = result;
  const mapParticipants: ConversationResults["map"]["participants"] = [];
  for (let r = 0; r < participants.ids.length; r++) {
    if (participants.inConv[r] !== 1) continue;
    mapParticipants.push({
      pid: participants.ids[r]!,
      x: participants.x[r]!,
      y: participants.y[r]!,
      group: participants.group[r]!,
    });
  }
  const totals = new Map<number, { agree: number; disagree: number; pass: number }>();
  for (const tid of statements.ids) totals.set(tid, { agree: 0, disagree: 0, pass: 0 });
  // Count votes straight from the sparse matrix (agree = +1).
  forEachVote(state, (tid, vote) => {
    const t = totals.get(tid);
    if (!t) return;
    if (vote > 0) t.agree++;
    else if (vote < 0) t.disagree++;
    else t.pass++;
  });
  const groupVotes = polis["group-votes"];
  const perGroup = (tid: number) =>
    Object.entries(groupVotes).map(([gid, g]) => {
      const c = g.votes[String(tid)];
      // Polis's internal counts: A agrees, D disagrees, S seen.
      return { group: Number(gid), agree: c?.A ?? 0, disagree: c?.D ?? 0, voters: c?.S ?? 0 };
    });
  const statementRows = statements.ids.map((tid, c) => ({
    tid,
    ...totals.get(tid)!,
    groupAwareConsensus: statements.groupAwareConsensus[c] ?? 0,
    priority: statements.priority[c] ?? 0,
    perGroup: perGroup(tid),
    excluded: statements.moderatedOut[c] === 1,
  }));
  const divisive = statementRows
    .filter((s) => !s.excluded && s.perGroup.length >= 2)
    .map((s) => {
      const shares = s.perGroup
        .filter((g) => g.voters >= 3)
        .map((g) => (g.agree + 1) / (g.voters + 2));
      return {
        tid: s.tid,
        spread: shares.length >= 2 ? Math.max(...shares) - Math.min(...shares) : 0,
      };
    })
    .filter((d) => d.spread > 0)
    .sort((a, b) => b.spread - a.spread || a.tid - b.tid)
    .slice(0, 10);
  const consensusItem = (i: {
    statement: number;
    share: number;
    count: number;
    voters: number;
  }) => ({
    tid: i.statement,
    share: i.share,
    count: i.count,
    voters: i.voters,
  });
  return {
    tick: result.tick,
    participants: participants.ids.length,
    clustered: mapParticipants.length,
    map: {
      participants: mapParticipants,
      statements: statements.ids.map((tid, c) => ({
        tid,
        x: statements.x[c]!,
        y: statements.y[c]!,
      })),
    },
    groups: result.groups.map((g) => ({
      id: g.id,
      size: g.participants.length,
      center: g.center,
      representative: g.representative.map((r) => ({
        tid: r.statement,
        direction: r.direction,
        share: r.share,
        count: r.count,
        voters: r.voters,
      })),
    })),
    consensus: {
      agree: result.consensus.agree.map(consensusItem),
      disagree: result.consensus.disagree.map(consensusItem),
    },
    divisive,
    statements: statementRows.map(({ excluded: _excluded, ...rest }) => rest),
    segments: segmentOf.size > 0 ? compareSegments({ state, segments: segmentOf }) : null,
    channels: [...channelOf.values()].some((c) => c !== "web")
      ? compareSegments({ state, segments: channelOf })
      : null,
  };
}

/** Visits every current vote, in Kuulo's sign (agree = +1); the matrix stores Polis's sign. */
function forEachVote(state: OpinionState, visit: (tid: number, vote: number) => void): void {
  const { colIds, colIdx, values } = state.matrix;
  for (let i = 0; i < colIdx.length; i++) visit(colIds[colIdx[i]!]!, -values[i]!);
}
