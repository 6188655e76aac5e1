/** The languages the user interface is written in. Finnish is first and the default. */
export const LANGUAGES = ["fi", "sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "fi";
export const STORAGE_KEY = "kuulo.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Text in the three languages, as the API sends names. */
export type Localized = Partial<Record<Language, string>>;

/**
 * Picks the text for a language: the language itself, then Finnish, Swedish, English,
 * then the first non-empty value. Plain strings pass through.
 */
export function localized(value: Localized | string | null | undefined, language: string): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  const order = [language, ...LANGUAGES];
  for (const key of order) {
    const text = value[key as Language];
    if (text) return text;
  }
  return Object.values(value).find((v) => typeof v === "string" && v.length > 0) ?? "";
}

/** A text to show and, when it is not in the page's language, the language it is in. */
export interface ShownText {
  text: string;
  /** Set only when the text falls back to another language than the page's (WCAG 3.1.2). */
  lang?: Language;
}

/**
 * Picks the text to show on a page in `page`'s language: the page's language, else the
 * original's (`original`: a statement's own language, the organization's default for titles),
 * else Finnish, Swedish, English. The language is named only when it is not the page's.
 */
export function pickText(
  texts: Localized,
  page: string,
  original?: string | null | undefined,
): ShownText {
  for (const key of [page, original, ...LANGUAGES]) {
    if (!isLanguage(key)) continue;
    const text = texts[key];
    if (text?.trim()) return key === page ? { text } : { text, lang: key };
  }
  return { text: "" };
}

/** A statement as the API sends it: the text as written, its language and translations. */
export interface StatementTexts {
  text: string;
  language?: string | null | undefined;
  translations?: Localized | undefined;
}

/** A statement in the page's language, or as written (its language named). */
export function pickStatement(statement: StatementTexts, page: string): ShownText {
  const original = isLanguage(statement.language) ? statement.language : DEFAULT_LANGUAGE;
  return pickText({ ...statement.translations, [original]: statement.text }, page, original);
}

export interface LanguageChoiceOptions {
  /** What the user chose before (localStorage, or a `?lang=` link), if anything. */
  stored: string | null;
  /** The browser's languages in the user's order (`navigator.languages`), e.g. ["sv-FI", "en"]. */
  browser?: readonly string[] | undefined;
  /** Languages allowed here (an organization's enabled languages); all when absent. */
  allowed?: readonly string[] | undefined;
  /** The organization's default language, when on its pages. */
  fallback?: string | undefined;
}

/**
 * The language to show, among the allowed ones: the user's own choice (the switcher, or a
 * `?lang=` link), else the first of the browser's languages that is allowed (a Swedish-speaking
 * resident's phone set to Swedish gets Swedish), else the organization's default, else Finnish.
 */
export function chooseLanguage(options: LanguageChoiceOptions): Language {
  const allowed = (options.allowed?.filter(isLanguage) ?? [...LANGUAGES]) as Language[];
  const pool = allowed.length > 0 ? allowed : [...LANGUAGES];
  if (isLanguage(options.stored) && pool.includes(options.stored)) return options.stored;
  for (const tag of options.browser ?? []) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLanguage(primary) && pool.includes(primary)) return primary;
  }
  if (isLanguage(options.fallback) && pool.includes(options.fallback)) return options.fallback;
  return pool.includes(DEFAULT_LANGUAGE) ? DEFAULT_LANGUAGE : pool[0]!;
}

/** The locale for dates and numbers in a language (Finland's Swedish for sv). */
export function localeFor(language: string): string {
  if (language === "sv") return "sv-FI";
  if (language === "en") return "en-GB";
  return "fi-FI";
}

/**
 * The language of a text when it differs from the page's (for its `lang` attribute, WCAG
 * 3.1.2); undefined when it is the page's. A text of unknown language is taken as Finnish.
 */
export function otherLanguage(text: string | null | undefined, page: string): Language | undefined {
  const language = isLanguage(text) ? text : "fi";
  return language === page ? undefined : language;
}
