import { SortitionError } from "../errors.js";

/** Default lower limits of the age bands (15–24, 25–34, …, 75+), as in population-register samples of 15–80-year-olds. */
export const DEFAULT_AGE_BANDS: readonly number[] = [15, 25, 35, 45, 55, 65, 75];

/** Age reached during `year` by someone born in `birthYear` (the register's year-level age). */
export function ageInYear(options: { birthYear: number; year: number }): number {
  const { birthYear, year } = options;
  if (!Number.isInteger(birthYear) || birthYear < 1880 || birthYear > year) {
    throw new SortitionError({
      code: "BAD_ARGUMENT",
      message: `birth year ${birthYear} is not a year between 1880 and ${year}`,
    });
  }
  return year - birthYear;
}

/**
 * The age band label, e.g. "25-34" or "75+", for a birth year. `bands` are ascending lower
 * limits; ages below the first give "under 15" (with the default bands).
 */
export function ageBand(options: {
  birthYear: number | string;
  year: number;
  bands?: readonly number[];
}): string {
  const bands = options.bands ?? DEFAULT_AGE_BANDS;
  const birthYear =
    typeof options.birthYear === "string" ? Number(options.birthYear.trim()) : options.birthYear;
  const age = ageInYear({ birthYear, year: options.year });
  if (age < bands[0]!) return `under ${bands[0]}`;
  for (let i = bands.length - 1; i >= 0; i--) {
    if (age >= bands[i]!)
      return i === bands.length - 1 ? `${bands[i]}+` : `${bands[i]}-${bands[i + 1]! - 1}`;
  }
  return `under ${bands[0]}`;
}
