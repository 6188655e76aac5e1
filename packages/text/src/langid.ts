import { readFileSync } from "node:fs";
import type { Lang } from "./lang.js";
import { LANGS } from "./lang.js";
import { charNgrams } from "./ngrams.js";

interface Profile {
  grams: Map<string, number>;
  unseen: number;
}

let profiles: Map<Lang, Profile> | undefined;

function loadProfiles(): Map<Lang, Profile> {
  if (profiles) return profiles;
  const raw = JSON.parse(
    readFileSync(new URL("./data/langid.json", import.meta.url), "utf8"),
  ) as Record<string, { grams: Record<string, number>; unseen: number }>;
  profiles = new Map(
    LANGS.map((lang) => [
      lang,
      { grams: new Map(Object.entries(raw[lang]!.grams)), unseen: raw[lang]!.unseen },
    ]),
  );
  return profiles;
}

export interface LanguageGuess {
  lang: Lang;
  /** Posterior probability of `lang` under equal priors (0–1). */
  confidence: number;
}

/**
 * Naive-Bayes language identification over character 1–3-grams, restricted to fi, sv and en
 * (profiles trained by scripts/train-langid.ts). Text without letters gets `fallback` with
 * confidence 0.
 */
export function identifyLanguage(options: { text: string; fallback?: Lang }): LanguageGuess {
  // The first 200 characters are plenty; longer answers only cost time.
  const grams = charNgrams(options.text.slice(0, 200));
  if (grams.length === 0) return { lang: options.fallback ?? "fi", confidence: 0 };
  const scores = LANGS.map((lang) => {
    const p = loadProfiles().get(lang)!;
    let s = 0;
    for (const g of grams) s += p.grams.get(g) ?? p.unseen;
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const total = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < LANGS.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { lang: LANGS[best]!, confidence: exp[best]! / total };
}

/**
 * Languages of a batch of answers: answers identified with confidence below `minConfidence`
 * (very short ones, "Ok.") get the batch's most common language.
 */
export function identifyLanguages(options: { texts: string[]; minConfidence?: number }): Lang[] {
  const guesses = options.texts.map((text) => identifyLanguage({ text }));
  const counts = new Map<Lang, number>();
  for (const g of guesses)
    if (g.confidence >= 0.99) counts.set(g.lang, (counts.get(g.lang) ?? 0) + 1);
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "fi";
  const min = options.minConfidence ?? 0.99;
  return guesses.map((g) => (g.confidence >= min ? g.lang : dominant));
}
