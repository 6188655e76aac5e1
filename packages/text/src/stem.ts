import { createRequire } from "node:module";
import type { Lang } from "./lang.js";

interface Stemmer {
  stem(word: string): string;
}
// snowball-stemmers is CommonJS without types; load it the same way under every loader.
const snowball = createRequire(import.meta.url)("snowball-stemmers") as {
  newStemmer(language: string): Stemmer;
};

const NAMES: Record<Lang, string> = { fi: "finnish", sv: "swedish", en: "english" };
const stemmers = new Map<Lang, Stemmer>();

/** Snowball stem of a lowercased word. */
export function stem(options: { lang: Lang; word: string }): string {
  let s = stemmers.get(options.lang);
  if (!s) {
    s = snowball.newStemmer(NAMES[options.lang]);
    stemmers.set(options.lang, s);
  }
  const stemmed = s.stem(options.word);
  // Snowball's Swedish stemmer keeps the neuter definite ending -et (havet, huset, barnet).
  if (options.lang === "sv" && stemmed.length >= 5 && stemmed.endsWith("et"))
    return stemmed.slice(0, -2);
  return stemmed;
}
