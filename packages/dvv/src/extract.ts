// Reading an extract: bytes → text → rows of fields, CSV (`;` or `,`, detected from the
// header line) or fixed-width, as the mapping says.
import { CsvError, csvRecords, decodeCsv, detectDelimiter } from "@kuulo/csv";
import { DvvError } from "./errors.js";
import {
  DEFAULT_HEADERS,
  FIELDS,
  type Field,
  HEADER_ALIASES,
  type Mapping,
  OPTIONAL_DEFAULT_FIELDS,
} from "./mapping.js";
import { fold, foldLoosely } from "./values.js";

export type ExtractEncoding = "utf8" | "latin1";

export interface DecodedExtract {
  text: string;
  /** What the bytes were read as. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Set when the encoding was detected rather than given, and was not UTF-8. */
  notice?: string;
}

/**
 * The text of an extract. `utf8`: the bytes must be UTF-8 (a byte order mark is dropped).
 * `latin1`: ISO-8859-1, read as its superset Windows-1252. Neither given: a byte order mark
 * decides, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 with a `notice`.
 */
export function decodeExtract(bytes: Uint8Array, encoding?: ExtractEncoding): DecodedExtract {
  if (encoding === "latin1") {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
  try {
    if (encoding === "utf8") {
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      return { text, encoding: "utf-8" };
    }
    const decoded = decodeCsv(bytes);
    return {
      text: decoded.text,
      encoding: decoded.encoding,
      ...(decoded.notice
        ? {
            notice:
              "the file is not UTF-8, so it was read as ISO-8859-1 (Windows-1252): check that " +
              "ä, ö and å look right; say --encoding latin1 to read it so without this notice",
          }
        : {}),
    };
  } catch (error) {
    if (error instanceof CsvError) throw new DvvError("ENCODING", error.message, error.line);
    // TextDecoder's fatal error: find the line.
    let line = 1;
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    for (let i = 0; i < bad; i++) if (text.charCodeAt(i) === 10) line++;
    throw new DvvError(
      "ENCODING",
      `line ${line}: the file is not UTF-8 (give --encoding latin1 for an ISO-8859-1 file)`,
      line,
    );
  }
}

/** One data row: its line and, per field, the value and the column it came from. */
export interface ExtractRow {
  line: number;
  /** Undefined for a field the extract has no column for. */
  values: Partial<Record<Field, string>>;
  /** Set when a CSV row has a different number of fields from the header. */
  fieldCount?: { fields: number; expected: number };
}

export interface ExtractLayout {
  format: "csv" | "fixed";
  delimiter?: string;
  /** How each field's column is called in messages: the header as written, or "12–22". */
  columns: Partial<Record<Field, string>>;
  /** Optional default columns the extract lacks (names, mother tongue): their headers. */
  absent: string[];
  rows: () => Generator<ExtractRow>;
}

/** The rows of an extract's text under a mapping; throws a DvvError for a missing column. */
export function extractLayout(text: string, mapping: Mapping): ExtractLayout {
  return mapping.format === "fixed" ? fixedLayout(text, mapping) : csvLayout(text, mapping);
}

/** Excel's first line `sep=;` names the delimiter. */
const EXCEL_SEP = /^\uFEFF?sep=([;,\t|])\r?\n/i;

function csvLayout(text: string, mapping: Extract<Mapping, { format: "csv" }>): ExtractLayout {
  const sep = EXCEL_SEP.exec(text);
  const delimiter = mapping.delimiter ?? sep?.[1] ?? detectDelimiter(text);
  const wrap = function* <T>(iterable: Iterable<T>): Generator<T> {
    try {
      yield* iterable;
    } catch (error) {
      if (error instanceof CsvError) throw new DvvError("BAD_CSV", error.message, error.line);
      throw error;
    }
  };
  const records = wrap(csvRecords(text, { delimiter }));
  let first = records.next();
  if (sep && !first.done) first = records.next();
  if (first.done) throw new DvvError("BAD_CSV", "the file is empty (a header row is needed)", 1);
  const header = first.value.fields.map((h) => h.trim().replace(/^\uFEFF/, ""));
  const folded = header.map(fold);
  const loose = header.map(foldLoosely);
  const index: Partial<Record<Field, number>> = {};
  const columns: Partial<Record<Field, string>> = {};
  const missing: string[] = [];
  const absent: string[] = [];
  const taken = new Set<number>();
  const find = (field: Field, name: string): number => {
    const free = (at: number) => at >= 0 && !taken.has(at);
    let at = folded.indexOf(fold(name));
    if (free(at)) return at;
    const names = name === DEFAULT_HEADERS[field] ? [name, ...HEADER_ALIASES[field]] : [name];
    for (const candidate of names) {
      at = loose.indexOf(foldLoosely(candidate));
      if (free(at)) return at;
    }
    return -1;
  };
  for (const field of FIELDS) {
    const name = mapping.columns[field];
    if (name === null) continue;
    const at = find(field, name);
    if (at < 0 && name === DEFAULT_HEADERS[field] && OPTIONAL_DEFAULT_FIELDS.includes(field))
      absent.push(name);
    else if (at < 0) missing.push(name);
    else {
      taken.add(at);
      index[field] = at;
      columns[field] = header[at]!;
    }
  }
  if (missing.length > 0) {
    const seen =
      header.length === 1 && !/[;,]/.test(delimiter) ? " (is the delimiter ; or ,?)" : "";
    throw new DvvError(
      "MISSING_COLUMN",
      `line ${first.value.line}: no column ${missing.map((m) => `"${m}"`).join(", ")} in the header (${header.map((h) => `"${h}"`).join(delimiter)})${seen}; give a --mapping file for other headers`,
      first.value.line,
    );
  }
  const width = header.length;
  const used = Object.entries(index) as [Field, number][];
  return {
    format: "csv",
    delimiter,
    columns,
    absent,
    *rows() {
      for (const record of records) {
        const values: Partial<Record<Field, string>> = {};
        for (const [field, at] of used) values[field] = (record.fields[at] ?? "").trim();
        // Empty fields after the last column (a trailing delimiter) are no problem.
        let n = record.fields.length;
        while (n > width && record.fields[n - 1]!.trim() === "") n--;
        yield {
          line: record.line,
          values,
          ...(n !== width ? { fieldCount: { fields: n, expected: width } } : {}),
        };
      }
    },
  };
}

function fixedLayout(text: string, mapping: Extract<Mapping, { format: "fixed" }>): ExtractLayout {
  const used = FIELDS.filter((f) => mapping.fields[f] !== null).map(
    (f) => [f, mapping.fields[f]!] as const,
  );
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, { start, length }] of used) columns[field] = `${start}–${start + length - 1}`;
  return {
    format: "fixed",
    columns,
    absent: [],
    *rows() {
      let line = 0;
      let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      while (at < text.length) {
        let end = text.indexOf("\n", at);
        if (end < 0) end = text.length;
        let content = text.slice(at, end);
        if (content.endsWith("\r")) content = content.slice(0, -1);
        at = end + 1;
        line++;
        if (line <= mapping.skipLines || content.trim() === "") continue;
        const values: Partial<Record<Field, string>> = {};
        for (const [field, { start, length }] of used)
          values[field] = content.slice(start - 1, start - 1 + length).trim();
        yield { line, values };
      }
    },
  };
}
