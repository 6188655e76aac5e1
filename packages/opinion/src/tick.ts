import { commentPriorities, groupAwareConsensus, selectConsensus } from "./consensus.js";
import { updateCounts } from "./count-update.js";
import { countVotes, sumGroups, type VoteCounts } from "./counts.js";
import { clusterGroups } from "./groups.js";
import { updateInConv } from "./inconv.js";
import { type Cluster, kmeans } from "./kmeans.js";
import { colIndex, type VoteMatrix } from "./matrix.js";
import { powerIterationPca } from "./pca.js";
import { createPrng } from "./prng.js";
import { projectComments, projectParticipants } from "./project.js";
import { selectRepness } from "./repness.js";
import type { OpinionState, TickMath } from "./types.js";

export interface ComputeTickOptions {
  previous: OpinionState;
  matrix: VoteMatrix;
  moderation: OpinionState["moderation"];
  /** Keep these groups (participant id → group id) instead of clustering. */
  fixedGroups?: ReadonlyMap<number, number>;
  /** When given, filled with milliseconds per phase (for benchmarks). */
  timings?: Record<string, number>;
  /** Milliseconds clock for `timings` (default wall time, `performance.now`). */
  clock?: () => number;
  /**
   * 1 for rows whose votes may differ from `previous.matrix` (the rows of the merged votes).
   * When given, the per-base-cluster counts are updated from the previous tick's instead of
   * recounted over all votes.
   */
  changedRows?: Uint8Array;
}

/** Returns a function that records the time since its previous call under a phase name. */
export function phaseTimer(
  timings: Record<string, number> | undefined,
  clock: () => number = () => performance.now(),
): (phase: string) => void {
  if (!timings) return () => {};
  let last = clock();
  return (phase) => {
    const now = clock();
    timings[phase] = (timings[phase] ?? 0) + now - last;
    last = now;
  };
}

export interface ComputedTick {
  math: TickMath;
  inConv: Uint8Array;
  groupClusterings: OpinionState["groupClusterings"];
  smoother: OpinionState["smoother"];
}

/** Column flags for a set of statement ids. */
export function columnFlags(matrix: VoteMatrix, tids: readonly number[]): Uint8Array {
  const flags = new Uint8Array(matrix.colIds.length);
  for (const tid of tids) {
    const c = colIndex(matrix, tid);
    if (c >= 0) flags[c] = 1;
  }
  return flags;
}

