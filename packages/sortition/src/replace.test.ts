import { describe, expect, it } from "vitest";
import { checkPanel } from "./check.js";
import { replaceWithdrawn } from "./replace.js";
import { drawPanel, findDistribution } from "./select.js";
import { replicationInstance } from "./testing/fixtures.js";

describe("replaceWithdrawn", () => {
  it("keeps the others, refills the seat within the quotas and reports new probabilities", async () => {
    const instance = replicationInstance("example_small_20");
    const selection = await findDistribution({ instance });
    const { panel } = drawPanel({ selection, seed: "first" });
    const leaver = panel[3]!;
    const result = await replaceWithdrawn({ instance, panel, withdrawn: [leaver], seed: "second" });
    expect(result.replacements).toHaveLength(1);
    expect(result.panel).not.toContain(leaver);
    for (const id of panel) if (id !== leaver) expect(result.panel).toContain(id);
    expect(checkPanel({ instance, panel: result.panel })).toEqual([]);
    // The 19 who stay have probability 1; the open seat's probabilities add up to 1.
    const probabilities = result.selection.probabilities;
    const stayers = result.selection.instance.people.filter((_, i) => probabilities[i] === 1);
    expect(stayers).toHaveLength(19);
    const openSeat = probabilities.reduce((s, p) => s + p, 0) - 19;
    expect(openSeat).toBeCloseTo(1, 6);
    // Same seed, same replacement.
    const again = await replaceWithdrawn({ instance, panel, withdrawn: [leaver], seed: "second" });
    expect(again.replacements).toEqual(result.replacements);
  });

  it("refuses to withdraw someone who is not on the panel", async () => {
    const instance = replicationInstance("example_small_20");
    await expect(
      replaceWithdrawn({ instance, panel: ["1"], withdrawn: ["2"], seed: "x" }),
    ).rejects.toThrow(/not on the panel/);
  });
});
