/**
 * Sparse participants × statements vote matrix (CSR). Rows are participants in order of first
 * appearance, columns statements in order of first appearance; within a row the entries are
 * sorted by column index. Values use Polis's internal sign: agree −1, disagree +1, pass 0.
 */
export interface VoteMatrix {
  /** Participant id (Polis pid) of each row. */
  readonly rowIds: readonly number[];
  /** Statement id (Polis tid) of each column. */
  readonly colIds: readonly number[];
  /** Row r's entries are at [rowPtr[r], rowPtr[r+1]). Length rows + 1. */
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly values: Int8Array;
  /** Per-column totals of the stored votes, maintained by every merge (no extra pass). */
  readonly colStats: ColumnStats;
  /** Id → index lookups, shared between successive matrices; see `rowIndex`. */
  readonly rowLookup: Map<number, number>;
  readonly colLookup: Map<number, number>;
}

/** Per column: sum of values, number of votes, agrees (< 0) and disagrees (> 0). */
export interface ColumnStats {
  sum: Int32Array;
  count: Int32Array;
  agree: Int32Array;
  disagree: Int32Array;
}

function growStats(stats: ColumnStats | undefined, n: number): ColumnStats {
  const grow = (a: Int32Array | undefined) => {
    const out = new Int32Array(n);
    if (a) out.set(a.subarray(0, Math.min(n, a.length)));
    return out;
  };
  return {
    sum: grow(stats?.sum),
    count: grow(stats?.count),
    agree: grow(stats?.agree),
    disagree: grow(stats?.disagree),
  };
}

/** Column totals computed from the stored entries (for states written before colStats existed). */
export function computeColumnStats(matrix: Omit<VoteMatrix, "colStats">): ColumnStats {
  const stats = growStats(undefined, matrix.colIds.length);
  const total = matrix.rowPtr[matrix.rowIds.length]!;
  for (let e = 0; e < total; e++) {
    const c = matrix.colIdx[e]!;
    const v = matrix.values[e]!;
    stats.sum[c]! += v;
    stats.count[c]!++;
    if (v < 0) stats.agree[c]!++;
    else if (v > 0) stats.disagree[c]!++;
  }
  return stats;
}

/** A vote in the matrix's sign convention (agree −1, disagree +1, pass 0). */
export interface SignedVote {
  pid: number;
  tid: number;
  value: number;
}

/** Votes as parallel columns, in the matrix's sign convention. */
export interface SignedVoteColumns {
  pid: ArrayLike<number>;
  tid: ArrayLike<number>;
  value: ArrayLike<number>;
}

/** Column form of a list of signed votes. */
export function toColumns(votes: readonly SignedVote[]): SignedVoteColumns {
  return {
    pid: Float64Array.from(votes, (v) => v.pid),
    tid: Float64Array.from(votes, (v) => v.tid),
    value: Int8Array.from(votes, (v) => v.value),
  };
}

export interface MergeVotesOptions {
  matrix: VoteMatrix;
  /** Applied in order: for a repeated (pid, tid) the later vote wins. */
  votes: readonly SignedVote[] | SignedVoteColumns;
  /** Votes from further new participants are dropped (Polis: 100,000). */
  maxParticipants?: number;
  /** Votes on further new statements are dropped (Polis: 10,000). */
  maxStatements?: number;
}

export function emptyMatrix(): VoteMatrix {
  return {
    rowIds: [],
    colIds: [],
    rowPtr: new Int32Array(1),
    colIdx: new Int32Array(0),
    values: new Int8Array(0),
    colStats: growStats(undefined, 0),
    rowLookup: new Map(),
    colLookup: new Map(),
  };
}

/** Row index of a participant, or −1. The lookup map may hold ids of sibling states: verify. */
export function rowIndex(matrix: VoteMatrix, pid: number): number {
  const r = matrix.rowLookup.get(pid);
  return r !== undefined && r < matrix.rowIds.length && matrix.rowIds[r] === pid ? r : -1;
}

export function colIndex(matrix: VoteMatrix, tid: number): number {
  const c = matrix.colLookup.get(tid);
  return c !== undefined && c < matrix.colIds.length && matrix.colIds[c] === tid ? c : -1;
}

export function nnz(matrix: VoteMatrix): number {
  return matrix.rowPtr[matrix.rowIds.length]!;
}

/** Returns a new matrix with `votes` merged in (latest vote wins). The input is not modified. */
export function mergeVotes(options: MergeVotesOptions): VoteMatrix {
  return mergeVotesTracked(options).matrix;
}

