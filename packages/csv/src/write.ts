/** A cell to write: text, a number, or nothing (written as an empty field). */
export type CsvValue = string | number | null | undefined;

export interface CsvWriteOptions {
  /** Default `,`. */
  delimiter?: string;
  /**
   * Text that is a plain number (`-3`, `+358401234567`, `1,5`) is written as it is, like a
   * number, instead of getting the formula guard. For tables whose cells are all text
   * (e.g. a people file written back); callers that know the column types pass numbers.
   */
  numbersInText?: boolean;
}

/** A spreadsheet runs a cell starting with one of these as a formula (tab and CR too). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
/** A separator of either locale (`,` `;`), a quote, tab or line break, or edge whitespace. */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * One cell as CSV text. Numbers are written as they are (a vote of -1 stays -1; NaN and
 * infinities are empty). A text cell that a spreadsheet would run as a formula gets a leading
 * apostrophe; a cell holding `,` `;` `"`, tab, a line break or the delimiter, or starting or
 * ending with whitespace, is quoted with its quotes doubled.
 */
export function csvCell(value: CsvValue, options: CsvWriteOptions = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value;
  if (FORMULA_START.test(text) && !(options.numbersInText && PLAIN_NUMBER.test(text)))
    text = `'${text}`;
  const quote =
    NEEDS_QUOTES.test(text) ||
    (options.delimiter !== undefined && text.includes(options.delimiter));
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: cells by `csvCell`, LF line ends and a final line break. A row of one empty
 * cell is written `""`, so that it is read back as a row and not skipped as an empty line.
 */
export function writeCsv(
  rows: readonly (readonly CsvValue[])[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const lines = rows.map((row) => {
    const text = row.map((value) => csvCell(value, options)).join(delimiter);
    return text === "" && row.length === 1 ? '""' : text;
  });
  return `${lines.join("\n")}\n`;
}
