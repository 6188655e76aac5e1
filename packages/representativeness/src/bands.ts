import { RepresentativenessError } from "./errors.js";

/** Ages from `min` to `max` inclusive (max Infinity: that age and over). */
export interface AgeBand {
  label: string;
  min: number;
  max: number;
}

/** The bands used when none are given: residents 15 and over, as participation counts them. */
export const DEFAULT_AGE_BANDS = "15-29,30-44,45-64,65-74,75-";

/** "15-29,30-44,65-" (or "65+") → bands, in order, without gaps or overlaps. */
export function parseAgeBands(text: string): AgeBand[] {
  const bands = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(\d{1,3})\s*(?:-|–)\s*(\d{1,3})?$|^(\d{1,3})\s*\+$/.exec(part);
      if (!m) {
        throw new RepresentativenessError(
          `age band "${part}": write it as FROM-TO (15-29) or FROM- / FROM+ for that age and over`,
        );
      }
      const min = Number(m[1] ?? m[3]);
      const max = m[2] !== undefined ? Number(m[2]) : Number.POSITIVE_INFINITY;
      if (max < min)
        throw new RepresentativenessError(`age band "${part}": ${max} is below ${min}`);
      return { label: max === Number.POSITIVE_INFINITY ? `${min}-` : `${min}-${max}`, min, max };
    });
  if (bands.length === 0) throw new RepresentativenessError("no age bands given");
  bands.sort((a, b) => a.min - b.min);
  for (let i = 1; i < bands.length; i++) {
    if (bands[i]!.min <= bands[i - 1]!.max) {
      throw new RepresentativenessError(
        `age bands ${bands[i - 1]!.label} and ${bands[i]!.label} overlap`,
      );
    }
  }
  return bands;
}

export function bandOf(bands: AgeBand[], age: number): AgeBand | undefined {
  return bands.find((b) => age >= b.min && age <= b.max);
}
