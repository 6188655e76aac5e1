/** Writing CSV (RFC 4180) for exports that counties open in spreadsheets. */

/** Text written by residents: guarded against spreadsheet formula injection. */
export interface Untrusted {
  untrusted: string;
}

export type Cell = string | number | null | undefined | Untrusted;

/**
 * A cell as text. Resident-written text that a spreadsheet would run as a formula (starting
 * with = + - @ or a control character) is prefixed with an apostrophe.
 */
export function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "object") {
    text = value.untrusted;
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  } else {
    text = String(value);
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(rows: Cell[][]): string {
  return `${rows.map((row) => row.map(cell).join(",")).join("\n")}\n`;
}
