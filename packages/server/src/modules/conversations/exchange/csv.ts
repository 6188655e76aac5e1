/**
 * Writing CSV (RFC 4180, `@kuulo/csv`) for exports that counties open in spreadsheets. Every
 * text cell is guarded against formula injection; numbers are written as numbers (a vote of
 * -1 stays -1).
 */
import { csvCell, writeCsv } from "@kuulo/csv";

/** Text written by residents (kept as a marker; every text cell is guarded the same way). */
export interface Untrusted {
  untrusted: string;
}

export type Cell = string | number | null | undefined | Untrusted;

const plain = (value: Cell) =>
  typeof value === "object" && value !== null ? value.untrusted : value;

/**
 * A cell as text. A text cell that a spreadsheet would run as a formula (= + - @, tab, CR)
 * gets a leading apostrophe; a cell holding a separator (`,`, or `;` in Finnish
 * spreadsheets), quote, tab or line break is quoted. Numbers are written as they are: the
 * column type, not the content, decides.
 */
export function cell(value: Cell): string {
  return csvCell(plain(value));
}

/** A byte order mark: Finnish Excel reads a CSV without one as Windows-1252 and garbles ä and ö. */
export const BOM = "\uFEFF";

/** A CSV file for spreadsheets: UTF-8 with a byte order mark (every reader of Kuulo's skips it). */
export function csv(rows: Cell[][]): string {
  return BOM + writeCsv(rows.map((row) => row.map(plain)));
}
