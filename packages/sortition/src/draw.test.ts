import { describe, expect, it } from "vitest";
import { checkPanel } from "./check.js";
import { drawPanel, findDistribution } from "./select.js";
import { replicationInstance, twoLevels } from "./testing/fixtures.js";

// fy, mo, my* at 1/4; fo* at 3/8 (see the fixture).
const instance = twoLevels;

describe("drawPanel (pipage)", () => {
  it("is reproducible from the seed and always meets the quotas", async () => {
    const selection = await findDistribution({ instance });
    const a = drawPanel({ selection, seed: "Lotto 2026-11-28: 3 8 14 22 30 31 37" });
    const b = drawPanel({ selection, seed: "Lotto 2026-11-28: 3 8 14 22 30 31 37" });
    expect(a).toEqual(b);
    expect(a.method).toBe("pipage");
    expect(checkPanel({ instance, panel: a.panel })).toEqual([]);
  });

  it("draws each person with their LEXIMIN probability (statistical, seeds 0..3999)", async () => {
    const selection = await findDistribution({ instance });
    const runs = 4000;
    const counts = new Map<string, number>();
    for (let s = 0; s < runs; s++) {
      for (const id of drawPanel({ selection, seed: String(s) }).panel)
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // SE ≤ 0.0077 for p = 3/8 at 4,000 draws; tolerance 0.03 ≈ 4 SE.
    instance.people.forEach((p, i) => {
      expect(Math.abs((counts.get(p.id) ?? 0) / runs - selection.probabilities[i]!)).toBeLessThan(
        0.03,
      );
    });
  });
});

describe("drawPanel (transparent, M equally likely panels)", () => {
  it("rounds example_small_20 to 1000 valid panels close to the lottery; the seed picks one", async () => {
    const source = replicationInstance("example_small_20");
    const selection = await findDistribution({ instance: source });
    const draw = drawPanel({ selection, seed: "12345", panels: 1000 });
    expect(draw.panels).toHaveLength(1000);
    for (const panel of draw.panels!.slice(0, 50))
      expect(checkPanel({ instance: source, panel })).toEqual([]);
    expect(draw.panel).toEqual(draw.panels![draw.chosen!]);
    // Each person is on 100 ± a few of the 1000 panels.
    expect(draw.maxDeviation!).toBeLessThan(0.01);
    // The list does not depend on the seed (it can be published before the seed is known).
    const other = drawPanel({ selection, seed: "67890", panels: 1000 });
    expect(other.panels).toEqual(draw.panels);
    expect(other.chosen).not.toBe(draw.chosen);
  });

  it("LEGACY draws are reproducible too", async () => {
    const selection = await findDistribution({
      instance: replicationInstance("example_small_20"),
      algorithm: "legacy",
      legacyRuns: 10,
    });
    const a = drawPanel({ selection, seed: "7" });
    expect(a).toEqual(drawPanel({ selection, seed: "7" }));
    expect(a.method).toBe("legacy");
  });
});
