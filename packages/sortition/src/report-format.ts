/**
 * Numbers and counted nouns in a report's language (fi, sv, en), by Intl: "10,00 %" in Finnish
 * and Swedish, "10.00%" in English; "1 LEXIMIN level", "2 LEXIMIN levels", "1 taso", "2 tasoa".
 */

export type ReportLanguage = "fi" | "sv" | "en";

/** A noun's forms by plural category (Intl.PluralRules); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: ReportLanguage, options: Intl.NumberFormatOptions) {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(key, format);
  }
  return format;
}

/** A share 0…1 as a percentage with two decimals. */
export function formatPercent(share: number, lang: ReportLanguage): string {
  return numberFormat(lang, {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(share);
}

/** A number with exactly `digits` decimals. */
export function formatDecimal(value: number, lang: ReportLanguage, digits: number): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** "3 levels": the number and the noun's form that the language uses for it. */
export function counted(count: number, lang: ReportLanguage, forms: PluralForms): string {
  const rule = new Intl.PluralRules(lang).select(count);
  return `${numberFormat(lang, {}).format(count)} ${forms[rule] ?? forms.other}`;
}
