import { describe, expect, it } from "vitest";
import { checkPanel } from "./check.js";
import { expandPanel } from "./draw.js";
import type { Instance } from "./model.js";
import { seededRandom } from "./random.js";
import { findDistribution, type Selection } from "./select.js";
import { oddCycle, people, quota, replicationInstance, twoLevels } from "./testing/fixtures.js";

function probabilityOf(selection: Selection, id: string): number {
  return selection.probabilities[selection.instance.people.findIndex((p) => p.id === id)]!;
}

/** Every panel of the lottery, turned into people in two random ways, meets every rule. */
function expectValidSupport(selection: Selection): void {
  const random = seededRandom({ seed: "support", purpose: "test" });
  const { distribution, compiled, instance } = selection;
  expect(distribution).not.toBeNull();
  for (const panel of distribution!.panels) {
    for (let r = 0; r < 2; r++) {
      const ids = expandPanel({ compiled, panel, random }).map((i) => instance.people[i]!.id);
      expect(checkPanel({ instance, panel: ids })).toEqual([]);
    }
  }
  const total = distribution!.weights.reduce((s, w) => s + w, 0);
  expect(total).toBeCloseTo(1, 9);
  expect(distribution!.weights.every((w) => w > 0)).toBe(true);
}

describe("LEXIMIN on the replication instances", () => {
  for (const name of ["example_small_20", "example_large_200"] as const) {
    it(`${name}: minimum probability 0.1, valid panels, probabilities sum to k`, async () => {
      const instance = replicationInstance(name);
      const selection = await findDistribution({ instance });
      expect(Math.abs(selection.fairness.minimum - 0.1)).toBeLessThan(5e-4);
      const sum = selection.probabilities.reduce((s, p) => s + p, 0);
      expect(Math.abs(sum - instance.k)).toBeLessThan(1e-6);
      expectValidSupport(selection);
      // The lone female/conservative person gets the same chance as everyone else.
      expect(Math.abs(probabilityOf(selection, "1") - 0.1)).toBeLessThan(5e-4);
      expect(selection.stats.classes).toBe(3);
    });
  }

  it("MAXIMIN reaches the same minimum on example_small_20", async () => {
    const selection = await findDistribution({
      instance: replicationInstance("example_small_20"),
      algorithm: "maximin",
    });
    expect(Math.abs(selection.fairness.minimum - 0.1)).toBeLessThan(5e-4);
    expectValidSupport(selection);
  });
});

