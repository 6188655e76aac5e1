// Checking an extract: every row's problems with line and column, the counts, and the people
// as Kuulo keeps them (a pseudonymous id instead of the hetu; no names, no address).
import { createHmac } from "node:crypto";
import { DvvError } from "./errors.js";
import { decodeExtract, type ExtractEncoding, extractLayout } from "./extract.js";
import { ageOn, parseHetu } from "./hetu.js";
import { DEFAULT_MAPPING, type Field, type Mapping } from "./mapping.js";
import { municipality } from "./municipalities.js";
import { type Language, parseDeathDate, parseLanguage, parseTurvakielto } from "./values.js";

export const REASONS = [
  "invalid_hetu",
  "duplicate",
  "unknown_municipality",
  "missing_field",
  "missing_address",
  "invalid_turvakielto",
  "invalid_death_date",
  "field_count",
] as const;
export type Reason = (typeof REASONS)[number];

export interface RowProblem {
  line: number;
  /** The column as the file calls it: its header, or character positions "1–11". */
  column?: string;
  reason: Reason;
  /** In English, without the hetu or a name. */
  message: string;
}

export interface Person {
  /** HMAC-SHA-256 of the hetu with the run's key, hex: the same person, the same id. */
  id: string;
  /** YYYY-MM-DD, from the hetu. */
  birthDate: string;
  age: number;
  /** 1 man, 2 woman (Statistics Finland's codes), from the hetu. */
  sex: 1 | 2;
  language: Language;
  /** 3-digit municipality code. */
  municipality: string;
  /** Wellbeing services county code ("01"–"21", "90" Helsinki); "" for Åland (no county). */
  county: string;
  turvakielto: boolean;
  deceased: boolean;
  /** Would get an invitation letter: no turvakielto, not deceased, has an address. */
  letter: boolean;
}

export interface CheckOptions {
  /** Default: detected (see decodeExtract); a mapping's encoding comes before detection. */
  encoding?: ExtractEncoding;
  mapping?: Mapping;
  /** The HMAC key of the ids. */
  key: string | Uint8Array;
  /** Ages on this date, YYYY-MM-DD. */
  on: string;
}

export interface CheckResult {
  encoding: string;
  notice?: string;
  /** Optional columns (names, mother tongue) the extract lacks: not checked, language other. */
  absentColumns: string[];
  format: "csv" | "fixed";
  delimiter?: string;
  /** Data rows read. */
  rows: number;
  /** Rows without a problem (these are the people). */
  valid: number;
  letters: number;
  turvakielto: number;
  deceased: number;
  /** Rows with at least one problem. */
  invalid: number;
  /** Problems per reason (a row may have several). */
  invalidByReason: Record<Reason, number>;
  problems: RowProblem[];
  people: Person[];
}

