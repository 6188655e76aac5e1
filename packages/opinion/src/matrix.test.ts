import { describe, expect, it } from "vitest";
import {
  colIndex,
  computeColumnStats,
  emptyMatrix,
  mergeVotes,
  nnz,
  rowColumns,
  rowIndex,
  type SignedVote,
  type VoteMatrix,
} from "./matrix.js";

function dense(m: VoteMatrix): Record<string, number> {
  const out: Record<string, number> = {};
  m.rowIds.forEach((pid, r) => {
    for (let e = m.rowPtr[r]!; e < m.rowPtr[r + 1]!; e++)
      out[`${pid}:${m.colIds[m.colIdx[e]!]}`] = m.values[e]!;
  });
  return out;
}

describe("sparse vote matrix", () => {
  const votes: SignedVote[] = [
    { pid: 7, tid: 3, value: -1 },
    { pid: 2, tid: 1, value: 1 },
    { pid: 7, tid: 1, value: 0 },
    { pid: 7, tid: 3, value: 1 },
  ];

  it("keeps the latest vote per cell and orders rows/columns by first appearance", () => {
    const m = mergeVotes({ matrix: emptyMatrix(), votes });
    expect(m.rowIds).toEqual([7, 2]);
    expect(m.colIds).toEqual([3, 1]);
    expect(dense(m)).toEqual({ "7:3": 1, "7:1": 0, "2:1": 1 });
    expect(nnz(m)).toBe(3);
    // Entries are sorted by column index within each row.
    expect(Array.from(m.colIdx)).toEqual([0, 1, 1]);
  });

  it("merging batches equals building at once, and leaves the previous matrix untouched", () => {
    const first = mergeVotes({ matrix: emptyMatrix(), votes: votes.slice(0, 2) });
    const before = dense(first);
    const second = mergeVotes({ matrix: first, votes: votes.slice(2) });
    expect(dense(second)).toEqual(dense(mergeVotes({ matrix: emptyMatrix(), votes })));
    expect(dense(first)).toEqual(before);
    expect(first.rowIds).toEqual([7, 2]);
  });

  it("sibling updates of one matrix do not see each other's new participants", () => {
    const base = mergeVotes({ matrix: emptyMatrix(), votes: [{ pid: 1, tid: 1, value: 1 }] });
    const a = mergeVotes({ matrix: base, votes: [{ pid: 5, tid: 1, value: 1 }] });
    const b = mergeVotes({ matrix: base, votes: [{ pid: 6, tid: 2, value: -1 }] });
    expect(rowIndex(a, 5)).toBe(1);
    expect(rowIndex(b, 5)).toBe(-1);
    expect(rowIndex(b, 6)).toBe(1);
    expect(colIndex(a, 2)).toBe(-1);
    expect(rowIndex(base, 5)).toBe(-1);
  });

  it("drops votes of new participants and statements beyond the caps (Polis parity)", () => {
    const m = mergeVotes({ matrix: emptyMatrix(), votes, maxParticipants: 1, maxStatements: 1 });
    expect(m.rowIds).toEqual([7]);
    expect(m.colIds).toEqual([3]);
    expect(dense(m)).toEqual({ "7:3": 1 });
  });

  it("stores memory proportional to the votes", () => {
    const many: SignedVote[] = [];
    for (let p = 0; p < 2000; p++)
      many.push({ pid: p, tid: p % 500, value: 1 }, { pid: p, tid: (p * 7) % 500, value: -1 });
    const m = mergeVotes({ matrix: emptyMatrix(), votes: many });
    expect(m.colIdx.length).toBe(nnz(m));
    expect(m.values.length).toBe(nnz(m));
    expect(nnz(m)).toBeLessThanOrEqual(4000);
    expect(m.rowPtr.length).toBe(2001);
  });
});

describe("merging many batches", () => {
  it("equals building at once: runs of untouched rows, re-votes, new rows and columns", () => {
    let x = 12345;
    const rand = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    const all: SignedVote[] = [];
    let m = emptyMatrix();
    for (let batch = 0; batch < 6; batch++) {
      const votes = Array.from({ length: batch === 0 ? 400 : 15 }, () => ({
        pid: rand(60 + 10 * batch),
        tid: rand(12 + batch),
        value: rand(3) - 1,
      }));
      all.push(...votes);
      m = mergeVotes({ matrix: m, votes });
      const once = mergeVotes({ matrix: emptyMatrix(), votes: all });
      expect(dense(m)).toEqual(dense(once));
      expect(m.colStats).toEqual(computeColumnStats(m));
      expect(m.colIdx.length).toBe(nnz(m));
      expect(m.values.length).toBe(nnz(m));
      for (let r = 0; r < m.rowIds.length; r++) {
        const cols = Array.from(m.colIdx.subarray(m.rowPtr[r]!, m.rowPtr[r + 1]!));
        expect(cols).toEqual([...new Set(cols)].sort((a, b) => a - b));
      }
    }
  });
});

describe("per-column totals", () => {
  it("are maintained by merges exactly as a recount gives them", () => {
    let m = emptyMatrix();
    const batches: SignedVote[][] = [
      [
        { pid: 1, tid: 1, value: -1 },
        { pid: 2, tid: 1, value: 1 },
        { pid: 1, tid: 2, value: 0 },
      ],
      [
        { pid: 1, tid: 1, value: 1 },
        { pid: 3, tid: 2, value: -1 },
        { pid: 2, tid: 1, value: 1 },
      ],
    ];
    for (const votes of batches) {
      m = mergeVotes({ matrix: m, votes });
      const recount = computeColumnStats(m);
      expect(m.colStats).toEqual(recount);
    }
    expect(Array.from(m.colStats.sum)).toEqual([2, -1]);
    expect(Array.from(m.colStats.agree)).toEqual([0, 1]);
  });
});

describe("a row's columns", () => {
  it("come out ascending and distinct, each with its latest vote, across scratch reuse", () => {
    let x = 777;
    const rand = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    const nCols = 300;
    const scratch = {
      bits: new Int32Array(10),
      latest: new Int32Array(nCols),
      sorted: new Int32Array(4),
    };
    for (const length of [0, 1, 5, 40, 200, 1000]) {
      const voteCol = Int32Array.from({ length }, () => rand(length < 50 ? 40 : nCols));
      // The votes of the row, in arrival order, as a slice of a longer order array.
      const order = Int32Array.from([9, ...Array.from({ length }, (_, i) => i), 3]);
      const m = rowColumns(order, 1, length + 1, voteCol, scratch);
      const expected = [...new Set(voteCol)].sort((a, b) => a - b);
      expect(Array.from(scratch.sorted.subarray(0, m))).toEqual(expected);
      for (const c of expected) expect(scratch.latest[c]).toBe(voteCol.lastIndexOf(c));
      expect(Array.from(scratch.bits).every((w) => w === 0)).toBe(true);
    }
  });
});
