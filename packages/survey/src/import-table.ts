// A results file made elsewhere (CSV or XLSX, one row per response, a header per question)
// as a table of cell values with the line each row is on.
import { CsvError, decodeCsv, readCsv } from "@kuulo/csv";
import { type CellValue, columnLetter, readXlsx, XlsxError, type XlsxTable } from "@kuulo/xlsx";
import { SurveyError } from "./errors.js";

export interface ImportTable {
  format: "csv" | "xlsx";
  /** Column names, trimmed; an empty name is given as the column's letter. */
  header: string[];
  /** 1-based line of the header in the file (its row number in a sheet). */
  headerLine: number;
  /** One row per response: its 1-based line in the file and a value per column. */
  rows: { line: number; values: CellValue[] }[];
  /** CSV: how it was read. */
  encoding?: string;
  delimiter?: string;
  /** CSV read as Windows-1252: what happened, for the user to see. */
  notice?: string;
  /** XLSX: the sheet read and the sheets there are. */
  sheet?: string;
  sheets?: string[];
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

const named = (header: CellValue[]): string[] =>
  header.map((h, i) =>
    h === null || String(h).trim() === "" ? columnLetter(i) : String(h).trim(),
  );

/** Reads an XLSX (by its zip signature) or CSV file (`;` `,` or tab; UTF-8, UTF-16 or Windows-1252). */
export function readTable(bytes: Uint8Array, options: { sheet?: string } = {}): ImportTable {
  if (isZip(bytes)) {
    const book = workbook(bytes, options);
    const [first, ...rest] = book.rows;
    if (!first) throw fileProblem(1, "the sheet is empty (a header row is needed)");
    const header = named(first.values);
    return {
      format: "xlsx",
      header,
      headerLine: first.line,
      rows: rest.map((r) => ({
        line: r.line,
        values: header.map((_, i) => r.values[i] ?? null),
      })),
      sheet: book.sheet,
      sheets: book.sheets,
    };
  }
  try {
    const decoded = decodeCsv(bytes);
    const csv = readCsv(decoded.text, { shortRows: "pad" });
    return {
      format: "csv",
      header: named(csv.header),
      headerLine: csv.headerLine,
      rows: csv.rows.map((r) => ({
        line: r.line,
        values: r.fields.map((f) => (f === "" ? null : f)),
      })),
      encoding: decoded.encoding,
      delimiter: csv.delimiter,
      ...(decoded.notice ? { notice: decoded.notice } : {}),
    };
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileProblem(error.line, error.description, error.column, error.problem);
    }
    throw error;
  }
}

/** The workbook's sheet; what the reader cannot read is a SurveyError on `file`. */
function workbook(bytes: Uint8Array, options: { sheet?: string }): XlsxTable {
  try {
    return readXlsx(bytes, options);
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    throw new SurveyError(error.message, [
      { path: "file", code: "invalid_value", message: error.message },
    ]);
  }
}

function fileProblem(
  line: number,
  message: string,
  column?: number,
  problem?: string,
): SurveyError {
  return new SurveyError(`line ${line}: ${message}`, [
    {
      path: "file",
      code: "invalid_value",
      message,
      params: {
        line,
        ...(column !== undefined ? { column } : {}),
        ...(problem ? { problem } : {}),
      },
    },
  ]);
}
