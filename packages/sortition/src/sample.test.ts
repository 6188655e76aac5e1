import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proportionalAllocation, randomSample, stratifiedSample } from "./sample.js";

const people = (n: number, stratum: (i: number) => string = () => "") =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${String(i).padStart(4, "0")}`,
    stratum: stratum(i),
  }));

describe("random samples for recruitment", () => {
  it("draws the same people again from the same seed, whatever the order of the list", () => {
    const list = people(500);
    const a = randomSample({ items: list, n: 40, seed: "Lotto 2026-12-05" });
    const b = randomSample({ items: [...list].reverse(), n: 40, seed: "Lotto 2026-12-05" });
    expect(b.ids).toEqual(a.ids);
    expect(new Set(a.ids).size).toBe(40);
    expect(randomSample({ items: list, n: 40, seed: "another" }).ids).not.toEqual(a.ids);
  });

  it("gives every person the same chance (chi-square on 2,000 draws)", () => {
    const list = people(20);
    const hits = new Map<string, number>();
    for (let s = 0; s < 2000; s++) {
      for (const id of randomSample({ items: list, n: 5, seed: String(s) }).ids) {
        hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    const expected = (2000 * 5) / 20;
    const chi2 = [...hits.values()].reduce((s, h) => s + (h - expected) ** 2 / expected, 0);
    expect(hits.size).toBe(20);
    expect(chi2).toBeLessThan(43.8); // χ²(19) at p = 0.002
  });

  it("allocates in proportion by largest remainders, summing to n and never above a stratum's size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (sizes, m) => {
          const map = new Map(sizes.map((s, i) => [`s${i}`, s]));
          const total = sizes.reduce((a, b) => a + b, 0);
          const n = total === 0 ? 0 : m % (total + 1);
          const counts = proportionalAllocation(map, n);
          expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(n);
          for (const [k, c] of counts) {
            expect(c).toBeLessThanOrEqual(map.get(k)!);
            if (total > 0) expect(Math.abs(c - (n * map.get(k)!) / total)).toBeLessThan(1 + 1e-9);
          }
        },
      ),
    );
    expect(
      proportionalAllocation(
        new Map([
          ["a", 50],
          ["b", 30],
          ["c", 20],
        ]),
        7,
      ),
    ).toEqual(
      new Map([
        ["a", 4],
        ["b", 2],
        ["c", 1],
      ]), // quotas 3.5, 2.1, 1.4
    );
  });

  it("draws a stratified sample with counts per stratum, given or proportional, reproducibly", () => {
    const list = people(300, (i) => (i < 200 ? "179|15-29" : "992|15-29"));
    const proportional = stratifiedSample({ items: list, n: 30, seed: "s" });
    expect(
      proportional.strata.map((s) => [s.stratum, s.size, s.allocated, s.drawn.length]),
    ).toEqual([
      ["179|15-29", 200, 20, 20],
      ["992|15-29", 100, 10, 10],
    ]);
    expect(stratifiedSample({ items: [...list].reverse(), n: 30, seed: "s" }).ids).toEqual(
      proportional.ids,
    );
    const given = stratifiedSample({
      items: list,
      counts: { "179|15-29": 5, "992|15-29": 15 },
      seed: "s",
    });
    expect(given.strata.map((s) => s.drawn.length)).toEqual([5, 15]);
    expect(given.ids.filter((id) => Number(id.slice(1)) >= 200)).toHaveLength(15);
    expect(() =>
      stratifiedSample({ items: list, counts: { "992|15-29": 101 }, seed: "s" }),
    ).toThrow("stratum 992|15-29: cannot draw 101 from 100 people");
    expect(() => randomSample({ items: [...list, list[0]!], n: 1, seed: "s" })).toThrow(
      "appears twice",
    );
  });
});
