import { describe, expect, it } from "vitest";
import { commonGround } from "./common-ground.js";
import type { ConversationResults } from "./results.js";

type Row = ConversationResults["statements"][number];

/** A statement's row from per-group (agree, disagree, pass) counts. */
function row(tid: number, groups: [number, number, number][]): Row {
  const sum = (i: 0 | 1 | 2) => groups.reduce((n, g) => n + g[i], 0);
  return {
    tid,
    agree: sum(0),
    disagree: sum(1),
    pass: sum(2),
    groupAwareConsensus: 0,
    priority: 0,
    perGroup: groups.map(([agree, disagree, pass], group) => ({
      group,
      agree,
      disagree,
      voters: agree + disagree + pass,
    })),
  };
}

const groups = (n: number) =>
  Array.from({ length: n }, (_, id) => ({
    id,
    size: 10,
    center: [0, 0] as [number, number],
    representative: [],
  }));

describe("common ground", () => {
  it("leaves out a statement that one group rejects, however many the other groups are", () => {
    // 1: groups B and C (90 people) agree, group A (11) disagrees at 91 %: 80 % of all agree.
    // 2: every group agrees at 70 % or more.
    const statements = [
      row(1, [
        [1, 10, 0],
        [40, 5, 0],
        [40, 5, 0],
      ]),
      row(2, [
        [8, 2, 1],
        [35, 5, 5],
        [40, 3, 2],
      ]),
    ];
    const result = commonGround({ groups: groups(3), statements });
    expect(result.basis).toBe("every_group");
    expect(result.threshold).toBe(0.6);
    expect(result.agree.map((s) => s.tid)).toEqual([2]);
    const [item] = result.agree;
    expect(item?.count).toBe(83);
    expect(item?.voters).toBe(101);
    expect(item?.lowestGroupShare).toBeCloseTo(8 / 11, 10);
    expect(result.disagree).toEqual([]);
  });

  it("needs each group to have seen the statement, counts passes as not agreeing, and lists disagreement too", () => {
    const statements = [
      // Group B has only two voters on it: no claim about B.
      row(1, [
        [9, 0, 0],
        [2, 0, 0],
      ]),
      // 60 % exactly in group A counts (at least the threshold); passes lower the share.
      row(2, [
        [6, 2, 2],
        [9, 1, 0],
      ]),
      row(3, [
        [5, 2, 3],
        [9, 1, 0],
      ]),
      row(4, [
        [0, 8, 1],
        [1, 9, 0],
      ]),
    ];
    const result = commonGround({ groups: groups(2), statements });
    expect(result.agree.map((s) => s.tid)).toEqual([2]);
    expect(result.disagree.map((s) => s.tid)).toEqual([4]);
    expect(result.disagree[0]?.lowestGroupShare).toBeCloseTo(8 / 9, 10);
  });

  it("falls back to all voters before there are two groups, and says so", () => {
    const statements = [row(1, [[7, 2, 1]]), row(2, [[5, 5, 0]]), row(3, [[2, 0, 0]])];
    const result = commonGround({ groups: groups(1), statements });
    expect(result.basis).toBe("all_voters");
    expect(result.agree).toEqual([
      { tid: 1, share: 0.7, count: 7, voters: 10, lowestGroupShare: 0.7 },
    ]);
  });

  it("lists only the statements asked for (e.g. approved), strongest first", () => {
    const statements = [
      row(1, [
        [9, 1, 0],
        [9, 1, 0],
      ]),
      row(2, [
        [10, 0, 0],
        [10, 0, 0],
      ]),
      row(3, [
        [7, 3, 0],
        [10, 0, 0],
      ]),
    ];
    const all = commonGround({ groups: groups(2), statements });
    expect(all.agree.map((s) => s.tid)).toEqual([2, 1, 3]);
    const some = commonGround({ groups: groups(2), statements }, { among: new Set([1, 3]) });
    expect(some.agree.map((s) => s.tid)).toEqual([1, 3]);
  });
});
