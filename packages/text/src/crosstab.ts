import type { ThemeSet } from "./themes.js";

export interface CrosstabCell {
  themeId: string;
  group: string;
  /** Respondents in the group whose main theme this is; null when suppressed. */
  count: number | null;
  /** count / group size; null when suppressed. */
  share: number | null;
  /** Wilson 95 % interval of the share; null when suppressed. */
  ci: [number, number] | null;
  suppressed: boolean;
}

export interface Crosstab {
  groups: { group: string; size: number | null; suppressed: boolean }[];
  cells: CrosstabCell[];
  minCell: number;
}

/** Wilson score interval for x successes in n trials (z = 1.96 by default). */
export function wilson(options: { x: number; n: number; z?: number }): [number, number] {
  const { x, n } = options;
  if (n === 0) return [0, 1];
  const z = options.z ?? 1.959964;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Themes × respondent groups on the main theme of each answer. Cells with fewer than
 * `minCell` respondents are suppressed, and so are groups smaller than `minCell`; when a group
 * would show all but one suppressed cell, its next smallest cell is suppressed too, so the
 * hidden count cannot be recovered from the group size.
 */
export function crosstabThemes(options: {
  set: ThemeSet;
  /** Group value per answer (corpus order); null or "" = unknown, left out. */
  groups: (string | null)[];
  minCell?: number;
}): Crosstab {
  const { set } = options;
  const minCell = options.minCell ?? 5;
  const sizes = new Map<string, number>();
  const counts = new Map<string, number>();
  set.answerThemes.forEach((ids, i) => {
    const g = options.groups[i];
    if (!g) return;
    sizes.set(g, (sizes.get(g) ?? 0) + 1);
    const key = `${ids[0]}\u0000${g}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const groupNames = [...sizes.keys()].sort();
  const cells: CrosstabCell[] = [];
  for (const g of groupNames) {
    const n = sizes.get(g)!;
    const column = set.themes.map((t) => {
      const count = counts.get(`${t.id}\u0000${g}`) ?? 0;
      return { themeId: t.id, count, suppressed: n < minCell || (count > 0 && count < minCell) };
    });
    const hidden = column.filter((c) => c.suppressed);
    if (hidden.length === 1 && n >= minCell) {
      const next = column
        .filter((c) => !c.suppressed && c.count > 0)
        .sort((a, b) => a.count - b.count)[0];
      if (next) next.suppressed = true;
    }
    for (const c of column) {
      cells.push({
        themeId: c.themeId,
        group: g,
        count: c.suppressed ? null : c.count,
        share: c.suppressed ? null : c.count / n,
        ci: c.suppressed ? null : wilson({ x: c.count, n }),
        suppressed: c.suppressed,
      });
    }
  }
  return {
    groups: groupNames.map((g) => ({
      group: g,
      size: sizes.get(g)! < minCell ? null : sizes.get(g)!,
      suppressed: sizes.get(g)! < minCell,
    })),
    cells,
    minCell,
  };
}
