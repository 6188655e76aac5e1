import type { Lang } from "../lang.js";
import type { Lemmatizer } from "../lemmatize.js";
import type { Token } from "../tokenize.js";

const NEGATORS: Record<Lang, Set<string>> = {
  fi: new Set([
    "ei",
    "en",
    "et",
    "emme",
    "ette",
    "eivät",
    "älä",
    "älkää",
    "eikä",
    "ettei",
    "ilman",
    "ellei",
  ]),
  sv: new Set(["inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "varken", "icke"]),
  en: new Set([
    "not",
    "no",
    "never",
    "without",
    "nor",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "can't",
    "won't",
    "cannot",
    "nothing",
    "nobody",
  ]),
};

/** How many following tokens in the same clause a negation word marks. */
export const NEGATION_SCOPE = 3;

/**
 * Sentiment features of one answer: lemmas (stopwords kept: "hyvin", "kiitos" carry
 * sentiment), with "NOT_" before the lemmas of up to three tokens after a negation word in
 * the same clause; plus markers for "!" and "?".
 */
export function sentimentFeatures(options: {
  tokens: Token[];
  lemmatizer: Lemmatizer;
  text?: string;
}): string[] {
  const { tokens, lemmatizer } = options;
  const negators = NEGATORS[lemmatizer.lang];
  const out: string[] = [];
  let negatedUntil = -1;
  let negClause = -1;
  tokens.forEach((token, i) => {
    if (negators.has(token.text)) {
      out.push(
        `NEG:${token.text === "ei" || token.text === "en" || token.text === "et" ? "ei" : token.text}`,
      );
      negatedUntil = i + NEGATION_SCOPE;
      negClause = token.clause;
      return;
    }
    const lemma = lemmatizer.analyze(token.text).lemma;
    const negated = i <= negatedUntil && token.clause === negClause;
    out.push(negated ? `NOT_${lemma}` : lemma);
  });
  if (options.text?.includes("!")) out.push("__exclamation");
  if (options.text?.includes("?")) out.push("__question");
  return out;
}
