// How far a group's composition is from the population's on one dimension: shares and ratios
// per category, the dissimilarity index D, and a χ² goodness-of-fit test with small cells merged.
import { chiSquareP } from "./gamma.js";

export interface CategoryShare {
  group: string;
  population: number;
  populationShare: number;
  people: number;
  groupShare: number;
  /** groupShare / populationShare: 1 represented as in the population, 0.5 half as often. */
  ratio: number | null;
}

export interface DimensionMeasures {
  groups: CategoryShare[];
  /** Dissimilarity index: ½ Σ |groupShare − populationShare|, the share that would have to move. */
  D: number;
  /** χ² goodness of fit against the population shares; null when fewer than two cells remain. */
  chi2: number | null;
  df: number | null;
  p: number | null;
  /** Categories merged for the χ² test because fewer than 5 people were expected in them. */
  mergedForChi2: string[][];
}

/** The smallest expected count a χ² cell may have (Cochran's rule). */
export const MIN_EXPECTED = 5;

interface Cell {
  names: string[];
  observed: number;
  expected: number;
}

/**
 * Merges cells until each expects at least MIN_EXPECTED people: for ordered categories (age
 * bands) the smallest with its smaller neighbour, for unordered ones with the next smallest.
 */
export function mergeSmallCells(cells: Cell[], ordered: boolean): Cell[] {
  const list = cells.filter((c) => c.expected > 0 || c.observed > 0).map((c) => ({ ...c }));
  while (list.length > 2) {
    let smallest = 0;
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.expected < list[smallest]!.expected) smallest = i;
    }
    if (list[smallest]!.expected >= MIN_EXPECTED) break;
    let partner: number;
    if (ordered) {
      const left = smallest > 0 ? smallest - 1 : -1;
      const right = smallest < list.length - 1 ? smallest + 1 : -1;
      partner =
        left < 0
          ? right
          : right < 0
            ? left
            : list[left]!.expected <= list[right]!.expected
              ? left
              : right;
    } else {
      partner = -1;
      for (let i = 0; i < list.length; i++) {
        if (i !== smallest && (partner < 0 || list[i]!.expected < list[partner]!.expected))
          partner = i;
      }
    }
    const [a, b] = [Math.min(smallest, partner), Math.max(smallest, partner)];
    list[a] = {
      names: [...list[a]!.names, ...list[b]!.names],
      observed: list[a]!.observed + list[b]!.observed,
      expected: list[a]!.expected + list[b]!.expected,
    };
    list.splice(b, 1);
  }
  return list;
}

export function measureDimension(options: {
  names: string[];
  population: number[];
  people: number[];
  ordered: boolean;
}): DimensionMeasures {
  const popTotal = options.population.reduce((a, b) => a + b, 0);
  const n = options.people.reduce((a, b) => a + b, 0);
  const groups = options.names.map((group, i) => {
    const populationShare = popTotal > 0 ? options.population[i]! / popTotal : 0;
    const groupShare = n > 0 ? options.people[i]! / n : 0;
    return {
      group,
      population: options.population[i]!,
      populationShare,
      people: options.people[i]!,
      groupShare,
      ratio: populationShare > 0 ? groupShare / populationShare : null,
    };
  });
  const D = 0.5 * groups.reduce((s, g) => s + Math.abs(g.groupShare - g.populationShare), 0);
  const cells = mergeSmallCells(
    groups.map((g) => ({ names: [g.group], observed: g.people, expected: n * g.populationShare })),
    options.ordered,
  );
  const usable = n > 0 && cells.length >= 2 && cells.every((c) => c.expected > 0);
  const chi2 = usable
    ? cells.reduce((s, c) => s + (c.observed - c.expected) ** 2 / c.expected, 0)
    : null;
  const df = usable ? cells.length - 1 : null;
  return {
    groups,
    D,
    chi2,
    df,
    p: chi2 !== null && df !== null ? chiSquareP(chi2, df) : null,
    mergedForChi2: cells.filter((c) => c.names.length > 1).map((c) => c.names),
  };
}
