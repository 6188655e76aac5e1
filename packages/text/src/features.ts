import type { Lang } from "./lang.js";
import type { Lemmatizer } from "./lemmatize.js";
import { isStopword } from "./stopwords.js";
import type { Token } from "./tokenize.js";

export interface DocTerms {
  /** Content lemmas in text order (stopwords removed). */
  lemmas: string[];
  /** Compound parts found in the document's words. */
  parts: string[];
  /** Lemma prefixes ("tieteel~"), which join derivations and inflections the lemmatiser missed. */
  prefixes: string[];
  /** Keyphrase candidates: adjacent content lemmas in one clause, "a b". */
  bigrams: string[];
  /** Surface form seen for each lemma and bigram (first occurrence), for readable labels. */
  surfaces: Map<string, string>;
}

/** Prefix length of the prefix features; chosen on SIB-200 (4–6 tried). */
export const PREFIX_LENGTH = 5;

function isContent(lang: Lang, word: string, lemma: string): boolean {
  if (word.length < 2 || lemma.length < 2) return false;
  if (/^\p{N}/u.test(word)) return false;
  return !isStopword({ lang, word }) && !isStopword({ lang, word: lemma });
}

/** Lemmas, compound parts and bigram keyphrase candidates of one tokenised document. */
export function docTerms(options: { tokens: Token[]; lemmatizer: Lemmatizer }): DocTerms {
  const { tokens, lemmatizer } = options;
  const lemmas: string[] = [];
  const parts: string[] = [];
  const prefixes: string[] = [];
  const bigrams: string[] = [];
  const surfaces = new Map<string, string>();
  let prev: { lemma: string; surface: string; clause: number; index: number } | undefined;
  tokens.forEach((token, index) => {
    const a = lemmatizer.analyze(token.text);
    if (!isContent(lemmatizer.lang, token.text, a.lemma)) return;
    lemmas.push(a.lemma);
    if (!surfaces.has(a.lemma)) surfaces.set(a.lemma, a.known ? a.lemma : token.text);
    if (a.lemma.length > PREFIX_LENGTH) prefixes.push(`${a.lemma.slice(0, PREFIX_LENGTH)}~`);
    for (const p of a.parts) {
      if (p !== a.lemma && !isStopword({ lang: lemmatizer.lang, word: p })) parts.push(p);
    }
    if (
      prev &&
      prev.clause === token.clause &&
      prev.index === index - 1 &&
      prev.lemma !== a.lemma
    ) {
      const bigram = `${prev.lemma} ${a.lemma}`;
      bigrams.push(bigram);
      if (!surfaces.has(bigram)) surfaces.set(bigram, `${prev.surface} ${token.text}`);
    }
    prev = { lemma: a.lemma, surface: token.text, clause: token.clause, index };
  });
  return { lemmas, parts, prefixes, bigrams, surfaces };
}
