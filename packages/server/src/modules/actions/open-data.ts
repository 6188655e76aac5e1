import { CsvError, csvRecords, decodeCsv, detectDelimiter, writeCsv } from "@kuulo/csv";
import { readXlsx, XlsxError } from "@kuulo/xlsx";
import { AppError } from "../../errors.js";
import type { LocalizedText } from "../organizations/index.js";
import { COLUMNS, FINNISH_HEADERS } from "./cells.js";
import type { ActionStatus } from "./schema.js";
import type { ActionMeasure, ActionRecommendation, ActionTable } from "./tables.js";

/**
 * Action tables as files: reading an uploaded CSV into cells (for importActionTable), and the
 * open data a published table offers at stable URLs, as CSV and JSON.
 */

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * The cells of an uploaded table: an XLSX workbook's first sheet (told by its zip signature; read
 * by @kuulo/xlsx, as survey results are), else a CSV file.
 */
export function cellsFromFile(bytes: Uint8Array): {
  rows: string[][];
  lines: number[];
  notice?: string;
} {
  if (!isZip(bytes)) return cellsFromCsv(bytes);
  try {
    const book = readXlsx(bytes);
    const width = Math.max(0, ...book.rows.map((r) => r.values.length));
    return {
      rows: book.rows.map((r) =>
        Array.from({ length: width }, (_, i) => {
          const value = r.values[i];
          return value === null || value === undefined ? "" : String(value);
        }),
      ),
      lines: book.rows.map((r) => r.line),
    };
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    throw new AppError("validation.failed", `The file cannot be read: ${error.message}`, {
      errors: [{ path: "file", message: error.message, code: "invalid_file", params: { line: 1 } }],
    });
  }
}

/** The cells of a CSV file (`;` or `,`; UTF-8 with or without BOM, or Windows-1252). */
export function cellsFromCsv(bytes: Uint8Array): {
  rows: string[][];
  lines: number[];
  notice?: string;
} {
  try {
    const decoded = decodeCsv(bytes);
    const rows: string[][] = [];
    const lines: number[] = [];
    for (const record of csvRecords(decoded.text, { delimiter: detectDelimiter(decoded.text) })) {
      rows.push(record.fields);
      lines.push(record.line);
    }
    return { rows, lines, ...(decoded.notice ? { notice: decoded.notice } : {}) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new AppError("validation.failed", `The file cannot be read: ${error.message}`, {
      errors: [
        {
          path: "file",
          message: error.message,
          code: "invalid_file",
          params: {
            line: error.line,
            ...(error.column === undefined ? {} : { column: error.column }),
            reason: error.description,
          },
        },
      ],
    });
  }
}

type Rows = (ActionRecommendation & { measures: ActionMeasure[] })[];

function statusLabel(statuses: ActionStatus[], key: string): LocalizedText {
  return statuses.find((s) => s.key === key)?.label ?? { fi: key, sv: key, en: key };
}

/** The open data's JSON: the recommendations in order, each with its text and measures. */
export function openDataJson(options: {
  table: ActionTable;
  organizationSlug: string;
  rows: Rows;
  urls: { page: string; csv: string; json: string };
}) {
  const { table } = options;
  return {
    organization: options.organizationSlug,
    slug: table.slug,
    title: table.title,
    updatedAt: table.updatedAt.toISOString(),
    urls: options.urls,
    statuses: table.statuses,
    recommendations: options.rows.map((r) => ({
      number: r.number,
      text: r.text,
      measures: r.measures.map((m) => ({
        number: m.number,
        measure: m.text,
        schedule: m.schedule,
        startMonth: m.startMonth,
        endMonth: m.endMonth,
        status: m.status,
        statusLabel: statusLabel(table.statuses, m.status),
        statusReason: m.statusReason,
        responsibleUnit: m.unit,
        notes: m.notes,
        decisions: m.decisions,
        budgetYear: m.budgetYear,
        updatedAt: m.updatedAt.toISOString(),
      })),
    })),
  };
}

/**
 * The open data's CSV in the layout it is imported from (Finnish headers, `;`, UTF-8 with BOM
 * for Excel): the recommendation on its first measure's row only, so the file imports back.
 */
export function openDataCsv(table: ActionTable, rows: Rows): string {
  const cells: string[][] = [COLUMNS.map((c) => FINNISH_HEADERS[c])];
  for (const r of rows) {
    if (r.measures.length === 0) cells.push([r.text, "", "", "", "", ""]);
    r.measures.forEach((m, i) => {
      cells.push([
        i === 0 ? r.text : "",
        m.text,
        m.schedule,
        statusLabel(table.statuses, m.status).fi,
        m.unit,
        m.notes,
      ]);
    });
  }
  return `\uFEFF${writeCsv(cells, { delimiter: ";" })}`;
}
