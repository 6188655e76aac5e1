/** The languages the package analyses. */
export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
