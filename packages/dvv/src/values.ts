// The values of an extract's fields: turvakielto (non-disclosure for safety reasons), date of
// death and mother tongue, as population-register extracts and spreadsheets write them.

/** Folds case, surrounding space and Finnish/Swedish letters for comparing words and headers. */
export function fold(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** `fold`, then without accents, spaces and punctuation: "Kotikunta (koodi)" → "kotikuntakoodi". */
export function foldLoosely(text: string): string {
  return fold(text)
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");
}

const YES = new Set(["k", "kyllä", "kylla", "1", "x", "j", "ja", "y", "yes", "true", "t"]);
const NO = new Set(["", "e", "ei", "0", "n", "nej", "no", "false", "f"]);

/** Turvakielto: `K`/`E`, `1`/`0`, `Kyllä`/`Ei` (also ja/nej, yes/no); empty is no. */
export function parseTurvakielto(value: string): boolean | undefined {
  const v = fold(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1800) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A date of death in `D.M.YYYY`, `YYYY-MM-DD` or `YYYYMMDD`: `{ date }` (YYYY-MM-DD), `{}` when
 * empty (alive; also an all-zero date, how fixed-width files leave it empty), `undefined` when
 * it is not a date.
 */
export function parseDeathDate(value: string): { date?: string } | undefined {
  const v = value.trim();
  if (v === "" || /^0+$/.test(v) || /^0{1,2}\.0{1,2}\.0{4}$/.test(v) || v === "0000-00-00")
    return {};
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const ymd = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  let date: string | undefined;
  if (dmy) date = isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  else if (ymd && (v.length === 8 || v.length === 10))
    date = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return date === undefined ? undefined : { date };
}

export type Language = "fi" | "sv" | "se" | "other";

const LANGUAGES: Record<string, Language> = {};
for (const word of ["fi", "fin", "suomi", "finska", "finnish", "suomen kieli"])
  LANGUAGES[word] = "fi";
for (const word of ["sv", "swe", "ruotsi", "svenska", "swedish", "ruotsin kieli"])
  LANGUAGES[word] = "sv";
for (const word of [
  "se",
  "sme",
  "smn",
  "sms",
  "saame",
  "saamen kieli",
  "saami",
  "sámi",
  "samiska",
  "pohjoissaame",
  "inarinsaame",
  "koltansaame",
]) {
  LANGUAGES[word] = "se";
}

/**
 * Mother tongue (äidinkieli) as the register's ISO 639-1 code (`fi`, `sv`, `se` for Sámi, any
 * case) or a Finnish, Swedish or English name: fi, sv, se; anything else (and empty) is other.
 */
export function parseLanguage(value: string): Language {
  return LANGUAGES[fold(value)] ?? "other";
}