/** Checks an extract's bytes. Throws a DvvError when the file cannot be read at all. */
export function checkExtract(bytes: Uint8Array, options: CheckOptions): CheckResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.on)) throw new RangeError("`on` is a date YYYY-MM-DD");
  const mapping = options.mapping ?? DEFAULT_MAPPING;
  const decoded = decodeExtract(bytes, options.encoding ?? mapping.encoding);
  const layout = extractLayout(decoded.text, mapping);
  const result: CheckResult = {
    encoding: decoded.encoding,
    ...(decoded.notice ? { notice: decoded.notice } : {}),
    absentColumns: layout.absent,
    format: layout.format,
    ...(layout.delimiter ? { delimiter: layout.delimiter } : {}),
    rows: 0,
    valid: 0,
    letters: 0,
    turvakielto: 0,
    deceased: 0,
    invalid: 0,
    invalidByReason: Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>,
    problems: [],
    people: [],
  };
  const firstLine = new Map<string, number>();
  const column = (field: Field) => layout.columns[field];
  for (const row of layout.rows()) {
    result.rows++;
    const found: RowProblem[] = [];
    const problem = (reason: Reason, field: Field | undefined, message: string) => {
      const col = field && column(field);
      found.push({ line: row.line, ...(col ? { column: col } : {}), reason, message });
    };
    const value = (field: Field) => row.values[field] ?? "";
    if (row.fieldCount) {
      const { fields, expected } = row.fieldCount;
      problem("field_count", undefined, `the row has ${fields} fields, the header ${expected}`);
    }

    const hetuText = value("hetu");
    const hetu = hetuText === "" ? undefined : parseHetu(hetuText);
    let id: string | undefined;
    if (!hetu) problem("missing_field", "hetu", "no henkilötunnus");
    else if (!hetu.ok) problem("invalid_hetu", "hetu", `not a valid henkilötunnus: ${hetu.detail}`);
    else {
      id = createHmac("sha256", options.key).update(hetuText).digest("hex");
      const first = firstLine.get(id);
      if (first !== undefined)
        problem("duplicate", "hetu", `the same henkilötunnus as on line ${first}`);
      else firstLine.set(id, row.line);
    }

    const municipalityText = value("municipality");
    const home = municipality(municipalityText);
    if (municipalityText === "") problem("missing_field", "municipality", "no home municipality");
    else if (!home)
      problem(
        "unknown_municipality",
        "municipality",
        `unknown municipality code "${municipalityText}"`,
      );

    const ban = parseTurvakielto(value("turvakielto"));
    if (ban === undefined)
      problem(
        "invalid_turvakielto",
        "turvakielto",
        `turvakielto "${value("turvakielto")}" is not K/E, 1/0 or Kyllä/Ei`,
      );
    const death = parseDeathDate(value("death_date"));
    if (death === undefined)
      problem(
        "invalid_death_date",
        "death_date",
        `"${value("death_date")}" is not a date (D.M.YYYY, YYYY-MM-DD or YYYYMMDD)`,
      );
    else if (death.date && hetu?.ok && death.date < hetu.birthDate)
      problem(
        "invalid_death_date",
        "death_date",
        `date of death ${death.date} is before the date of birth`,
      );
    const deceased = death?.date !== undefined;
    const turvakielto = ban !== false;

    // Address and names matter only for those who would get a letter.
    if (!turvakielto && !deceased) {
      const missing = (["street_address", "postal_code", "post_office"] as const).filter(
        (f) => value(f) === "",
      );
      if (missing.length > 0) {
        problem(
          "missing_address",
          missing[0],
          `no ${missing.map((f) => f.replace("_", " ")).join(", ")} for the letter`,
        );
      }
      for (const f of ["surname", "first_names"] as const) {
        if (row.values[f] === "")
          problem("missing_field", f, `no ${f.replace("_", " ")} for the letter`);
      }
    }

    if (found.length > 0) {
      result.invalid++;
      for (const p of found) {
        result.invalidByReason[p.reason]++;
        result.problems.push(p);
      }
      continue;
    }
    const born = hetu as Extract<typeof hetu, { ok: true }>;
    const letter = !turvakielto && !deceased;
    result.valid++;
    if (turvakielto) result.turvakielto++;
    if (deceased) result.deceased++;
    if (letter) result.letters++;
    result.people.push({
      id: id!,
      birthDate: born.birthDate,
      age: ageOn(born.birthDate, options.on),
      sex: born.sex,
      language: row.values.language === undefined ? "other" : parseLanguage(row.values.language),
      municipality: home!.code,
      county: home!.county?.code ?? "",
      turvakielto,
      deceased,
      letter,
    });
  }
  if (result.rows === 0 && layout.format === "fixed")
    throw new DvvError("BAD_CSV", "the file has no rows");
  return result;
}

/** The people as CSV rows: id, birth_date, age, sex, language, municipality, county, letter. */
export function peopleRows(people: readonly Person[]): (string | number)[][] {
  return [
    ["id", "birth_date", "age", "sex", "language", "municipality", "county", "letter"],
    ...people.map((p) => [
      p.id,
      p.birthDate,
      p.age,
      p.sex,
      p.language,
      p.municipality,
      p.county,
      p.letter ? "yes" : "no",
    ]),
  ];
}
