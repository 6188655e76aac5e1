// Exact tier of shared/opinion-math.md on all five real Polis conversations (see test/fixtures).
import { describe, expect, it } from "vitest";
import { loadPolisFixture, POLIS_FIXTURES } from "../test/load.js";
import { commentPriorities, groupAwareConsensus, selectConsensus } from "./consensus.js";
import { countVotes, sumGroups } from "./counts.js";
import { colIndex, rowIndex } from "./matrix.js";
import { toPolisMath } from "./polis-json.js";
import { selectRepness } from "./repness.js";
import { columnFlags } from "./tick.js";
import { analyze } from "./update.js";

/** Max |a − s·b| over aligned entries, for the better sign s = ±1. */
function diffUpToSign(a: readonly number[], b: readonly number[]): number {
  let plus = 0;
  let minus = 0;
  a.forEach((x, i) => {
    plus = Math.max(plus, Math.abs(x - b[i]!));
    minus = Math.max(minus, Math.abs(x + b[i]!));
  });
  return Math.min(plus, minus);
}

function signOf(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  a.forEach((x, i) => {
    d += x * b[i]!;
  });
  return d < 0 ? -1 : 1;
}

describe.each(POLIS_FIXTURES)("exact tier: %s", (name) => {
  const fixture = loadPolisFixture(name);
  const polis = fixture.math;
  const state = analyze({ votes: fixture.votes, moderation: fixture.moderation });
  const ours = toPolisMath(state);
  const { matrix } = state;
  const col = (tid: number) => colIndex(matrix, tid);
  const byPolisTid = (values: ArrayLike<number>) => polis.tids.map((tid) => values[col(tid)]!);

  it("reproduces the columns, user-vote-counts and mod-out", () => {
    expect([...ours.tids].sort((a, b) => a - b)).toEqual([...polis.tids].sort((a, b) => a - b));
    expect(ours["user-vote-counts"]).toEqual(polis["user-vote-counts"]);
    expect(ours.n).toBe(polis.n);
    expect(ours["mod-out"]).toEqual([...polis["mod-out"]].sort((a, b) => a - b));
  });

  it("reproduces the PCA centre, components, comment projections and extremity", () => {
    const center = byPolisTid(state.math!.pca.center);
    center.forEach((c, i) => {
      expect(Math.abs(c - polis.pca.center[i]!)).toBeLessThan(1e-9);
    });
    for (const k of [0, 1]) {
      expect(diffUpToSign(byPolisTid(state.math!.pca.comps[k]!), polis.pca.comps[k]!)).toBeLessThan(
        1e-6,
      );
      const proj = byPolisTid(state.math!.commentProjection[k]!);
      expect(diffUpToSign(proj, polis.pca["comment-projection"][k]!)).toBeLessThan(1e-6);
    }
    const extremity = byPolisTid(state.math!.commentExtremity);
    extremity.forEach((e, i) => {
      expect(Math.abs(e - polis.pca["comment-extremity"][i]!)).toBeLessThan(1e-6);
    });
  });

  it("reproduces Polis's base-cluster centres as mean projections of their members", () => {
    const base = polis["base-clusters"];
    const proj = state.math!.projections;
    for (const [k, polisCoord] of [
      [0, base.x],
      [1, base.y],
    ] as const) {
      const means = base.members.map((pids) => {
        let s = 0;
        for (const pid of pids) s += proj[2 * rowIndex(matrix, pid) + k]!;
        return s / pids.length;
      });
      expect(diffUpToSign(means, polisCoord)).toBeLessThan(1e-6);
    }
  });

  describe("given Polis's in-conv and groups", () => {
    const base = polis["base-clusters"];
    const rowBase = new Int32Array(matrix.rowIds.length).fill(-1);
    base.members.forEach((pids, b) => {
      for (const pid of pids) rowBase[rowIndex(matrix, pid)] = b;
    });
    const baseCounts = countVotes({ matrix, rowGroup: rowBase, nGroups: base.id.length });
    const baseIndex = new Map(base.id.map((id, b) => [id, b]));
    const groups = polis["group-clusters"];
    const groupCounts = sumGroups({
      counts: baseCounts,
      groups: groups.map((g) => g.members.map((id) => baseIndex.get(id)!)),
    });
    const nCols = matrix.colIds.length;
    const modOutCols = columnFlags(matrix, polis["mod-out"]);

    it("reproduces the in-conv participants as members of base clusters", () => {
      const members = base.members.flat().sort((a, b) => a - b);
      expect(members).toEqual([...polis["in-conv"]].sort((a, b) => a - b));
    });

    it("reproduces votes-base and group-votes exactly", () => {
      for (const tid of polis.tids) {
        const c = col(tid);
        const expected = polis["votes-base"][tid]!;
        for (const key of ["A", "D", "S"] as const) {
          const got = base.id.map((_, b) => baseCounts[key][b * nCols + c]!);
          expect(got).toEqual(expected[key]);
        }
      }
      groups.forEach((g, gi) => {
        const expected = polis["group-votes"][g.id]!;
        const size = g.members.reduce((s, id) => s + base.count[baseIndex.get(id)!]!, 0);
        expect(size).toBe(expected["n-members"]);
        for (const tid of polis.tids) {
          const i = gi * nCols + col(tid);
          expect({ A: groupCounts.A[i], D: groupCounts.D[i], S: groupCounts.S[i] }).toEqual({
            A: expected.votes[tid]!.A,
            D: expected.votes[tid]!.D,
            S: expected.votes[tid]!.S,
          });
        }
      });
    });

    it("reproduces group-aware consensus to 1e-12", () => {
      const gac = groupAwareConsensus(groupCounts);
      for (const tid of polis.tids) {
        expect(Math.abs(gac[col(tid)]! - polis["group-aware-consensus"][tid]!)).toBeLessThan(1e-12);
      }
    });

    it("reproduces comment priorities from the blob's own group-votes", () => {
      const priorities = commentPriorities({
        groupCounts,
        countCol: (c) => c,
        extremity: Float64Array.from(
          matrix.colIds,
          (tid) => polis.pca["comment-extremity"][polis.tids.indexOf(tid)]!,
        ),
        metaCols: columnFlags(matrix, polis["meta-tids"] ?? []),
      });
      const blob = polis["comment-priorities"];
      if (Object.values(blob).every((p) => p === 49)) {
        // Written in Polis's 2025-03…2026-07 window (#1961) when every priority was 49.
        expect(polis.tids.length).toBeGreaterThan(0);
        return;
      }
      for (const tid of polis.tids) {
        expect(Math.abs(priorities[col(tid)]! - blob[tid]!) / Math.max(1, blob[tid]!)).toBeLessThan(
          1e-12,
        );
      }
    });

    it("reproduces repness: tids, order, repful-for and numbers, bit for bit", () => {
      const repness = selectRepness({
        counts: groupCounts,
        groupIds: groups.map((g) => g.id),
        colIds: matrix.colIds,
        modOutCols,
        parity: true,
      });
      for (const g of groups) {
        const expected = polis.repness[g.id]!;
        const got = repness[g.id]!;
        expect(got.map((i) => i.tid)).toEqual(expected.map((i) => i.tid));
        got.forEach((item, j) => {
          const e = expected[j]!;
          expect(item["repful-for"]).toBe(e["repful-for"]);
          expect(item["n-success"]).toBe(e["n-success"]);
          expect(item["n-trials"]).toBe(e["n-trials"]);
          expect(item["best-agree"]).toBe(e["best-agree"]);
          expect(item["n-agree"]).toBe(e["n-agree"]);
          // Polis's exact ratios rounded as Clojure rounds them: the same doubles, and the
          // same float32 repness-test (Polis writes the float's shortest decimal).
          for (const key of ["p-success", "p-test", "repness"] as const) {
            expect(item[key]).toBe(e[key]);
          }
          expect(item["repness-test"]).toBe(Math.fround(e["repness-test"]));
        });
      }
    });

    it("reproduces consensus lists in order, numbers bit for bit", () => {
      const all = countVotes({
        matrix,
        rowGroup: new Int32Array(matrix.rowIds.length),
        nGroups: 1,
      });
      const consensus = selectConsensus({ counts: all, colIds: matrix.colIds, modOutCols });
      expect(consensus.agree.map((i) => i.tid)).toEqual(polis.consensus.agree.map((i) => i.tid));
      expect(consensus.disagree.map((i) => i.tid)).toEqual(
        polis.consensus.disagree.map((i) => i.tid),
      );
      for (const side of ["agree", "disagree"] as const) {
        consensus[side].forEach((item, j) => {
          const e = polis.consensus[side][j]!;
          expect([item["n-success"], item["n-trials"], item["p-success"], item["p-test"]]).toEqual([
            e["n-success"],
            e["n-trials"],
            e["p-success"],
            e["p-test"],
          ]);
        });
      }
    });
  });

  it("outputs Polis's sign convention (agree = −1: centre follows the vote means)", () => {
    const sign = signOf(byPolisTid(state.math!.pca.center), polis.pca.center);
    expect(sign).toBe(1);
  });
});
