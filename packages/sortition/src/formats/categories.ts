import { SortitionError } from "../errors.js";
import type { Quota } from "../model.js";
import { parseCsv } from "./csv.js";

/** The three accepted headers; the first two names differ, the rest is shared. */
const LAYOUTS = [
  { feature: "feature", value: "value", kind: "sortition-foundation" },
  { feature: "category", value: "name", kind: "sortition-foundation-legacy" },
  { feature: "category", value: "feature", kind: "replication" },
] as const;

export type CategoriesFormat = (typeof LAYOUTS)[number]["kind"];

/**
 * Reads quotas from CSV: `feature,value,min,max[,min_flex,max_flex]` (Sortition Foundation),
 * `category,name,min,max` (its older layout) or `category,feature,min,max` (the replication
 * data of Flanigan et al. 2021). Header names are matched case-insensitively.
 */
export function parseCategories(options: { text: string; file?: string }): {
  quotas: Quota[];
  format: CategoriesFormat;
} {
  const { file } = options;
  const table = parseCsv(options);
  const header = table.header.map((h) => h.toLowerCase());
  const layout = LAYOUTS.find((l) => header.includes(l.feature) && header.includes(l.value));
  if (!layout || !header.includes("min") || !header.includes("max")) {
    throw new SortitionError({
      code: "BAD_HEADER",
      message: `expected the columns feature,value,min,max (or category,name,min,max or category,feature,min,max), found ${table.header.join(",")}`,
      location: { file, line: 1 },
    });
  }
  const col = (name: string) => header.indexOf(name);
  const at = {
    feature: col(layout.feature),
    value: col(layout.value),
    min: col("min"),
    max: col("max"),
  };
  const minFlexCol = col("min_flex");
  const maxFlexCol = col("max_flex");
  const quotas: Quota[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const text = (i: number, name: string) => {
      const v = (cells[i] ?? "").trim();
      if (v === "") {
        throw new SortitionError({
          code: "MISSING_VALUE",
          message: "empty field",
          location: { file, line, column: name },
        });
      }
      return v;
    };
    const feature = text(at.feature, table.header[at.feature]!);
    const value = text(at.value, table.header[at.value]!);
    const quota: Quota = {
      feature,
      value,
      min: count(text(at.min, "min"), { file, line, column: "min" }),
      max: count(text(at.max, "max"), { file, line, column: "max" }),
      line,
    };
    if (minFlexCol >= 0 && (cells[minFlexCol] ?? "").trim() !== "") {
      quota.minFlex = count(cells[minFlexCol]!.trim(), { file, line, column: "min_flex" });
    }
    if (maxFlexCol >= 0 && (cells[maxFlexCol] ?? "").trim() !== "") {
      quota.maxFlex = count(cells[maxFlexCol]!.trim(), { file, line, column: "max_flex" });
    }
    checkQuota(quota, file);
    const key = `${feature}\u0000${value}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new SortitionError({
        code: "DUPLICATE_QUOTA",
        message: `${feature}=${value} already has a quota on line ${earlier}`,
        location: { file, line, column: table.header[at.value] },
      });
    }
    seen.set(key, line);
    quotas.push(quota);
  }
  if (quotas.length === 0) {
    throw new SortitionError({
      code: "BAD_QUOTA",
      message: "no quota rows",
      location: { file, line: 2 },
    });
  }
  return { quotas, format: layout.kind };
}

function count(text: string, location: { file?: string; line: number; column: string }): number {
  const value = Number(text);
  if (!/^\+?\d+(\.0*)?$/.test(text) || !Number.isSafeInteger(value)) {
    throw new SortitionError({
      code: "BAD_NUMBER",
      message: `'${text}' is not a whole number ≥ 0`,
      location,
    });
  }
  return value;
}

function checkQuota(q: Quota, file: string | undefined): void {
  const line = q.line;
  if (q.min > q.max) {
    throw new SortitionError({
      code: "BAD_QUOTA",
      message: `min ${q.min} is larger than max ${q.max} for ${q.feature}=${q.value}`,
      location: { file, line, column: "min" },
    });
  }
  if (q.minFlex !== undefined && q.minFlex > q.min) {
    throw new SortitionError({
      code: "BAD_QUOTA",
      message: `min_flex ${q.minFlex} is larger than min ${q.min}`,
      location: { file, line, column: "min_flex" },
    });
  }
  if (q.maxFlex !== undefined && q.maxFlex < q.max) {
    throw new SortitionError({
      code: "BAD_QUOTA",
      message: `max_flex ${q.maxFlex} is smaller than max ${q.max}`,
      location: { file, line, column: "max_flex" },
    });
  }
}
