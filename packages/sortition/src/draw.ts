import type { CompiledInstance } from "./classes.js";
import type { ClassDistribution } from "./distribution.js";
import type { ClassPanel } from "./oracle.js";
import { pipageRound, roundToCounts } from "./pipage.js";
import { type Random, seededRandom, shuffled } from "./random.js";

/** Turns a panel of classes into people: `counts[t]` members of class t chosen uniformly. */
export function expandPanel(options: {
  compiled: CompiledInstance;
  panel: ClassPanel;
  random: Random;
}): number[] {
  const { compiled, panel, random } = options;
  const chosen = [...compiled.selected];
  compiled.classes.forEach((cls, t) => {
    const count = panel[t]!;
    if (count > 0) chosen.push(...shuffled({ items: cls.members, random }).slice(0, count));
  });
  return chosen.sort((a, b) => a - b);
}

/** One panel from the lottery: pipage rounding of the panel weights, then members by class. */
export function drawFromDistribution(options: {
  compiled: CompiledInstance;
  distribution: ClassDistribution;
  seed: string;
}): { people: number[]; panelIndex: number } {
  const random = seededRandom({ seed: options.seed, purpose: "draw" });
  const picked = pipageRound({ values: options.distribution.weights, random });
  const panelIndex = Math.max(0, picked.indexOf(1));
  const people = expandPanel({
    compiled: options.compiled,
    panel: options.distribution.panels[panelIndex]!,
    random,
  });
  return { people, panelIndex };
}

/**
 * Transparent lottery (Flanigan, Kehne, Procaccia 2021): rounds the lottery to `count`
 * equally likely panels of people. Its randomness comes from a fixed stream (`rounding`
 * text, default "transparent"), so the list can be published before the public random
 * number that picks one of them is known. Within a class, members are dealt to the panels
 * in turn, so each member is on ⌊S/m⌋ or ⌈S/m⌉ of them.
 */
export function transparentPanels(options: {
  compiled: CompiledInstance;
  distribution: ClassDistribution;
  count: number;
  rounding?: string;
}): number[][] {
  const { compiled, distribution, count } = options;
  const random = seededRandom({
    seed: options.rounding ?? "transparent",
    purpose: "transparent-rounding",
  });
  const copies = roundToCounts({ weights: distribution.weights, total: count, random });
  const classPanels: ClassPanel[] = [];
  copies.forEach((c, j) => {
    for (let r = 0; r < c; r++) classPanels.push(distribution.panels[j]!);
  });
  const panels: number[][] = classPanels.map(() => [...compiled.selected]);
  compiled.classes.forEach((cls, t) => {
    const order = shuffled({ items: cls.members, random });
    let next = 0;
    classPanels.forEach((panel, j) => {
      for (let r = 0; r < panel[t]!; r++) {
        panels[j]!.push(order[next]!);
        next = (next + 1) % order.length;
      }
    });
  });
  return panels.map((p) => p.sort((a, b) => a - b));
}

/** Which of `count` panels a seed picks: 0-based index, uniform via the SHA-256 stream. */
export function pickIndex(options: { seed: string; count: number }): number {
  return seededRandom({ seed: options.seed, purpose: "pick" }).nextInt(options.count);
}
