import { CsvError, readCsv } from "@kuulo/csv";
import { TextError } from "./errors.js";

export interface CsvRow {
  /** 1-based data row number (the header is row 0). */
  row: number;
  /** 1-based file line on which the row starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

/**
 * RFC 4180 CSV read by `@kuulo/csv`: fields separated by the delimiter (detected from the
 * header unless given), records by CRLF, LF or CR; a field in double quotes may hold
 * delimiters, newlines and doubled quotes (""). A leading BOM is ignored, empty lines are
 * skipped, every row must have as many fields as the header. Errors name the file, line and
 * column.
 */
export function parseCsv(options: { text: string; file: string; delimiter?: string }): CsvTable {
  const { file } = options;
  try {
    const table = readCsv(options.text, options.delimiter ? { delimiter: options.delimiter } : {});
    const rows = table.rows.map((r, j) => ({ row: j + 1, line: r.line, fields: r.fields }));
    return { header: table.header, rows, delimiter: table.delimiter };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    switch (error.problem) {
      case "NO_HEADER":
        throw new TextError("CSV_NO_HEADER", `${file}: the file is empty (a header row is needed)`);
      case "TOO_MANY_FIELDS":
      case "TOO_FEW_FIELDS":
        throw new TextError(
          "CSV_FIELD_COUNT",
          `${file}:${error.line}: row has ${error.fields} fields, the header has ${error.expected}`,
        );
      case "UNCLOSED_QUOTE":
        throw new TextError(
          "CSV_UNTERMINATED_QUOTE",
          `${file}:${error.line}:${error.column}: quoted field is not closed before the end of the file`,
        );
      default:
        throw new TextError(
          "CSV_BAD_QUOTE",
          `${file}:${error.line}:${error.column}: ${error.description}`,
        );
    }
  }
}

/** Index of a header column, or a CSV_MISSING_COLUMN error listing the columns there are. */
export function columnIndex(options: { table: CsvTable; column: string; file: string }): number {
  const i = options.table.header.indexOf(options.column);
  if (i < 0) {
    throw new TextError(
      "CSV_MISSING_COLUMN",
      `${options.file}:1: no column "${options.column}" (columns: ${options.table.header.map((h) => JSON.stringify(h)).join(", ")})`,
    );
  }
  return i;
}
