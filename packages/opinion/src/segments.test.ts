import { describe, expect, it } from "vitest";
import { createPrng } from "./prng.js";
import { compareSegments } from "./segments.js";
import type { Vote } from "./types.js";
import { analyze } from "./update.js";

/** Residents and staff: they differ on statement 0 only; statement 3 is moderated out. */
function conversation() {
  const prng = createPrng(11);
  const votes: Vote[] = [];
  const segments = new Map<number, string>();
  for (let p = 0; p < 400; p++) {
    const staff = p % 4 === 0;
    segments.set(p, staff ? "staff" : "residents");
    for (let s = 0; s < 6; s++) {
      const agreeRate = s === 0 ? (staff ? 0.2 : 0.8) : 0.6;
      const r = prng.next();
      votes.push({
        participant: p,
        statement: s,
        vote: r < agreeRate ? 1 : r < agreeRate + 0.3 ? -1 : 0,
      });
    }
  }
  return { votes, segments };
}

describe("segment comparison", () => {
  const { votes, segments } = conversation();
  const state = analyze({ votes, moderation: [{ statement: 3, status: "rejected" }] });
  const result = compareSegments({ state, segments });

  it("counts each segment's votes with Wilson intervals around the shares", () => {
    expect(result.segments).toEqual([
      { segment: "residents", participants: 300 },
      { segment: "staff", participants: 100 },
    ]);
    const s0 = result.statements.find((s) => s.statement === 0)!;
    const staff = s0.segments.find((s) => s.segment === "staff")!;
    expect(staff.voters).toBe(100);
    expect(staff.agree + staff.disagree + staff.pass).toBe(100);
    expect(staff.agreeShare.estimate).toBe(staff.agree / 100);
    expect(staff.agreeShare.low).toBeLessThan(0.2);
    expect(staff.agreeShare.high).toBeGreaterThan(0.2);
    expect(staff.agreeShare.high - staff.agreeShare.low).toBeLessThan(0.2);
  });

  it("finds the statement the segments differ on, controlling the false discovery rate", () => {
    expect(result.mostDifferent).toEqual([0]);
    const s0 = result.statements.find((s) => s.statement === 0)!;
    expect(s0.test!.differs).toBe(true);
    expect(s0.test!.df).toBe(2);
    expect(s0.test!.pValue).toBeLessThan(1e-10);
    for (const s of result.statements.filter((x) => x.statement !== 0))
      expect(s.test!.differs).toBe(false);
    expect(result.method).toMatch(/Benjamini-Hochberg/);
  });

  it("leaves moderated-out statements and unlabelled participants out", () => {
    expect(result.statements.map((s) => s.statement)).toEqual([0, 1, 2, 4, 5]);
    const partial = compareSegments({
      state,
      segments: new Map([
        [1, "a"],
        [2, "b"],
      ]),
    });
    expect(partial.statements[0]!.segments.map((s) => s.voters)).toEqual([1, 1]);
    const single = compareSegments({ state, segments: new Map([[1, "a"]]) });
    expect(single.statements[0]!.test).toBeNull();
  });
});
