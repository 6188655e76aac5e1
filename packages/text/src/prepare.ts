import { buildCompoundSplitter } from "./compounds.js";
import { type DocTerms, docTerms } from "./features.js";
import type { Lang } from "./lang.js";
import { createLemmatizer, type Lemmatizer } from "./lemmatize.js";
import { clean } from "./redact.js";
import { type Token, tokenize } from "./tokenize.js";

/** Word frequencies of tokenised texts (for corpus-driven compound splitting). */
export function wordFrequencies(tokens: Token[][]): Map<string, number> {
  const f = new Map<string, number>();
  for (const doc of tokens) for (const t of doc) f.set(t.text, (f.get(t.text) ?? 0) + 1);
  return f;
}

/** A lemmatiser for one language of a batch; Swedish gets compound splitting learnt from the batch. */
export function lemmatizerForBatch(options: {
  lang: Lang;
  /** The batch's words with their counts (`wordFrequencies`). */
  frequencies: Map<string, number>;
  voikko?: boolean;
}): Lemmatizer {
  // Swedish only: for Finnish, Voikko splits compounds, and on SIB-200 corpus splitting did not
  // help the Snowball fallback.
  const splitter =
    options.lang === "sv"
      ? buildCompoundSplitter({ frequencies: options.frequencies, linkingS: true })
      : undefined;
  return createLemmatizer({ lang: options.lang, voikko: options.voikko, splitter });
}

/** Cleans, tokenises and lemmatises texts of one language. */
export function prepareDocs(options: { texts: string[]; lang: Lang; voikko?: boolean }): {
  docs: DocTerms[];
  lemmatizer: Lemmatizer;
} {
  const tokens = options.texts.map((t) => tokenize(clean(t).text));
  const lemmatizer = lemmatizerForBatch({
    lang: options.lang,
    frequencies: wordFrequencies(tokens),
    voikko: options.voikko,
  });
  const docs = tokens.map((t) => docTerms({ tokens: t, lemmatizer }));
  return { docs, lemmatizer };
}
