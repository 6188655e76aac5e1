import { mapSpan, normalizeWithOffsets } from "./normalize.js";

/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Since 2023 the century signs are
 * "+" (1800s), "-", "U"–"Y" (1900s) and "A"–"F" (2000s).
 */
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export function hetuCheckChar(options: { date: string; individual: string }): string {
  const n = Number.parseInt(options.date + options.individual, 10);
  return CHECK_CHARS[n % 31]!;
}

/** True when `code` is a well-formed identity code with a real date and a valid check character. */
export function isValidHetu(code: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/i.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, check] = m as unknown as string[];
  const century = CENTURY[sign!.toUpperCase()];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return false;
  }
  if (individual === "000" || individual === "001") return false;
  return (
    hetuCheckChar({ date: `${dd}${mm}${yy}`, individual: individual! }) === check!.toUpperCase()
  );
}

/**
 * Shape of a code in normalised text (see normalize.ts), tolerant of how people write it:
 * a letter glued before or after ("hetu131052-308T"), dots in the date ("13.10.52-308T"),
 * spaces around the separator, or no separator at all. Not preceded or followed by a digit,
 * so that longer digit runs (IBANs, reference numbers) never match.
 */
const CANDIDATE =
  /(?<!\d)(\d{2})\.?(\d{2})\.?(\d{2})[ \t]{0,3}([-+A-FU-Y])?[ \t]{0,3}(\d{3})([0-9A-Y])(?!\d)/giu;

export interface IdentityCodeMatch {
  /** Where the code starts and ends in the ORIGINAL text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

/**
 * Finds every valid identity code in `text` (real date, valid check character), however it
 * is disguised: full-width or other Unicode digits, zero-width or soft-hyphen characters
 * inside, en dash or minus sign as the separator, and the shapes of CANDIDATE. The spans
 * point into the original text and cover every character of the code.
 */
export function findIdentityCodes(text: string): IdentityCodeMatch[] {
  const normalized = normalizeWithOffsets(text);
  const found: IdentityCodeMatch[] = [];
  const pattern = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let m: RegExpExecArray | null = pattern.exec(normalized.text);
  while (m !== null) {
    const [all, dd, mm, yy, sign, individual, check] = m as unknown as string[];
    const signs = sign ? [sign] : ["-", "A"];
    const valid = signs.some((s) =>
      isValidHetu(`${dd}${mm}${yy}${s}${individual}${check}`.toUpperCase()),
    );
    if (valid) {
      const [start, end] = mapSpan(normalized, m.index, m.index + all!.length);
      found.push({ start, end });
    } else {
      // A longer candidate that fails may hide a valid code starting inside it.
      pattern.lastIndex = m.index + 1;
    }
    m = pattern.exec(normalized.text);
  }
  return found;
}

/** Replaces every identity code found by `findIdentityCodes` in the original text. */
export function replaceIdentityCodes(
  text: string,
  replacement: string,
): { text: string; count: number } {
  const found = findIdentityCodes(text);
  let out = "";
  let at = 0;
  for (const { start, end } of found) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return { text: out + text.slice(at), count: found.length };
}
