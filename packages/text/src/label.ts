import type { Corpus } from "./corpus.js";

export interface ThemeLabel {
  /** Readable label: the best phrase, else the top keywords. */
  label: string;
  /** Distinctive lemmas (as their most common surface form), best first. */
  keywords: string[];
  /** Best bigram keyphrase (surface form), if one is distinctive enough. */
  phrase: string | null;
}

interface Scored {
  key: string;
  score: number;
  inDf: number;
}

/**
 * Distinctive terms of a theme: for each lemma and bigram, p(term | theme) · log(p(term |
 * theme) / p(term)), with document frequencies. The phrase is the best bigram scoring at least
 * a third of the best lemma and occurring in two or more of the theme's answers.
 */
export function labelTheme(options: {
  corpus: Corpus;
  members: number[];
  keywords?: number;
}): ThemeLabel {
  const { corpus, members } = options;
  const n = corpus.docs.length;
  const m = members.length;
  if (m === 0) return { label: "", keywords: [], phrase: null };
  const lemmaDf = new Map<string, number>();
  const bigramDf = new Map<string, number>();
  for (const i of members) {
    const d = corpus.docs[i]!;
    for (const l of new Set(d.lemmas)) lemmaDf.set(l, (lemmaDf.get(l) ?? 0) + 1);
    for (const b of new Set(d.bigrams)) bigramDf.set(b, (bigramDf.get(b) ?? 0) + 1);
  }
  const minDf = m >= 4 ? 2 : 1;
  const score = (df: Map<string, number>): Scored[] =>
    [...df.entries()]
      .filter(([, inDf]) => inDf >= minDf)
      .map(([key, inDf]) => {
        const pIn = inDf / m;
        const pAll = (corpus.docFreq.get(key) ?? inDf) / n;
        return { key, inDf, score: pIn * Math.log(pIn / pAll) };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || b.inDf - a.inDf || (a.key < b.key ? -1 : 1));
  const lemmas = score(lemmaDf).slice(0, options.keywords ?? 5);
  const bigrams = score(bigramDf);
  const surface = (key: string) => corpus.surfaces.get(key) ?? key;
  const keywords = lemmas.map((s) => surface(s.key));
  const top = lemmas[0]?.score ?? 0;
  const best = bigrams.find((b) => b.inDf >= 2 && b.score >= top / 3);
  const phrase = best ? surface(best.key) : null;
  const label = phrase ?? keywords.slice(0, 3).join(", ");
  return { label, keywords, phrase };
}
