import { describe, expect, it } from "vitest";
import { pickStatement } from "./pick.js";
import { createPrng } from "./prng.js";
import { campsConversation } from "./synthetic.js";
import { analyze } from "./update.js";

describe("next statement picker", () => {
  const { votes } = campsConversation({
    participants: 80,
    statements: 10,
    density: 0.6,
    noise: 0.1,
    seed: 5,
  });
  const state = analyze({ votes, moderation: [{ statement: 2, status: "rejected" }] });

  it("never picks excluded or rejected statements, and follows the priorities", () => {
    const prng = createPrng(9);
    const counts = new Map<number, number>();
    for (let i = 0; i < 4000; i++) {
      const tid = pickStatement({ state, exclude: new Set([0]), random: prng.next })!;
      counts.set(tid, (counts.get(tid) ?? 0) + 1);
    }
    expect(counts.has(0)).toBe(false);
    expect(counts.has(2)).toBe(false);
    const p = state.math!.priorities;
    const cols = state.matrix.colIds;
    const hi = cols.reduce(
      (a, t, c) => (t !== 0 && t !== 2 && p[c]! > p[cols.indexOf(a)]! ? t : a),
      1,
    );
    const lo = cols.reduce(
      (a, t, c) => (t !== 0 && t !== 2 && p[c]! < p[cols.indexOf(a)]! ? t : a),
      1,
    );
    expect(counts.get(hi)!).toBeGreaterThan(counts.get(lo) ?? 0);
  });

  it("gives new statements without votes a chance and returns null when all are voted", () => {
    const picked = pickStatement({
      state,
      exclude: new Set(state.matrix.colIds),
      candidates: [99],
      random: () => 0.5,
    });
    expect(picked).toBe(99);
    expect(
      pickStatement({ state, exclude: new Set(state.matrix.colIds), random: () => 0.1 }),
    ).toBeNull();
  });
});
