import { OpinionError } from "./errors.js";

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 CSV (quoted fields may hold commas, quotes and newlines); `file` names errors.
 * Yields one record at a time, so that a file of a million rows is never held twice.
 */
export function* csvRecords(text: string, file: string): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new OpinionError(
            "CSV_SYNTAX",
            `unexpected character ${JSON.stringify(next)} after a closing quote`,
            { file, line },
          );
        }
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === "")) yield { line: recordLine, fields };
      fields = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted)
    throw new OpinionError("CSV_SYNTAX", "a quoted field is never closed", {
      file,
      line: quoteLine,
    });
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) yield { line: recordLine, fields };
  }
}

/** Every record of a CSV text at once. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  return Array.from(csvRecords(text, file));
}

/** The largest id Kuulo stores (PostgreSQL `integer`). */
export const MAX_ID = 2_147_483_647;

/** A CSV with a header row: look up columns by name, errors name file, line and column. */
export class CsvTable {
  readonly file: string;
  readonly header: string[];
  private readonly text: string;
  private readonly index: Map<string, number>;

  constructor(text: string, file: string) {
    const first = csvRecords(text, file).next();
    if (first.done)
      throw new OpinionError("CSV_MISSING_COLUMN", "the file is empty (no header row)", {
        file,
        line: 1,
      });
    this.file = file;
    this.text = text;
    this.header = first.value.fields.map((h) => h.trim());
    this.index = new Map(this.header.map((h, i) => [h, i]));
  }

  /** The data rows, parsed as they are read (each iteration parses the text again). */
  *rows(): Generator<CsvRecord> {
    let header = true;
    for (const record of csvRecords(this.text, this.file)) {
      if (header) header = false;
      else yield record;
    }
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  require(...columns: string[]): void {
    for (const column of columns) {
      if (!this.index.has(column)) {
        throw new OpinionError(
          "CSV_MISSING_COLUMN",
          `the header has no "${column}" column (found: ${this.header.join(", ")})`,
          {
            file: this.file,
            line: 1,
          },
        );
      }
    }
  }

  get(row: CsvRecord, column: string): string {
    const i = this.index.get(column);
    return i === undefined ? "" : (row.fields[i] ?? "").trim();
  }

  /** An integer cell (at most `max`, by default a safe integer); blank gives `null` when allowed. */
  int(
    row: CsvRecord,
    column: string,
    options: { blank?: boolean; min?: number; max?: number } = {},
  ): number | null {
    const raw = this.get(row, column);
    if (raw === "" && options.blank) return null;
    const value = Number(raw);
    const where = { file: this.file, line: row.line, column };
    if (
      raw === "" ||
      !Number.isSafeInteger(value) ||
      (options.min !== undefined && value < options.min)
    ) {
      const kind = options.min === 0 ? "a non-negative " : "an ";
      const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
      throw new OpinionError(
        "CSV_BAD_VALUE",
        `expected ${kind}integer, got ${JSON.stringify(shown)}`,
        where,
      );
    }
    if (options.max !== undefined && value > options.max) {
      throw new OpinionError(
        "CSV_BAD_VALUE",
        `${value} is too large (at most ${options.max})`,
        where,
      );
    }
    return value;
  }

  /** A statement or participant id: 0 … 2^31−1. */
  id(row: CsvRecord, column: string, options: { blank?: boolean } = {}): number | null {
    return this.int(row, column, { ...options, min: 0, max: MAX_ID });
  }
}
