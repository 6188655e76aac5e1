import { CsvError } from "./errors.js";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** The delimiters that `detectDelimiter` chooses from, in the order that breaks ties. */
export const DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvReadOptions {
  /** One character; by default detected from the header (`detectDelimiter`). */
  delimiter?: string;
}

function startOf(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * The delimiter of a CSV text: of `,` `;` and tab, the one that occurs most often in the first
 * record outside quotes (ties go to the earlier of `,` `;` tab; none at all gives `,`).
 * Spreadsheets in a Finnish locale write `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = [0, 0, 0];
  let i = startOf(text);
  while (i < text.length && (text.charCodeAt(i) === CR || text.charCodeAt(i) === LF)) i++;
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === CR || c === LF) break;
    else if (c === 0x2c) counts[0]!++;
    else if (c === 0x3b) counts[1]!++;
    else if (c === TAB) counts[2]!++;
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return DELIMITERS[best]!;
}

function delimiterCode(delimiter: string): number {
  const c = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || c === QUOTE || c === CR || c === LF)
    throw new TypeError(`a CSV delimiter is one character other than a quote or line break`);
  return c;
}

/**
 * The records of a CSV text, one at a time (a file of a million rows is never held twice).
 * See the package README for the rules; errors are `CsvError`s naming line and character.
 */
export function* csvRecords(text: string, options: CsvReadOptions = {}): Generator<CsvRecord> {
  const d = delimiterCode(options.delimiter ?? detectDelimiter(text));
  const isSpace = (c: number) => (c === SPACE || c === TAB) && c !== d;
  const n = text.length;
  let i = startOf(text);
  let line = 1;
  let lineStart = i;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    // A record of one unquoted empty field is an empty line: skipped.
    let blank = true;
    for (;;) {
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      let k: number;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        blank = false;
        const open = { line, column: j - lineStart + 1 };
        let value = "";
        let from = j + 1;
        k = from;
        for (;;) {
          if (k >= n) throw new CsvError("UNCLOSED_QUOTE", open);
          const c = text.charCodeAt(k);
          if (c === QUOTE) {
            value += text.slice(from, k);
            if (text.charCodeAt(k + 1) === QUOTE) {
              value += '"';
              k += 2;
              from = k;
              continue;
            }
            k++;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) {
            line++;
            lineStart = k + 1;
          }
          k++;
        }
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        const c = k < n ? text.charCodeAt(k) : d;
        if (c !== d && c !== CR && c !== LF) {
          throw new CsvError("TEXT_AFTER_QUOTE", {
            line,
            column: k - lineStart + 1,
            character: text[k]!,
          });
        }
        fields.push(value);
      } else {
        for (k = j; k < n; k++) {
          const c = text.charCodeAt(k);
          if (c === d || c === CR || c === LF) break;
          if (c === QUOTE)
            throw new CsvError("QUOTE_IN_FIELD", { line, column: k - lineStart + 1 });
        }
        fields.push(text.slice(i, k));
        if (k > i) blank = false;
      }
      i = k;
      if (i < n && text.charCodeAt(i) === d) {
        blank = false;
        i++;
        continue;
      }
      break;
    }
    // At a line break or the end of the text.
    if (i < n) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
    }
    if (!blank) yield { line: recordLine, fields };
  }
}

export interface CsvTableOptions extends CsvReadOptions {
  /**
   * A row with fewer fields than the header: `"error"` (default) is TOO_FEW_FIELDS; `"pad"`
   * fills the missing fields at the end with "". A row with more fields is always an error.
   */
  shortRows?: "error" | "pad";
}

/** A CSV text with a header row; `rows()` reads the data rows lazily, again on every call. */
export interface CsvTable {
  /** The first record, each name trimmed. */
  header: string[];
  /** The line of the header (1 unless empty lines come first). */
  headerLine: number;
  delimiter: string;
  rows(): Generator<CsvRecord>;
}

export function csvTable(text: string, options: CsvTableOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const first = csvRecords(text, { delimiter }).next();
  if (first.done) throw new CsvError("NO_HEADER", { line: 1 });
  const header = first.value.fields.map((name) => name.trim());
  const width = header.length;
  const pad = options.shortRows === "pad";
  return {
    header,
    headerLine: first.value.line,
    delimiter,
    *rows() {
      let atHeader = true;
      for (const record of csvRecords(text, { delimiter })) {
        if (atHeader) {
          atHeader = false;
          continue;
        }
        const fields = record.fields.length;
        if (fields > width || (fields < width && !pad)) {
          const problem = fields > width ? "TOO_MANY_FIELDS" : "TOO_FEW_FIELDS";
          throw new CsvError(problem, { line: record.line, fields, expected: width });
        }
        while (record.fields.length < width) record.fields.push("");
        yield record;
      }
    },
  };
}

/** A whole CSV table at once: header, delimiter and every data row. */
export function readCsv(
  text: string,
  options: CsvTableOptions = {},
): { header: string[]; headerLine: number; delimiter: string; rows: CsvRecord[] } {
  const table = csvTable(text, options);
  return {
    header: table.header,
    headerLine: table.headerLine,
    delimiter: table.delimiter,
    rows: Array.from(table.rows()),
  };
}
