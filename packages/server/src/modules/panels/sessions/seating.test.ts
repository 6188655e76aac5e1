import { seededRandom } from "@kuulo/sortition";
import { describe, expect, it } from "vitest";
import { syntheticSignUps } from "../synthetic.js";
import { assignTables, type Seating, type SeatingPerson, seatingBalance } from "./seating.js";

const FEATURES = ["ageBand", "gender", "municipality", "language"];

function seated(count: number, seed: string): SeatingPerson[] {
  return syntheticSignUps(count, seed).map((p) => ({
    id: p.ref,
    attributes: { ...p.attributes, language: p.language },
  }));
}

/** A plain shuffle dealt round-robin: what a seating without balancing would look like. */
function dealt(people: SeatingPerson[], tables: number, seed: string): Seating {
  const random = seededRandom({ seed, purpose: "test-deal" });
  const order = [...people];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Map(order.map((p, i) => [p.id, (i % tables) + 1]));
}

describe("table assignment balanced over the strata", () => {
  it("seats everyone, keeps table sizes within one and is the same for the same seed", () => {
    const people = seated(40, "poydat");
    const seating = assignTables(people, { tables: 6, features: FEATURES, seed: "s1" });
    expect(seating.size).toBe(40);
    const sizes = [1, 2, 3, 4, 5, 6].map(
      (t) => [...seating.values()].filter((v) => v === t).length,
    );
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(assignTables(people, { tables: 6, features: FEATURES, seed: "s1" })).toEqual(seating);
    expect(
      assignTables([...people].reverse(), { tables: 6, features: FEATURES, seed: "s1" }).size,
    ).toBe(40);
    expect(assignTables(people, { tables: 6, features: FEATURES, seed: "s2" })).not.toEqual(
      seating,
    );
  });

  it("mixes every feature value within one of even over the tables, far better than dealing", () => {
    for (const [count, tables, seed] of [
      [40, 5, "a"],
      [40, 8, "b"],
      [33, 4, "c"],
      [24, 3, "d"],
    ] as const) {
      const people = seated(count, seed);
      const seating = assignTables(people, { tables, features: FEATURES, seed });
      const balance = seatingBalance(people, seating, FEATURES);
      // Each value's count differs by at most 2 between any two tables (1 is the floor when
      // a count does not divide evenly), on four features at once.
      expect(balance.worstSpread, JSON.stringify(balance.spreads)).toBeLessThanOrEqual(2);
      const random = seatingBalance(people, dealt(people, tables, seed), FEATURES);
      expect(balance.imbalance).toBeLessThan(random.imbalance / 2);
    }
  });

  it("spreads a scarce group one per table before doubling up", () => {
    const people: SeatingPerson[] = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      attributes: { language: i < 4 ? "sv" : "fi", gender: i % 2 ? "woman" : "man" },
    }));
    const seating = assignTables(people, {
      tables: 4,
      features: ["language", "gender"],
      seed: "x",
    });
    const swedishTables = people
      .filter((p) => p.attributes.language === "sv")
      .map((p) => seating.get(p.id));
    expect(new Set(swedishTables).size).toBe(4);
    expect(seatingBalance(people, seating, ["language", "gender"]).worstSpread).toBeLessThanOrEqual(
      1,
    );
  });

  it("handles fewer people than tables and no people", () => {
    expect(assignTables([], { tables: 3, features: FEATURES, seed: "x" }).size).toBe(0);
    const two = seated(2, "pieni");
    expect(
      [...assignTables(two, { tables: 5, features: FEATURES, seed: "x" }).values()].sort(),
    ).toEqual([1, 2]);
  });
});
