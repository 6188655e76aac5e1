import { SortitionError } from "../errors.js";

/** A parsed CSV table: header names and data rows, each with its 1-based line in the file. */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF/LF, a leading BOM). The delimiter
 * is `,` unless the header has `;` and no `,` (spreadsheets in Finnish locale), or tab.
 * Blank lines are skipped. Each row keeps the line on which it starts.
 */
export function parseCsv(options: { text: string; file?: string }): CsvTable {
  const text = options.text.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = detectDelimiter(firstLine);
  const records = splitRecords(text, delimiter, options.file);
  const nonEmpty = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
  const head = nonEmpty[0];
  if (!head) {
    throw new SortitionError({
      code: "BAD_CSV",
      message: "the file is empty",
      location: { file: options.file },
    });
  }
  const header = head.cells.map((c) => c.trim());
  const rows = nonEmpty.slice(1);
  for (const row of rows) {
    if (row.cells.length > header.length) {
      throw new SortitionError({
        code: "BAD_CSV",
        message: `${row.cells.length} fields but the header has ${header.length}`,
        location: { file: options.file, line: row.line },
      });
    }
    while (row.cells.length < header.length) row.cells.push("");
  }
  return { header, rows };
}

function detectDelimiter(headerLine: string): string {
  if (headerLine.includes("\t") && !headerLine.includes(",")) return "\t";
  if (headerLine.includes(";") && !headerLine.includes(",")) return ";";
  return ",";
}

function splitRecords(text: string, delimiter: string, file: string | undefined) {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: startLine, cells });
      cells = [];
      cell = "";
      line++;
      startLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) {
    throw new SortitionError({
      code: "BAD_CSV",
      message: "a quoted field is not closed",
      location: { file, line: startLine },
    });
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: startLine, cells });
  }
  return records;
}

/**
 * Writes rows as CSV with `,`, quoting fields that need it, LF line ends and a final newline.
 * Counties open these files in spreadsheets: a text cell starting with = + - @, tab or CR
 * gets a leading apostrophe so that it is never run as a formula (a plain number such as -3
 * or +358401234567 is left as it is), and a cell with `,` `;` `"`, tab or a line break is
 * quoted.
 */
export function formatCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map((v) => quoteField(guardFormula(v))).join(",")).join("\n") + "\n";
}

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function guardFormula(value: string | number): string {
  const text = String(value);
  if (typeof value === "number" || PLAIN_NUMBER.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoteField(value: string): string {
  return /[",;\t\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
