export interface Token {
  /** Lowercased surface form. */
  text: string;
  /** Clause number: increases at punctuation, so that bigrams and negation scope stop there. */
  clause: number;
}

const TOKEN = /\[(?:EMAIL|PHONE|HETU)\]|[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*|[.,;:!?()"«»–—]/gu;

/** Splits cleaned text into lowercased word tokens; placeholders and bare numbers are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw.length === 1 && /[.,;:!?()"«»–—]/u.test(raw)) {
      clause++;
      continue;
    }
    if (raw.startsWith("[")) {
      clause++;
      continue;
    }
    if (/^[\p{N}:'’-]+$/u.test(raw)) continue;
    out.push({ text: raw.toLowerCase().replace(/’/g, "'"), clause });
  }
  return out;
}
