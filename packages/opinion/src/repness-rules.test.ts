// Polis's repness selection rules (repness.clj), each pinned by a small synthetic case. Polis
// computes with Clojure's exact ratios (polis-number.ts), so statistics that are mathematically
// equal compare equal there; these cases are ones where plain IEEE arithmetic decided otherwise.
import { describe, expect, it } from "vitest";
import { type RepnessItem, selectRepness } from "./repness.js";

/** One column per tuple: group 0's [agree, disagree, seen], then group 1's. */
type Column = readonly [number, number, number, number, number, number];

function select(columns: readonly Column[], parity = true, groups = 2) {
  const nCols = columns.length;
  const A = new Int32Array(groups * nCols);
  const D = new Int32Array(groups * nCols);
  const S = new Int32Array(groups * nCols);
  columns.forEach((col, c) => {
    for (let g = 0; g < 2; g++) {
      A[g * nCols + c] = col[3 * g]!;
      D[g * nCols + c] = col[3 * g + 1]!;
      S[g * nCols + c] = col[3 * g + 2]!;
    }
  });
  return selectRepness({
    counts: { nGroups: groups, nCols, A, D, S },
    groupIds: Array.from({ length: groups }, (_, g) => g),
    colIds: columns.map((_, c) => c),
    modOutCols: new Uint8Array(nCols),
    parity,
  });
}

const brief = (items: RepnessItem[]) =>
  items.map(
    (i) => `${i.tid}${i["repful-for"] === "agree" ? "a" : "d"}${i["best-agree"] ? "*" : ""}`,
  );

describe("Polis's repness rules", () => {
  it("direction: equal agree and disagree statistics say disagree, even when both are significant", () => {
    // Statement 1 in group 0: 1 agree of 1 vote; group 1: 15 agree, 3 disagree of 47. Then
    // p₁ − p₂ is 2/3 for agree and 5/12 for disagree, and the variances differ by the same
    // factor, so rat = rdt = 1.48… exactly (> 1.2816 both): Polis's `(> rat rdt)` is false.
    for (const parity of [true, false]) {
      const rep = select(
        [
          [10, 0, 10, 5, 30, 40],
          [1, 0, 1, 15, 3, 47],
        ],
        parity,
      )[0]!;
      expect(brief(rep)).toEqual(["0a*", "1d"]);
      expect(rep[1]).toMatchObject({ "n-success": 0, "n-trials": 1, "p-success": 1 / 3 });
    }
  });

  it("direction: the best-agree head also takes the disagree side on a tie (parity)", () => {
    // 1 agree of 1 in group 0 against 6 agree, 1 disagree of 9: rat = rdt = 0.894… exactly.
    const rep = select([[1, 0, 1, 6, 1, 9]])[0]!;
    expect(brief(rep)).toEqual(["0d*"]);
    expect(rep[0]).toMatchObject({ "n-agree": 1, "n-success": 0, "p-success": 1 / 3 });
    // The corrected mode shows the best-agree head with its agree fields.
    expect(brief(select([[1, 0, 1, 6, 1, 9]], false)[0]!)).toEqual(["0a*"]);
  });

  it("direction: statistics are Polis's doubles of exact ratios, rounded as Clojure rounds them", () => {
    // rat² and rdt² are both 1/392 of the same factor, but p₁ − p₂ (1/7 vs 3/14) and the
    // variances are different ratios; Clojure's doubles of them give rat > rdt (plain IEEE
    // arithmetic gave rat < rdt).
    const nCols = 2;
    const rep = selectRepness({
      counts: {
        nGroups: 3,
        nCols,
        A: Int32Array.of(1, 1, 2, 1, 3, 3),
        D: Int32Array.of(0, 0, 1, 0, 0, 0),
        S: Int32Array.of(1, 3, 3, 1, 3, 3),
      },
      groupIds: [0, 1, 2],
      colIds: [0, 1],
      modOutCols: new Uint8Array(nCols),
      parity: true,
    });
    expect(brief(rep[0]!)).toEqual(["0a*"]);
  });

  it("best-agree: a later statement replaces it only when strictly better in Polis's arithmetic", () => {
    // Group 1: statement 0 is accepted first (pat significant, ra = 1.6 > 1); statement 1
    // beats it on ra·rat·pa·pat; then, against statement 1 (ra = 0.8 ≤ 1), statements compete
    // on pa·pat. Statements 1 and 2 tie mathematically there (1/5·(−7/24) = 7/25·(−5/24),
    // times 2√24), and Polis's doubles put statement 2 ahead (IEEE doubles kept statement 1).
    const rep = select([
      [0, 0, 0, 23, 0, 28],
      [0, 2, 2, 4, 6, 23],
      [2, 0, 2, 6, 4, 23],
    ])[1]!;
    expect(rep.map((i) => [i.tid, i["best-agree"], i["n-agree"]])).toEqual([[2, true, 6]]);
  });

  it("best (nothing sufficient, no best-agree): beats the float32 of the best's statistic", () => {
    // Group 0 only passed, so there is no best-agree and nothing is sufficient. Two equal
    // statements: the best's repness-test is stored as float32, here rounded down, so the
    // second one's (double) statistic is larger and replaces it.
    const down = select([
      [0, 0, 1, 0, 1, 2],
      [0, 0, 1, 0, 1, 2],
    ])[0]!;
    expect(down.map((i) => i.tid)).toEqual([1]);
    expect(Math.fround(0.37267799624996506)).toBeLessThan(0.37267799624996506);
    // Equal statistics that float32 rounds up: the first stays.
    const upX = 0.6123724356957945; // rdt of [0, 0, 1, 0, 2, 3]
    expect(Math.fround(upX)).toBeGreaterThan(upX);
    const up = select([
      [0, 0, 1, 0, 2, 3],
      [0, 0, 1, 0, 2, 3],
    ])[0]!;
    expect(up.map((i) => [i.tid, i["repness-test"]])).toEqual([[0, Math.fround(upX)]]);
  });

  it("sort: equal metrics keep column order; the cap of 5 comes before agrees-first", () => {
    // Statement 0 is group 0's best-agree. Statements 1–6 are sufficient: 1 and 3 are the same
    // strong disagree, 2 and 5 the same strong agree with a larger metric than 4 and 6.
    const rep = select([
      [12, 0, 12, 0, 12, 12],
      [0, 9, 9, 9, 0, 9],
      [8, 0, 9, 2, 6, 9],
      [0, 9, 9, 9, 0, 9],
      [5, 0, 9, 1, 6, 9],
      [8, 0, 9, 2, 6, 9],
      [0, 5, 9, 6, 1, 9],
    ])[0]!;
    // By metric: 1 = 3 > 2 = 5 > 4 and 6; the head plus four: 1, 3, 2, 5; 4 and 6 are cut.
    // Then agrees (head, 2, 5) before disagrees (1, 3), each in that order.
    expect(brief(rep)).toEqual(["0a*", "2a", "5a", "1d", "3d"]);
  });
});