/**
 * `mergeVotes`, also returning 1 for each row that received votes: the only rows whose stored
 * votes can differ from the input matrix.
 */
export function mergeVotesTracked(options: MergeVotesOptions): {
  matrix: VoteMatrix;
  changedRows: Uint8Array;
} {
  const { matrix } = options;
  const votes = Array.isArray(options.votes)
    ? toColumns(options.votes as readonly SignedVote[])
    : (options.votes as SignedVoteColumns);
  const maxRows = options.maxParticipants ?? Number.POSITIVE_INFINITY;
  const maxCols = options.maxStatements ?? Number.POSITIVE_INFINITY;
  const rowIds = matrix.rowIds.slice() as number[];
  const colIds = matrix.colIds.slice() as number[];
  const n = votes.pid.length;
  const vr = new Int32Array(n);
  const vc = new Int32Array(n);
  const vv = new Int8Array(n);
  let kept = 0;
  const rowsOf = idIndex(matrix.rowLookup, rowIds, votes.pid);
  const colsOf = idIndex(matrix.colLookup, colIds, votes.tid);
  // A participant's votes often come in a run: reuse the previous vote's row.
  let lastPid = Number.NaN;
  let lastRow = -1;
  for (let i = 0; i < n; i++) {
    const pid = votes.pid[i]!;
    const tid = votes.tid[i]!;
    let r = pid === lastPid ? lastRow : lookUp(rowsOf, pid);
    let c = lookUp(colsOf, tid);
    const rowRoom = r >= 0 || rowIds.length < maxRows;
    const colRoom = c >= 0 || colIds.length < maxCols;
    if (!rowRoom || !colRoom) continue;
    if (r < 0) {
      r = rowIds.length;
      rowIds.push(pid);
      record(rowsOf, pid, r);
    }
    lastPid = pid;
    lastRow = r;
    if (c < 0) {
      c = colIds.length;
      colIds.push(tid);
      record(colsOf, tid, c);
    }
    vr[kept] = r;
    vc[kept] = c;
    vv[kept] = votes.value[i]!;
    kept++;
  }
  const nRows = rowIds.length;
  const oldRows = matrix.rowIds.length;
  // Counting sort of the new votes by row (stable: keeps input order within a row).
  const start = new Int32Array(nRows + 1);
  for (let i = 0; i < kept; i++) start[vr[i]! + 1]!++;
  for (let r = 0; r < nRows; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(kept);
  const fill = start.slice(0, nRows);
  for (let i = 0; i < kept; i++) order[fill[vr[i]!]!++] = i;

  const oldNnz = matrix.rowPtr[oldRows]!;
  const stats = growStats(matrix.colStats, colIds.length);
  const { sum, count, agree, disagree } = stats;
  const rowPtr = new Int32Array(nRows + 1);
  const changedRows = new Uint8Array(nRows);
  let colIdx = new Int32Array(oldNnz + kept);
  let values = new Int8Array(oldNnz + kept);
  const columns = columnScratch(colIds.length);
  let out = 0;
  // Rows without new votes are copied in runs (one block copy per run, not two per row).
  let runOld = -1;
  let runOut = 0;
  for (let r = 0; r < nRows; r++) {
    const ns = start[r]!;
    const ne = start[r + 1]!;
    if (r < oldRows && ns === ne) {
      if (runOld < 0) {
        runOld = matrix.rowPtr[r]!;
        runOut = out;
      }
      rowPtr[r] = runOut + matrix.rowPtr[r]! - runOld;
      continue;
    }
    if (runOld >= 0) {
      const end = r < oldRows ? matrix.rowPtr[r]! : oldNnz;
      colIdx.set(matrix.colIdx.subarray(runOld, end), runOut);
      values.set(matrix.values.subarray(runOld, end), runOut);
      out = runOut + end - runOld;
      runOld = -1;
    }
    rowPtr[r] = out;
    changedRows[r] = 1;
    const os = r < oldRows ? matrix.rowPtr[r]! : 0;
    const oe = r < oldRows ? matrix.rowPtr[r + 1]! : 0;
    // This row's columns in order, each with its latest vote (votes are in arrival order).
    const m = rowColumns(order, ns, ne, vc, columns);
    let o = os;
    for (let k = 0; k < m; k++) {
      const c = columns.sorted[k]!;
      const i = columns.latest[c]!;
      while (o < oe && matrix.colIdx[o]! < c) {
        colIdx[out] = matrix.colIdx[o]!;
        values[out++] = matrix.values[o++]!;
      }
      if (o < oe && matrix.colIdx[o] === c) {
        const old = matrix.values[o++]!;
        sum[c]! -= old;
        count[c]!--;
        if (old < 0) agree[c]!--;
        else if (old > 0) disagree[c]!--;
      }
      const value = vv[i]!;
      sum[c]! += value;
      count[c]!++;
      if (value < 0) agree[c]!++;
      else if (value > 0) disagree[c]!++;
      colIdx[out] = c;
      values[out++] = value;
    }
    while (o < oe) {
      colIdx[out] = matrix.colIdx[o]!;
      values[out++] = matrix.values[o++]!;
    }
  }
  if (runOld >= 0) {
    colIdx.set(matrix.colIdx.subarray(runOld, oldNnz), runOut);
    values.set(matrix.values.subarray(runOld, oldNnz), runOut);
    out = runOut + oldNnz - runOld;
  }
  rowPtr[nRows] = out;
  if (out < colIdx.length) {
    // Replaced votes leave a few unused slots at the end: view, do not copy 5 bytes per vote.
    colIdx = colIdx.subarray(0, out);
    values = values.subarray(0, out);
  }
  return {
    matrix: {
      rowIds,
      colIds,
      rowPtr,
      colIdx,
      values,
      colStats: stats,
      rowLookup: matrix.rowLookup,
      colLookup: matrix.colLookup,
    },
    changedRows,
  };
}

/** Scratch space of `rowColumns` for a matrix with nCols columns. */
interface ColumnScratch {
  /** Bit c of word c >> 5: column c has a vote in the current row. */
  bits: Int32Array;
  /** The latest vote (index into the batch) on each column in the current row. */
  latest: Int32Array;
  /** The current row's columns, ascending. */
  sorted: Int32Array;
}

function columnScratch(nCols: number): ColumnScratch {
  return {
    bits: new Int32Array((nCols >> 5) + 1),
    latest: new Int32Array(nCols),
    sorted: new Int32Array(Math.min(nCols, 64)),
  };
}

/**
 * The distinct columns of the votes order[start … end) into scratch.sorted, ascending, each
 * with its latest vote in scratch.latest; returns how many. A bit set over the columns sorts
 * them in one pass over the words the row touches.
 */
export function rowColumns(
  order: Int32Array,
  start: number,
  end: number,
  voteCol: Int32Array,
  scratch: ColumnScratch,
): number {
  const { bits, latest } = scratch;
  let lo = bits.length;
  let hi = -1;
  for (let k = start; k < end; k++) {
    const i = order[k]!;
    const c = voteCol[i]!;
    const w = c >> 5;
    bits[w]! |= 1 << (c & 31);
    latest[c] = i;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  if (scratch.sorted.length < end - start) scratch.sorted = new Int32Array(2 * (end - start));
  const sorted = scratch.sorted;
  let m = 0;
  for (let w = lo; w <= hi; w++) {
    let word = bits[w]!;
    bits[w] = 0;
    while (word !== 0) {
      const low = word & -word;
      sorted[m++] = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return m;
}

interface IdIndex {
  /** Dense id → index table (−1: absent), when the ids are small; else null. */
  table: Int32Array | null;
  /** The shared lookup; its entries are verified against `ids` (sibling states share it). */
  map: Map<number, number>;
  ids: number[];
}

/**
 * Id → index lookup for one merge. Small dense ids use a typed array (fast for millions of
 * votes); others the shared Map. New ids are always recorded in the shared Map.
 */
function idIndex(map: Map<number, number>, ids: number[], batch: ArrayLike<number>): IdIndex {
  let max = -1;
  for (let i = 0; i < ids.length; i++) if (ids[i]! > max) max = ids[i]!;
  for (let i = 0; i < batch.length; i++) if (batch[i]! > max) max = batch[i]!;
  if (max >= 1 << 24 || max > 8 * (ids.length + batch.length) + 1024) {
    return { table: null, map, ids };
  }
  const table = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < ids.length; i++) table[ids[i]!] = i;
  return { table, map, ids };
}

function lookUp(index: IdIndex, id: number): number {
  if (index.table) return index.table[id]!;
  const i = index.map.get(id);
  return i !== undefined && i < index.ids.length && index.ids[i] === id ? i : -1;
}

function record(index: IdIndex, id: number, at: number): void {
  if (index.table) index.table[id] = at;
  index.map.set(id, at);
}

/** Number of votes (non-null cells, passes included) of each row. */
export function rowCounts(matrix: VoteMatrix): Int32Array {
  const n = matrix.rowIds.length;
  const counts = new Int32Array(n);
  for (let r = 0; r < n; r++) counts[r] = matrix.rowPtr[r + 1]! - matrix.rowPtr[r]!;
  return counts;
}
