import { CsvError, readCsv, writeCsv } from "@kuulo/csv";
import { SortitionError } from "../errors.js";

/** A parsed CSV table: header names and data rows, each with its 1-based line in the file. */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * Reads CSV with `@kuulo/csv` (RFC 4180; CRLF, LF or CR; a leading BOM; the delimiter `,` `;`
 * or tab detected from the header; empty lines skipped). A short row is padded with empty
 * cells (a missing value is then reported by its column); a long row is refused with its line.
 */
export function parseCsv(options: { text: string; file?: string }): CsvTable {
  const { file } = options;
  try {
    const table = readCsv(options.text, { shortRows: "pad" });
    return {
      header: table.header,
      rows: table.rows.map((r) => ({ line: r.line, cells: r.fields })),
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const fail = (message: string, line?: number): never => {
      throw new SortitionError({ code: "BAD_CSV", message, location: { file, line } });
    };
    switch (error.problem) {
      case "NO_HEADER":
        return fail("the file is empty");
      case "UNCLOSED_QUOTE":
        return fail("a quoted field is not closed", error.line);
      case "TOO_MANY_FIELDS":
      case "TOO_FEW_FIELDS":
        return fail(`${error.fields} fields but the header has ${error.expected}`, error.line);
      default:
        return fail(`${error.description} (character ${error.column})`, error.line);
    }
  }
}

/**
 * Writes rows as CSV with `,` (`@kuulo/csv`: quoting fields that need it, LF line ends and a
 * final newline). Counties open these files in spreadsheets: a text cell starting with
 * = + - @, tab or CR gets a leading apostrophe so that it is never run as a formula (a plain
 * number such as -3 or +358401234567 is left as it is), and a cell with `,` `;` `"`, tab or a
 * line break is quoted.
 */
export function formatCsv(rows: readonly (readonly (string | number)[])[]): string {
  return writeCsv(rows, { numbersInText: true });
}
