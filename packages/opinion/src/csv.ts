import { CsvError, type CsvRecord, csvTable, csvRecords as records } from "@kuulo/csv";
import { OpinionError } from "./errors.js";

export type { CsvRecord };

/** A CSV problem as an OpinionError naming the file and line. */
function toOpinionError(error: unknown, file: string): never {
  if (!(error instanceof CsvError)) throw error;
  const where = { file, line: error.line };
  switch (error.problem) {
    case "NO_HEADER":
      throw new OpinionError("CSV_MISSING_COLUMN", "the file is empty (no header row)", where);
    case "UNCLOSED_QUOTE":
      throw new OpinionError("CSV_SYNTAX", "a quoted field is never closed", where);
    case "TEXT_AFTER_QUOTE":
      throw new OpinionError(
        "CSV_SYNTAX",
        `unexpected character ${JSON.stringify(error.character)} after a closing quote`,
        where,
      );
    case "QUOTE_IN_FIELD":
      throw new OpinionError(
        "CSV_SYNTAX",
        "a quote inside an unquoted field (quote the whole field and double the quote)",
        where,
      );
    default:
      throw new OpinionError(
        "CSV_SYNTAX",
        `${error.fields} fields, but the header has ${error.expected}`,
        where,
      );
  }
}

/**
 * The records of a CSV text (`@kuulo/csv`: RFC 4180, delimiter detected, empty lines skipped);
 * `file` names errors. One record at a time, so that a file of a million rows is never held
 * twice.
 */
export function* csvRecords(text: string, file: string): Generator<CsvRecord> {
  try {
    yield* records(text);
  } catch (error) {
    toOpinionError(error, file);
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
  private readonly table: ReturnType<typeof csvTable>;
  private readonly index: Map<string, number>;

  /** A row with fewer fields than the header reads as blank cells; one with more is an error. */
  constructor(text: string, file: string) {
    this.file = file;
    try {
      this.table = csvTable(text, { shortRows: "pad" });
    } catch (error) {
      toOpinionError(error, file);
    }
    this.header = this.table.header;
    this.index = new Map(this.header.map((h, i) => [h, i]));
  }

  /** The data rows, parsed as they are read (each iteration parses the text again). */
  *rows(): Generator<CsvRecord> {
    try {
      yield* this.table.rows();
    } catch (error) {
      toOpinionError(error, this.file);
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
