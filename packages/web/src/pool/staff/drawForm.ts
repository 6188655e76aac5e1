/** What the draw form holds for strata counts and quota rows, and how server errors find them. */

export const QUOTA_FEATURES = ["municipality", "ageBand", "gender"] as const;
export type QuotaFeature = (typeof QUOTA_FEATURES)[number];

/** A quota row as typed (numbers as text). */
export interface QuotaRow {
  /** Only to tell the rows apart on the page. */
  key: number;
  feature: QuotaFeature;
  value: string;
  min: string;
  max: string;
}

let made = 0;
export const newQuota = (): QuotaRow => ({
  key: ++made,
  feature: "gender",
  value: "",
  min: "",
  max: "",
});

/**
 * Counts per stratum in proportion to its eligible members (largest remainder, ties to the
 * earlier stratum), never more than a stratum has; the total is `size` when enough can be drawn.
 */
export function proportionalCounts(
  strata: readonly { stratum: string; eligible: number }[],
  size: number,
): Record<string, number> {
  const total = strata.reduce((sum, s) => sum + s.eligible, 0);
  const n = Math.max(0, Math.min(Math.floor(size), total));
  const counts: Record<string, number> = {};
  if (total === 0) return Object.fromEntries(strata.map((s) => [s.stratum, 0]));
  const shares = strata.map((s, i) => {
    const exact = (n * s.eligible) / total;
    counts[s.stratum] = Math.floor(exact);
    return { i, rest: exact - Math.floor(exact) };
  });
  let left = n - Object.values(counts).reduce((a, b) => a + b, 0);
  shares.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of shares) {
    if (left <= 0) break;
    const s = strata[i]!;
    if (counts[s.stratum]! < s.eligible) {
      counts[s.stratum]! += 1;
      left -= 1;
    }
  }
  return counts;
}

/** The input id of a stratum's count ("179|30-44" → "draw-count-179-30-44"). */
export const countFieldId = (stratum: string) =>
  `draw-count-${stratum.replace(/[^A-Za-z0-9-]/g, "-")}`;

/** The quotas as the API takes them; rows left wholly empty are dropped. */
export function quotasFrom(rows: readonly QuotaRow[]) {
  return rows
    .filter((r) => r.value !== "" || r.min.trim() !== "" || r.max.trim() !== "")
    .map((r) => ({
      feature: r.feature,
      value: r.value,
      min: Number(r.min.trim() || "0"),
      max: Number(r.max.trim() || "0"),
    }));
}

const FIELDS: Record<string, string> = {
  title: "draw-title",
  size: "draw-size",
  counts: "draw-counts",
  quotas: "draw-quotas",
  seed: "draw-seed",
  stratifyBy: "draw-strata",
};

/**
 * The input an API error path belongs to (as the client gives it, without "body."; with it
 * too): "counts.179|30-44" → that stratum's count, "quotas.1.min" → the second quota row's
 * minimum, "quotas.0" → its value.
 */
export function drawFieldFor(fullPath: string): string | undefined {
  const path = fullPath.replace(/^body\./, "");
  if (FIELDS[path]) return FIELDS[path];
  const count = /^counts\.(.+)$/.exec(path);
  if (count) return countFieldId(count[1]!);
  const quota = /^quotas\.(\d+)(?:\.(feature|value|min|max))?$/.exec(path);
  if (quota) return `draw-quota-${quota[1]}-${quota[2] ?? "value"}`;
  return undefined;
}
