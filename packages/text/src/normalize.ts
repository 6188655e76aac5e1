/**
 * Normalisation for finding personal data and words in text that someone may have disguised:
 * NFKC (full-width and other compatibility forms), format characters removed (zero-width
 * space and joiners, word joiner, byte-order mark, soft hyphen: every `\p{Cf}`), dash variants
 * mapped to "-", and every Unicode decimal digit mapped to its ASCII digit.
 *
 * Each code point is normalised on its own, so that every character of the result can be
 * traced back to the original characters it came from: a match in the normalised text is
 * replaced in the ORIGINAL text (see `mapSpan`), and what is stored keeps the writer's own
 * characters everywhere else.
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts. */
  starts: number[];
  /** For each UTF-16 unit of `text`: where the original character it came from ends. */
  ends: number[];
}

const FORMAT = /\p{Cf}/u;
/** ‐ ‑ ‒ – — ― ⁃ − ﹘ ﹣ － */
const DASH = /[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/u;
const DECIMAL = /\p{Nd}/u;
const ASCII_DIGIT = /[0-9]/;
/** Anything the per-character mapping could change (besides NFKC, checked separately). */
const SPECIAL = /[\p{Cf}\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]|(?![0-9])\p{Nd}/u;

const digitValues = new Map<number, string>();

/** The ASCII digit of a Unicode decimal digit: digits come in runs of ten, 0 first. */
function asciiDigit(codePoint: number): string {
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let back = 0;
    while (DECIMAL.test(String.fromCodePoint(codePoint - back - 1))) back++;
    value = String(back % 10);
    digitValues.set(codePoint, value);
  }
  return value;
}

function mapChar(ch: string): string {
  if (FORMAT.test(ch)) return "";
  let out = "";
  for (const c of ch.normalize("NFKC")) {
    if (FORMAT.test(c)) continue;
    if (DASH.test(c)) out += "-";
    else if (DECIMAL.test(c) && !ASCII_DIGIT.test(c)) out += asciiDigit(c.codePointAt(0)!);
    else out += c;
  }
  return out;
}

export function normalizeWithOffsets(text: string): NormalizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  if (!SPECIAL.test(text) && text.normalize("NFKC") === text) {
    for (let i = 0; i < text.length; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    return { text, starts, ends };
  }
  let out = "";
  let index = 0;
  for (const ch of text) {
    const mapped = mapChar(ch);
    for (let k = 0; k < mapped.length; k++) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    out += mapped;
    index += ch.length;
  }
  return { text: out, starts, ends };
}

/** The normalised text alone, e.g. for matching words ("vi\u200Bttu" → "vittu"). */
export function normalizeForMatching(text: string): string {
  return normalizeWithOffsets(text).text;
}

/** The original span [start, end) of the normalised span [from, to) (to > from). */
export function mapSpan(n: NormalizedText, from: number, to: number): [number, number] {
  return [n.starts[from]!, n.ends[to - 1]!];
}
