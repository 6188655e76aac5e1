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

/** Picks "," or ";" (Excel in Finnish locales) from the first line, outside quotes. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch === ",") commas++;
    else if (!inQuotes && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * RFC 4180 CSV: fields separated by the delimiter, records by CRLF or LF; a field in double
 * quotes may hold delimiters, newlines and doubled quotes (""). A leading BOM is ignored.
 * Errors name the file, line and column.
 */
export function parseCsv(options: { text: string; file: string; delimiter?: string }): CsvTable {
  const { file } = options;
  const text = options.text.startsWith("\ufeff") ? options.text.slice(1) : options.text;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let column = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  let quoteStart = { line: 1, column: 1 };
  const fail = (
    code: "CSV_UNTERMINATED_QUOTE" | "CSV_BAD_QUOTE",
    message: string,
    at = line,
    col = column,
  ) => {
    throw new TextError(code, `${file}:${at}:${col}: ${message}`);
  };
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "" && !afterQuote))
      records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    afterQuote = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          column += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else if (ch === "\n") {
        field += ch;
        line++;
        column = 0;
      } else field += ch;
      i++;
      column++;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      column = 0;
      recordLine = line;
    } else if (afterQuote) {
      fail(
        "CSV_BAD_QUOTE",
        `unexpected character ${JSON.stringify(ch)} after a closing quote (write "" for a quote inside a quoted field)`,
      );
    } else if (ch === '"') {
      if (field.length > 0)
        fail(
          "CSV_BAD_QUOTE",
          "quote inside an unquoted field (quote the whole field and double the quote)",
        );
      quoted = true;
      quoteStart = { line, column };
    } else field += ch;
    i++;
    column++;
  }
  if (quoted)
    fail(
      "CSV_UNTERMINATED_QUOTE",
      "quoted field is not closed before the end of the file",
      quoteStart.line,
      quoteStart.column,
    );
  if (field.length > 0 || fields.length > 0 || afterQuote) endRecord();
  const [head, ...rest] = records;
  if (!head)
    throw new TextError("CSV_NO_HEADER", `${file}: the file is empty (a header row is needed)`);
  const header = head.fields.map((h) => h.trim());
  const rows = rest.map((r, j) => {
    if (r.fields.length !== header.length) {
      throw new TextError(
        "CSV_FIELD_COUNT",
        `${file}:${r.line}: row has ${r.fields.length} fields, the header has ${header.length}`,
      );
    }
    return { row: j + 1, line: r.line, fields: r.fields };
  });
  return { header, rows, delimiter };
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
