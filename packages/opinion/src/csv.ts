import { OpinionError } from "./errors.js";

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines); `file` names errors. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new OpinionError(
            "CSV_SYNTAX",
            `unexpected character ${JSON.stringify(next)} after a closing quote`,
            {
              file,
              line,
            },
          );
        }
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted)
    throw new OpinionError("CSV_SYNTAX", "a quoted field is never closed", {
      file,
      line: quoteLine,
    });
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/** A CSV with a header row: look up columns by name, errors name file, line and column. */
export class CsvTable {
  readonly file: string;
  readonly header: string[];
  readonly rows: CsvRecord[];
  private readonly index: Map<string, number>;

  constructor(text: string, file: string) {
    const records = parseCsv(text, file);
    if (records.length === 0)
      throw new OpinionError("CSV_MISSING_COLUMN", "the file is empty (no header row)", {
        file,
        line: 1,
      });
    this.file = file;
    this.header = records[0]!.fields.map((h) => h.trim());
    this.rows = records.slice(1);
    this.index = new Map(this.header.map((h, i) => [h, i]));
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

  /** An integer cell; blank gives `null` when allowed. */
  int(
    row: CsvRecord,
    column: string,
    options: { blank?: boolean; min?: number } = {},
  ): number | null {
    const raw = this.get(row, column);
    if (raw === "" && options.blank) return null;
    const value = Number(raw);
    if (
      raw === "" ||
      !Number.isInteger(value) ||
      (options.min !== undefined && value < options.min)
    ) {
      throw new OpinionError(
        "CSV_BAD_VALUE",
        `expected ${options.min === 0 ? "a non-negative " : "an "}integer, got ${JSON.stringify(raw)}`,
        { file: this.file, line: row.line, column },
      );
    }
    return value;
  }
}
