// Which column of an extract holds which field. The default takes the Finnish headers of a
// population-register (DVV) extract; a mapping file (JSON, see the README) overrides it for
// other CSV headers or describes a fixed-width file.
import { DvvError } from "./errors.js";
import { fold } from "./values.js";

export const FIELDS = [
  "hetu",
  "surname",
  "first_names",
  "language",
  "municipality",
  "street_address",
  "postal_code",
  "post_office",
  "turvakielto",
  "death_date",
] as const;
export type Field = (typeof FIELDS)[number];

/** The Finnish header of each field in a DVV extract. */
export const DEFAULT_HEADERS: Record<Field, string> = {
  hetu: "Henkilötunnus",
  surname: "Sukunimi",
  first_names: "Etunimet",
  language: "Äidinkieli",
  municipality: "Kotikunta",
  street_address: "Lähiosoite",
  postal_code: "Postinumero",
  post_office: "Postitoimipaikka",
  turvakielto: "Turvakielto",
  death_date: "Kuolinpäivä",
};

/**
 * Other headers the default mapping also accepts (matched without case, accents, spaces or
 * punctuation), for extracts whose headers differ a little from DVV's usual ones.
 */
export const HEADER_ALIASES: Record<Field, readonly string[]> = {
  hetu: ["Hetu", "Henkilötunnus (hetu)"],
  surname: ["Sukunimet"],
  first_names: ["Etunimi"],
  language: ["Äidinkieli (koodi)", "Äidinkielikoodi", "Kieli"],
  municipality: [
    "Kotikunta (koodi)",
    "Kotikuntakoodi",
    "Kotikunnan koodi",
    "Kuntakoodi",
    "Kuntanumero",
  ],
  street_address: ["Osoite", "Katuosoite", "Vakinainen osoite", "Lähiosoite suomeksi"],
  postal_code: ["Postinro"],
  post_office: ["Postitoimipaikka suomeksi", "Postitoimipaikka (suomeksi)", "Postitoimipaikka fi"],
  turvakielto: ["Turvakieltotieto", "Turvakielto (koodi)"],
  death_date: ["Kuolinpäivämäärä", "Kuolinpvm", "Kuolinaika"],
};

/**
 * Default columns an extract may lack (with a notice): names and mother tongue. The others
 * must be there: a missing Turvakielto or Kuolinpäivä column must never mean "nobody".
 */
export const OPTIONAL_DEFAULT_FIELDS: readonly Field[] = ["surname", "first_names", "language"];

/** Fields without which no row can be checked: they can never be mapped to null. */
export const REQUIRED_FIELDS: readonly Field[] = ["hetu", "municipality"];

/** A fixed-width field: `start` is the 1-based character position, `length` characters. */
export interface FixedField {
  start: number;
  length: number;
}

export type Mapping =
  | {
      format: "csv";
      /** Header name per field; null: the extract has no such column. */
      columns: Record<Field, string | null>;
      delimiter?: string;
      encoding?: "utf8" | "latin1";
    }
  | {
      format: "fixed";
      fields: Record<Field, FixedField | null>;
      /** Lines to skip at the top (headers). */
      skipLines: number;
      encoding?: "utf8" | "latin1";
    };

export const DEFAULT_MAPPING: Mapping = { format: "csv", columns: { ...DEFAULT_HEADERS } };

const bad = (message: string) => new DvvError("BAD_MAPPING", `mapping: ${message}`);

/** The field a mapping key names: the field itself or its Finnish header, in any case. */
function fieldOf(key: string): Field | undefined {
  const k = fold(key);
  return FIELDS.find((f) => f === k || fold(DEFAULT_HEADERS[f]) === k);
}

/** Reads a mapping file's JSON text; throws a DvvError `BAD_MAPPING` naming what is wrong. */
export function parseMapping(text: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw bad(`not JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw bad("expected an object with `fields`");
  const o = json as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!["format", "fields", "delimiter", "encoding", "skipLines"].includes(key))
      throw bad(`unknown key "${key}" (known: format, fields, delimiter, encoding, skipLines)`);
  }
  const fields = o.fields;
  if (typeof fields !== "object" || fields === null || Array.isArray(fields))
    throw bad("`fields` must be an object: field → header name, or field → {start, length}");
  const entries = Object.entries(fields as Record<string, unknown>);
  const fixed =
    o.format === "fixed" ||
    (o.format === undefined && entries.some(([, v]) => typeof v === "object" && v !== null));
  if (o.format !== undefined && o.format !== "csv" && o.format !== "fixed")
    throw bad(`format must be "csv" or "fixed", got ${JSON.stringify(o.format)}`);
  let encoding: "utf8" | "latin1" | undefined;
  if (o.encoding !== undefined) {
    if (o.encoding !== "utf8" && o.encoding !== "latin1")
      throw bad(`encoding must be "utf8" or "latin1", got ${JSON.stringify(o.encoding)}`);
    encoding = o.encoding;
  }
  const seen = new Set<Field>();
  const given = new Map<Field, unknown>();
  for (const [key, value] of entries) {
    const field = fieldOf(key);
    if (!field) throw bad(`unknown field "${key}" (fields: ${FIELDS.join(", ")})`);
    if (seen.has(field)) throw bad(`field "${field}" is given twice`);
    seen.add(field);
    if (value === null && REQUIRED_FIELDS.includes(field))
      throw bad(`field "${field}" is needed and cannot be null`);
    given.set(field, value);
  }
  if (fixed) {
    const out = {} as Record<Field, FixedField | null>;
    for (const field of FIELDS) {
      if (!given.has(field))
        throw bad(`fixed-width: field "${field}" needs {start, length} (or null)`);
      const v = given.get(field);
      if (v === null) {
        out[field] = null;
        continue;
      }
      const s = v as Partial<FixedField>;
      if (
        typeof v !== "object" ||
        !Number.isInteger(s.start) ||
        !Number.isInteger(s.length) ||
        s.start! < 1 ||
        s.length! < 1
      )
        throw bad(`fixed-width: field "${field}" must be {"start": N ≥ 1, "length": N ≥ 1}`);
      out[field] = { start: s.start!, length: s.length! };
    }
    const skip = o.skipLines ?? 0;
    if (!Number.isInteger(skip) || (skip as number) < 0)
      throw bad("skipLines must be a whole number ≥ 0");
    if (o.delimiter !== undefined) throw bad("a fixed-width file has no delimiter");
    return {
      format: "fixed",
      fields: out,
      skipLines: skip as number,
      ...(encoding ? { encoding } : {}),
    };
  }
  const columns = { ...DEFAULT_HEADERS } as Record<Field, string | null>;
  for (const [field, v] of given) {
    if (v !== null && (typeof v !== "string" || v.trim() === ""))
      throw bad(`field "${field}" must be a header name (or null), got ${JSON.stringify(v)}`);
    columns[field] = v as string | null;
  }
  let delimiter: string | undefined;
  if (o.delimiter !== undefined) {
    if (typeof o.delimiter !== "string" || ![",", ";", "\t", "|"].includes(o.delimiter))
      throw bad('delimiter must be ";", ",", "|" or a tab');
    delimiter = o.delimiter;
  }
  if (o.skipLines !== undefined) throw bad("skipLines is for fixed-width files");
  return {
    format: "csv",
    columns,
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
  };
}
