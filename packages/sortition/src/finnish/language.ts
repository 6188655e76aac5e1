/** The three language groups of Finnish population statistics. */
export type LanguageGroup = "fi" | "sv" | "other";

const FINNISH = new Set(["fi", "fin", "suomi", "finska", "finnish", "suomenkielinen"]);
const SWEDISH = new Set([
  "sv",
  "swe",
  "ruotsi",
  "svenska",
  "swedish",
  "ruotsinkielinen",
  "svenskspråkig",
]);

/**
 * Mother tongue → fi / sv / other, from a language code (ISO 639-1/-2, as in the population
 * register) or its name in Finnish, Swedish or English. Sámi and every other language: other.
 */
export function languageGroup(language: string): LanguageGroup {
  const key = language.trim().toLowerCase();
  if (FINNISH.has(key)) return "fi";
  if (SWEDISH.has(key)) return "sv";
  return "other";
}