/** One full math tick over the current matrix, warm-started from the previous state. */
export function computeTick(options: ComputeTickOptions): ComputedTick {
  const { previous, matrix } = options;
  const opts = previous.options;
  const timer = phaseTimer(options.timings, options.clock);
  const nRows = matrix.rowIds.length;
  const nCols = matrix.colIds.length;
  const metaCols = columnFlags(matrix, options.moderation.meta);
  const modOutCols = columnFlags(
    matrix,
    options.moderation.rejected.concat(options.moderation.meta),
  );
  const userVoteCounts = new Int32Array(nRows);
  for (let r = 0; r < nRows; r++) userVoteCounts[r] = matrix.rowPtr[r + 1]! - matrix.rowPtr[r]!;

  let inConv: Uint8Array;
  if (options.fixedGroups) {
    inConv = new Uint8Array(nRows);
    for (let r = 0; r < nRows; r++) inConv[r] = options.fixedGroups.has(matrix.rowIds[r]!) ? 1 : 0;
  } else {
    inConv = updateInConv({ voteCounts: userVoteCounts, nCols, previous: previous.inConv });
  }

  timer("moderation and in-conv");
  const pca = powerIterationPca({
    matrix,
    modOutCols,
    startVectors: previous.math?.pca.comps,
    maxIterations: opts.pcaMaxIterations,
    tolerance: opts.pcaTolerance,
    method: opts.pcaMethod,
    prng: createPrng(opts.seed + previous.tick),
  });
  timer("PCA");
  const projections = projectParticipants({ matrix, pca, modOutCols });
  const comments = projectComments(pca);
  timer("projections");

  let nIn = 0;
  for (let r = 0; r < nRows; r++) nIn += inConv[r]!;
  const inRows = new Int32Array(nIn);
  const xy = new Float64Array(nIn * 2);
  for (let r = 0, i = 0; r < nRows; r++) {
    if (!inConv[r]) continue;
    inRows[i] = r;
    xy[2 * i] = projections[2 * r]!;
    xy[2 * i + 1] = projections[2 * r + 1]!;
    i++;
  }

  let baseClusters: Cluster[];
  let groups: Cluster[];
  let groupClusterings: OpinionState["groupClusterings"] = {};
  let silhouettes: Record<number, number> = {};
  let smoother = previous.smoother;
  if (options.fixedGroups) {
    ({ baseClusters, groups } = clusterWithinFixedGroups({
      inRows,
      xy,
      rowGid: (r) => options.fixedGroups!.get(matrix.rowIds[r]!)!,
      baseK: opts.baseK,
      maxIterations: opts.baseMaxIterations,
    }));
  } else {
    baseClusters = kmeans({
      ids: inRows,
      xy,
      k: opts.baseK,
      maxIterations: previous.math?.baseClusters.length
        ? opts.baseWarmMaxIterations
        : opts.baseMaxIterations,
      previous: previous.math?.baseClusters,
    });
    const grouped = clusterGroups({
      base: baseClusters,
      previous: previous.groupClusterings,
      smoother: previous.smoother,
      maxK: opts.maxK,
      maxIterations: opts.groupMaxIterations,
      kBuffer: opts.kBuffer,
    });
    groups = grouped.groups;
    groupClusterings = grouped.clusterings;
    silhouettes = grouped.silhouettes;
    smoother = grouped.smoother;
  }

  timer("base clusters and groups");
  const rowBase = new Int32Array(nRows).fill(-1);
  baseClusters.forEach((c, b) => {
    for (const r of c.members) rowBase[r] = b;
  });
  const prevMath = previous.math;
  let baseCounts: VoteCounts;
  if (options.changedRows && prevMath?.baseCounts) {
    const prevRowBase = new Int32Array(previous.matrix.rowIds.length).fill(-1);
    prevMath.baseClusters.forEach((c, b) => {
      for (const r of c.members) if (r < prevRowBase.length) prevRowBase[r] = b;
    });
    baseCounts = updateCounts({
      previous: prevMath.baseCounts,
      previousMatrix: previous.matrix,
      previousRowGroup: prevRowBase,
      previousIds: prevMath.baseClusters.map((c) => c.id),
      matrix,
      rowGroup: rowBase,
      ids: baseClusters.map((c) => c.id),
      changedRows: options.changedRows,
    });
  } else {
    baseCounts = countVotes({ matrix, rowGroup: rowBase, nGroups: baseClusters.length });
  }
  const baseIndex = new Map(baseClusters.map((c, b) => [c.id, b]));
  const groupCounts = sumGroups({
    counts: baseCounts,
    groups: groups.map((g) => g.members.map((id) => baseIndex.get(id)!)),
  });
  const stats = matrix.colStats;
  const allCounts: VoteCounts = {
    nGroups: 1,
    nCols,
    A: stats.agree,
    D: stats.disagree,
    S: stats.count,
  };
  const colIds = matrix.colIds;
  timer("vote counts");
  const repness = selectRepness({
    counts: groupCounts,
    groupIds: groups.map((g) => g.id),
    colIds,
    modOutCols,
    parity: opts.mode === "parity",
  });
  const consensus = selectConsensus({ counts: allCounts, colIds, modOutCols });
  const prevCounts: VoteCounts | null = previous.math?.groupCounts ?? null;
  const priorityCounts = opts.lagPriorities ? prevCounts : groupCounts;
  const priorities = commentPriorities({
    groupCounts: priorityCounts,
    countCol: (c) => (priorityCounts && c < priorityCounts.nCols ? c : -1),
    extremity: comments.extremity,
    metaCols,
  });
  timer("repness, consensus, priorities");
  return {
    inConv,
    groupClusterings,
    smoother,
    math: {
      userVoteCounts,
      pca,
      projections,
      commentProjection: comments.projection,
      commentExtremity: comments.extremity,
      baseClusters,
      baseCounts,
      groups,
      groupCounts,
      silhouettes,
      repness,
      consensus,
      groupAwareConsensus: groupAwareConsensus(groupCounts),
      priorities,
    },
  };
}

interface FixedGroupsInput {
  inRows: Int32Array;
  xy: Float64Array;
  rowGid: (row: number) => number;
  baseK: number;
  maxIterations: number;
}

/** Kept groups: base clusters are formed inside each group, k proportional to its size. */
function clusterWithinFixedGroups(input: FixedGroupsInput): {
  baseClusters: Cluster[];
  groups: Cluster[];
} {
  const byGroup = new Map<number, number[]>();
  input.inRows.forEach((r, i) => {
    const gid = input.rowGid(r);
    const list = byGroup.get(gid) ?? [];
    list.push(i);
    byGroup.set(gid, list);
  });
  const baseClusters: Cluster[] = [];
  const groups: Cluster[] = [];
  const total = input.inRows.length;
  for (const gid of [...byGroup.keys()].sort((a, b) => a - b)) {
    const points = byGroup.get(gid)!;
    const xy = new Float64Array(points.length * 2);
    points.forEach((p, i) => {
      xy[2 * i] = input.xy[2 * p]!;
      xy[2 * i + 1] = input.xy[2 * p + 1]!;
    });
    const k = Math.max(1, Math.round((input.baseK * points.length) / total));
    const local = kmeans({
      ids: points.map((p) => input.inRows[p]!),
      xy,
      k,
      maxIterations: input.maxIterations,
    });
    const members: number[] = [];
    let sx = 0;
    let sy = 0;
    for (const c of local) {
      const id = baseClusters.length;
      baseClusters.push({ ...c, id });
      members.push(id);
      sx += c.center[0] * c.members.length;
      sy += c.center[1] * c.members.length;
    }
    groups.push({ id: gid, members, center: [sx / points.length, sy / points.length] });
  }
  return { baseClusters, groups };
}
