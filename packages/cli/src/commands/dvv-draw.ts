// The draw of `kuulo dvv letters`: who may get a letter (the frame), the strata (municipality,
// age band), and the order of the letters (by postal code, as a printing house sorts them).
import type { Person } from "@kuulo/dvv";
import {
  randomSample,
  type SampleItem,
  type SampleResult,
  stratifiedSample,
} from "@kuulo/sortition";
import { UsageError } from "../command.js";

export const STRATIFY = ["municipality", "age"] as const;
export type StratifyBy = (typeof STRATIFY)[number];

export interface AgeBand {
  label: string;
  from: number;
  /** Inclusive; Infinity for an open band "80-". */
  to: number;
}

export const DEFAULT_AGE_BANDS = "18-29,30-44,45-64,65-79,80-";

/** "18-29,30-44,80-" → bands; ascending, not overlapping. */
export function parseAgeBands(text: string): AgeBand[] {
  const bands = text.split(",").map((part): AgeBand => {
    const m = /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})?\s*$/.exec(part);
    if (!m) throw new UsageError(`--age-bands: "${part}" is not FROM-TO or FROM- (e.g. 18-29,80-)`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? Number.POSITIVE_INFINITY : Number(m[2]);
    if (to < from) throw new UsageError(`--age-bands: "${part}" ends before it begins`);
    return { label: m[2] === undefined ? `${from}-` : `${from}-${to}`, from, to };
  });
  bands.forEach((band, i) => {
    if (i > 0 && band.from <= bands[i - 1]!.to)
      throw new UsageError(
        `--age-bands: ${band.label} overlaps or comes before ${bands[i - 1]!.label}`,
      );
  });
  return bands;
}

export function parseStratify(text: string | undefined): StratifyBy[] {
  if (text === undefined || text === "") return [];
  const parts = text.split(",").map((p) => p.trim());
  for (const part of parts)
    if (!(STRATIFY as readonly string[]).includes(part))
      throw new UsageError(`--stratify: "${part}" is not municipality or age`);
  return STRATIFY.filter((s) => parts.includes(s));
}

export interface FrameOptions {
  minAge: number;
  maxAge: number;
  stratify: StratifyBy[];
  bands: AgeBand[];
}

export interface Frame {
  items: SampleItem[];
  /** People who may get a letter but are outside the ages or every age band. */
  outside: number;
}

/** People who may get a letter (valid, no turvakielto, alive, with an address) within the ages. */
export function letterFrame(people: readonly Person[], options: FrameOptions): Frame {
  const items: SampleItem[] = [];
  let outside = 0;
  for (const p of people) {
    if (!p.letter) continue;
    if (p.age < options.minAge || p.age > options.maxAge) {
      outside++;
      continue;
    }
    const parts: string[] = [];
    if (options.stratify.includes("municipality")) parts.push(p.municipality);
    if (options.stratify.includes("age")) {
      const band = options.bands.find((b) => p.age >= b.from && p.age <= b.to);
      if (!band) {
        outside++;
        continue;
      }
      parts.push(band.label);
    }
    items.push({ id: p.id, stratum: parts.join("|") });
  }
  return { items, outside };
}

/** A plain random sample, or stratified in proportion to the strata's sizes. */
export function drawSample(
  frame: Frame,
  n: number,
  seed: string,
  stratified: boolean,
): SampleResult {
  return stratified
    ? stratifiedSample({ items: frame.items, n, seed })
    : randomSample({ items: frame.items, n, seed });
}

/** Letters in postal-code order, then by name; the id settles ties. */
export function letterOrder<
  T extends { id: string; postalCode: string; surname: string; firstNames: string },
>(letters: T[]): T[] {
  const key = (l: T) => [l.postalCode, l.surname, l.firstNames, l.id];
  return [...letters].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = ka[i]!.localeCompare(kb[i]!, "fi");
      if (c !== 0) return c;
    }
    return 0;
  });
}
