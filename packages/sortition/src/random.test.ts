import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom, shuffled } from "./random.js";
import { sha256Hex } from "./sha256.js";

describe("sha256", () => {
  it("matches node:crypto on known and random inputs", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
    );
  });
});

describe("seededRandom", () => {
  it("is the documented SHA-256 counter stream", () => {
    const first = seededRandom({ seed: "2026-11-23 Lotto 7", purpose: "draw" }).nextUint32();
    const digest = createHash("sha256")
      .update("kuulo-sortition-v1|draw|2026-11-23 Lotto 7|0")
      .digest();
    expect(first).toBe(digest.readUInt32BE(0));
  });

  it("is reproducible and differs between seeds and purposes", () => {
    const take = (seed: string, purpose: string) => {
      const r = seededRandom({ seed, purpose });
      return Array.from({ length: 20 }, () => r.nextUint32());
    };
    expect(take("42", "a")).toEqual(take("42", "a"));
    expect(take("42", "a")).not.toEqual(take("43", "a"));
    expect(take("42", "a")).not.toEqual(take("42", "b"));
  });

  it("nextInt is in range and roughly uniform; nextFloat is in [0, 1)", () => {
    const r = seededRandom({ seed: "uniform", purpose: "test" });
    const counts = new Array(7).fill(0);
    const draws = 14000;
    for (let i = 0; i < draws; i++) counts[r.nextInt(7)]++;
    // Chi-square with 6 degrees of freedom: 22.5 is the 0.999 quantile.
    const expected = draws / 7;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(22.5);
    for (let i = 0; i < 1000; i++) {
      const x = r.nextFloat();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(() => r.nextInt(0)).toThrow(/nextInt/);
  });

  it("shuffled returns a permutation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const out = shuffled({ items, random: seededRandom({ seed, purpose: "p" }) });
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
});