describe("LEXIMIN on instances solved by hand", () => {
  // twoLevels (fixtures): fy, mo, my* at 1/4, fo* at 3/8; k/n would be 2/7.
  it("fixes two levels (1/4 and 3/8), differing from k/n", async () => {
    const selection = await findDistribution({ instance: twoLevels });
    const expected: Record<string, number> = {
      fy: 1 / 4,
      mo: 1 / 4,
      my1: 1 / 4,
      my2: 1 / 4,
      my3: 1 / 4,
      fo1: 3 / 8,
      fo2: 3 / 8,
    };
    for (const [id, p] of Object.entries(expected))
      expect(probabilityOf(selection, id)).toBeCloseTo(p, 5);
    expect(selection.stats.levels).toBeGreaterThanOrEqual(2);
    expect(selection.fairness.equalShare).toBeCloseTo(2 / 7, 12);
    expectValidSupport(selection);
  });

  it("MAXIMIN only guarantees the lowest level", async () => {
    const selection = await findDistribution({ instance: twoLevels, algorithm: "maximin" });
    expect(selection.fairness.minimum).toBeCloseTo(1 / 4, 5);
    expect(selection.stats.levels).toBe(1);
  });

  it("a time limit keeps the levels fixed so far and a valid lottery", async () => {
    const selection = await findDistribution({
      instance: twoLevels,
      timeLimit: 0,
      levelByLevel: true,
    });
    expect(selection.stats.complete).toBe(false);
    expect(selection.stats.levels).toBe(1);
    expect(selection.fairness.minimum).toBeCloseTo(1 / 4, 5);
    expect(selection.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(2, 9);
    expectValidSupport(selection);
    expect((await findDistribution({ instance: twoLevels })).stats.complete).toBe(true);
  });

  it("a forced person pushes the others below k/n", async () => {
    // One 'a' is required on every panel of 2; the three 'b' share the other seat.
    const instance: Instance = {
      k: 2,
      quotas: [quota("x", "a", 1, 1), quota("x", "b", 0, 2)],
      people: people(["a", { x: "a" }], ["b1", { x: "b" }], ["b2", { x: "b" }], ["b3", { x: "b" }]),
    };
    const selection = await findDistribution({ instance });
    expect(probabilityOf(selection, "a")).toBeCloseTo(1, 5);
    for (const id of ["b1", "b2", "b3"]) expect(probabilityOf(selection, id)).toBeCloseTo(1 / 3, 5);
  });

  it("household: three people at one address share at most one seat", async () => {
    // A, B, C live together; D, E alone; k = 2. A+B+C ≤ 1 per panel, so each of them gets
    // 1/3 and D, E share the rest: 1/2 each (k/n would be 2/5).
    const instance: Instance = {
      k: 2,
      quotas: [quota("x", "all", 0, 2)],
      people: people(
        ["A", { x: "all" }, "home 1"],
        ["B", { x: "all" }, "home 1"],
        ["C", { x: "all" }, "home 1"],
        ["D", { x: "all" }, "home 2"],
        ["E", { x: "all" }],
      ),
    };
    const selection = await findDistribution({ instance });
    for (const id of ["A", "B", "C"]) expect(probabilityOf(selection, id)).toBeCloseTo(1 / 3, 5);
    for (const id of ["D", "E"]) expect(probabilityOf(selection, id)).toBeCloseTo(1 / 2, 5);
    expect(selection.stats.classes).toBe(4);
    expectValidSupport(selection);
  });

  it("already-selected people count against k, the quotas and their household", async () => {
    const instance: Instance = { ...twoLevels, alreadySelected: ["fy"] };
    const selection = await findDistribution({ instance });
    expect(probabilityOf(selection, "fy")).toBe(1);
    expect(probabilityOf(selection, "mo")).toBeCloseTo(1, 5);
    for (const id of ["fo1", "fo2", "my1", "my2", "my3"])
      expect(probabilityOf(selection, id)).toBeCloseTo(0, 5);
    expectValidSupport(selection);

    const household: Instance = {
      k: 2,
      quotas: [quota("x", "all", 0, 2)],
      people: people(
        ["A", { x: "all" }, "h"],
        ["B", { x: "all" }, "h"],
        ["C", { x: "all" }],
        ["D", { x: "all" }],
      ),
      alreadySelected: ["A"],
    };
    const withHousehold = await findDistribution({ instance: household });
    expect(probabilityOf(withHousehold, "B")).toBe(0);
    expect(probabilityOf(withHousehold, "C")).toBeCloseTo(1 / 2, 5);
  });

  it("falls back to fixing levels one by one when the LP relaxation is out of reach", async () => {
    const selection = await findDistribution({ instance: oddCycle });
    expect(selection.stats.method).toBe("levels");
    expect(probabilityOf(selection, "p4")).toBeCloseTo(1, 5);
    for (const id of ["p1", "p2", "p3"]) expect(probabilityOf(selection, id)).toBeCloseTo(1 / 3, 5);
    expectValidSupport(selection);
  });

  it("the relaxation shortcut and level-by-level fixing agree", async () => {
    const instances = [twoLevels, replicationInstance("example_small_20")];
    for (const instance of instances) {
      const fast = await findDistribution({ instance });
      const slow = await findDistribution({ instance, levelByLevel: true });
      expect(fast.stats.method).toBe("relaxation");
      expect(slow.stats.method).toBe("levels");
      fast.probabilities.forEach((p, i) => {
        expect(Math.abs(p - slow.probabilities[i]!)).toBeLessThan(1e-5);
      });
      expectValidSupport(fast);
    }
  });
});
