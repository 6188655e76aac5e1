/**
 * Writing CSV (RFC 4180) for exports that counties open in spreadsheets. Every text cell is
 * guarded against formula injection; numbers are written as numbers (a vote of -1 stays -1).
 */

/** Text written by residents (kept as a marker; every text cell is guarded the same way). */
export interface Untrusted {
  untrusted: string;
}

export type Cell = string | number | null | undefined | Untrusted;

/** A spreadsheet runs a cell starting with one of these as a formula (tab and CR too). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells with a separator (`,`, or `;` in Finnish spreadsheets), quote, tab or line break. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A cell as text. A text cell that a spreadsheet would run as a formula gets a leading
 * apostrophe; a cell holding a separator, quote, tab or line break is quoted. Numbers are
 * written as they are: the column type, not the content, decides.
 */
export function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = typeof value === "object" ? value.untrusted : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(rows: Cell[][]): string {
  return `${rows.map((row) => row.map(cell).join(",")).join("\n")}\n`;
}
