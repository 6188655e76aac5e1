import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pipageRound, roundToCounts } from "./pipage.js";
import { seededRandom } from "./random.js";

describe("pipageRound", () => {
  it("returns 0/1 values with the same whole sum, fixed values unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.string(),
        (raw, seed) => {
          // Make the sum whole by appending the missing fraction.
          const sum = raw.reduce((s, v) => s + v, 0);
          const values = [...raw, Math.ceil(sum) - sum];
          const out = pipageRound({ values, random: seededRandom({ seed, purpose: "t" }) });
          expect(out.every((v) => v === 0 || v === 1)).toBe(true);
          expect(out.reduce((s, v) => s + v, 0)).toBe(
            Math.round(values.reduce((s, v) => s + v, 0)),
          );
          values.forEach((v, i) => {
            if (v === 0 || v === 1) expect(out[i]).toBe(v);
          });
        },
      ),
    );
  });

  it("keeps the marginals (statistical, seeded)", () => {
    const values = [0.1, 0.25, 0.65, 0.5, 0.5, 1, 0];
    const random = seededRandom({ seed: "marginals", purpose: "t" });
    const runs = 20000;
    const hits = values.map(() => 0);
    for (let r = 0; r < runs; r++) {
      pipageRound({ values, random }).forEach((v, i) => {
        hits[i]! += v;
      });
    }
    // Standard error ≤ 0.0036 at 20,000 runs; allow 0.015 (> 4 SE).
    values.forEach((v, i) => {
      expect(Math.abs(hits[i]! / runs - v)).toBeLessThan(0.015);
    });
  });

  it("rejects values outside [0, 1]", () => {
    expect(() =>
      pipageRound({ values: [1.5, -0.5], random: seededRandom({ seed: "", purpose: "" }) }),
    ).toThrow(/\[0, 1\]/);
  });
});

describe("roundToCounts", () => {
  it("gives whole counts summing to the total, within one of total·weight", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 2000 }),
        (raw, total) => {
          const sum = raw.reduce((s, v) => s + v, 0);
          const weights = raw.map((v) => v / sum);
          const counts = roundToCounts({
            weights,
            total,
            random: seededRandom({ seed: String(total), purpose: "t" }),
          });
          expect(counts.reduce((s, c) => s + c, 0)).toBe(total);
          counts.forEach((c, i) => {
            expect(Number.isInteger(c)).toBe(true);
            expect(Math.abs(c - weights[i]! * total)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });
});
