import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { updateCounts } from "./count-update.js";
import { countVotes } from "./counts.js";
import { emptyMatrix, mergeVotes, rowIndex, type SignedVote, type VoteMatrix } from "./matrix.js";
import { createPrng, type Prng } from "./prng.js";

function randomVotes(prng: Prng, n: number, pids: number, tids: number): SignedVote[] {
  return Array.from({ length: n }, () => ({
    pid: Math.floor(prng.next() * pids),
    tid: Math.floor(prng.next() * tids),
    value: Math.floor(prng.next() * 3) - 1,
  }));
}

/** A random grouping of the rows: group ids drawn from `ids`, some rows ungrouped (−1). */
function randomGrouping(prng: Prng, matrix: VoteMatrix, ids: number[]) {
  const rowGroup = new Int32Array(matrix.rowIds.length);
  for (let r = 0; r < rowGroup.length; r++)
    rowGroup[r] = prng.next() < 0.15 ? -1 : Math.floor(prng.next() * ids.length);
  return rowGroup;
}

describe("incremental per-group vote counts", () => {
  it("equal a full recount after any merge and regrouping", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), (seed, stable) => {
        const prng = createPrng(seed);
        const before = mergeVotes({ matrix: emptyMatrix(), votes: randomVotes(prng, 300, 40, 12) });
        const oldIds = [3, 5, 8, 9];
        const oldGroup = randomGrouping(prng, before, oldIds);
        const previous = countVotes({ matrix: before, rowGroup: oldGroup, nGroups: oldIds.length });
        // New votes: re-votes, new participants (up to pid 50) and new statements (up to 15).
        const batch = randomVotes(prng, 25, 50, 15);
        const after = mergeVotes({ matrix: before, votes: batch });
        const changedRows = new Uint8Array(after.rowIds.length);
        for (const v of batch) changedRows[rowIndex(after, v.pid)] = 1;
        // Ids 3 and 9 survive, 5 and 8 are gone, 11 and 12 are new.
        const ids = [3, 9, 11, 12];
        const rowGroup = new Int32Array(after.rowIds.length);
        for (let r = 0; r < rowGroup.length; r++) {
          const og = r < oldGroup.length ? oldGroup[r]! : -1;
          const keep = stable && og >= 0 && (oldIds[og] === 3 || oldIds[og] === 9);
          rowGroup[r] = keep
            ? ids.indexOf(oldIds[og]!)
            : prng.next() < 0.1
              ? -1
              : Math.floor(prng.next() * 4);
        }
        const updated = updateCounts({
          previous,
          previousMatrix: before,
          previousRowGroup: oldGroup,
          previousIds: oldIds,
          matrix: after,
          rowGroup,
          ids,
          changedRows,
        });
        expect(updated).toEqual(countVotes({ matrix: after, rowGroup, nGroups: ids.length }));
      }),
      { numRuns: 60 },
    );
  });

  it("touches only changed rows: unchanged rows in surviving groups keep their counts", () => {
    const prng = createPrng(11);
    const before = mergeVotes({ matrix: emptyMatrix(), votes: randomVotes(prng, 400, 60, 10) });
    const ids = [0, 1, 2];
    const rowGroup = randomGrouping(prng, before, ids);
    const previous = countVotes({ matrix: before, rowGroup, nGroups: 3 });
    const batch: SignedVote[] = [{ pid: before.rowIds[0]!, tid: before.colIds[0]!, value: 1 }];
    const after = mergeVotes({ matrix: before, votes: batch });
    const changedRows = new Uint8Array(after.rowIds.length);
    changedRows[0] = 1;
    const input = {
      previousMatrix: before,
      previousRowGroup: rowGroup,
      previousIds: ids,
      matrix: after,
      rowGroup,
      ids,
      changedRows,
    };
    const updated = updateCounts({ previous, ...input });
    expect(updated).toEqual(countVotes({ matrix: after, rowGroup, nGroups: 3 }));
    // Counts that do not match the previous matrix are carried over as given: proof that the
    // unchanged rows were not recounted (the contract: previous counts belong to that matrix).
    const shifted = { ...previous, S: previous.S.map((s) => s + 100) };
    const fromShifted = updateCounts({ previous: shifted, ...input });
    expect(fromShifted.S[5]! - updated.S[5]!).toBe(100);
  });

  it("falls back to a full recount when the previous counts do not fit the matrices", () => {
    const prng = createPrng(5);
    const before = mergeVotes({ matrix: emptyMatrix(), votes: randomVotes(prng, 100, 20, 6) });
    const after = mergeVotes({ matrix: before, votes: randomVotes(prng, 30, 25, 8) });
    const rowGroup = randomGrouping(prng, after, [0, 1]);
    const wrongShape = countVotes({ matrix: after, rowGroup, nGroups: 2 });
    const updated = updateCounts({
      previous: wrongShape,
      previousMatrix: before,
      previousRowGroup: new Int32Array(before.rowIds.length).fill(-1),
      previousIds: [0, 1],
      matrix: after,
      rowGroup,
      ids: [0, 1],
      changedRows: new Uint8Array(after.rowIds.length),
    });
    expect(updated).toEqual(countVotes({ matrix: after, rowGroup, nGroups: 2 }));
  });
});
