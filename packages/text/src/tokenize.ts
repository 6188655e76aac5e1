export interface Token {
  /** Lowercased surface form. */
  text: string;
  /** Clause number: increases at punctuation, so that bigrams and negation scope stop there. */
  clause: number;
}

const TOKEN = /\[(?:EMAIL|PHONE|HETU)\]|[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*|[.,;:!?()"«»–—]/gu;
const PUNCTUATION = new Set([...'.,;:!?()"«»–—']);
const LETTER = /\p{L}/u;

/** Splits cleaned text into lowercased word tokens; placeholders and bare numbers are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw.length === 1 && PUNCTUATION.has(raw)) {
      clause++;
      continue;
    }
    if (raw.startsWith("[")) {
      clause++;
      continue;
    }
    // A word of digits and separators only (a number, a date, a time) has no letter.
    if (!LETTER.test(raw)) continue;
    const lower = raw.toLowerCase();
    out.push({ text: lower.includes("’") ? lower.replace(/’/g, "'") : lower, clause });
  }
  return out;
}
