import type { FieldError } from "../../errors.js";
import type { ActionStatus } from "./schema.js";
import { fold, statusOf } from "./statuses.js";

/**
 * Reading an action table from a table of cells (a CSV file's rows, or an XLSX sheet's): the
 * layout Suositus | Toimenpide | Aikataulu | Status | Vastuu | Lisätieto, headers in Finnish,
 * Swedish or English. A row whose recommendation cell is empty continues the recommendation
 * above it. Pure: no database.
 */

export const COLUMNS = [
  "recommendation",
  "measure",
  "schedule",
  "status",
  "unit",
  "notes",
] as const;
export type Column = (typeof COLUMNS)[number];

/** The Finnish headers, as the open-data CSV writes them. */
export const FINNISH_HEADERS: Record<Column, string> = {
  recommendation: "Suositus",
  measure: "Toimenpide",
  schedule: "Aikataulu",
  status: "Status",
  unit: "Vastuu",
  notes: "Lisätieto",
};

const HEADER_WORDS: Record<Column, string[]> = {
  recommendation: [
    "suositus",
    "suositukset",
    "rekommendation",
    "rekommendationer",
    "recommendation",
  ],
  measure: ["toimenpide", "toimenpiteet", "atgard", "atgarder", "measure", "measures", "action"],
  schedule: ["aikataulu", "tidtabell", "tidsplan", "schedule", "timetable"],
  status: ["status", "tila", "tilanne", "lage", "state"],
  unit: ["vastuu", "vastuutaho", "vastuuyksikko", "ansvar", "ansvarig", "responsible", "unit"],
  notes: [
    "lisatieto",
    "lisatiedot",
    "tillaggsinformation",
    "tillagg",
    "notes",
    "additional information",
  ],
};

export interface ParsedMeasure {
  number: string;
  text: string;
  schedule: string;
  status: string;
  statusReason: string;
  unit: string;
  notes: string;
}

export interface ParsedRecommendation {
  number: number;
  text: string;
  measures: ParsedMeasure[];
}

/** Drops a leading "1.", "1)" or "Suositus 1:" numbering from a recommendation's text. */
function stripNumber(text: string): string {
  return text.replace(/^\s*(suositus|rekommendation|recommendation)?\s*\d+\s*[.):]\s*/i, "").trim();
}

/** Drops a leading "1.1" or "1.1." numbering from a measure's text. */
function stripMeasureNumber(text: string): string {
  return text.replace(/^\s*\d+\.\d+\.?\s+/, "").trim();
}

function columnOf(header: string): Column | undefined {
  const folded = fold(header);
  return COLUMNS.find((c) => HEADER_WORDS[c].includes(folded));
}

/**
 * The recommendations and measures of the rows (the first row is the header). Line numbers in
 * errors are 1-based rows of the file (`firstLine` for a sheet that starts lower); columns are
 * 1-based. Every problem is returned, not only the first.
 */
export function parseActionCells(
  rows: string[][],
  statuses: ActionStatus[],
  options: { firstLine?: number; lines?: number[] } = {},
): { recommendations: ParsedRecommendation[]; errors: FieldError[] } {
  const first = options.firstLine ?? 1;
  /** The file's line of row i (a CSV record may span lines). */
  const lineOf = (i: number) => options.lines?.[i] ?? first + i;
  const errors: FieldError[] = [];
  const problem = (line: number, column: number, value: string, reason: string) =>
    errors.push({
      path: `file.line[${line}].column[${column}]`,
      message: `Line ${line}, column ${column} ("${value}"): ${reason}`,
      code: "invalid_file",
      params: { line, column, reason, value },
    });
  const header = rows[0] ?? [];
  const index = new Map<Column, number>();
  header.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !index.has(column)) index.set(column, i);
  });
  for (const column of ["recommendation", "measure"] as const) {
    if (!index.has(column)) {
      problem(
        lineOf(0),
        1,
        header.join(" | "),
        `the header has no column "${FINNISH_HEADERS[column]}"`,
      );
    }
  }
  if (errors.length > 0) return { recommendations: [], errors };
  const cell = (row: string[], column: Column) => {
    const i = index.get(column);
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  const recommendations: ParsedRecommendation[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = lineOf(i + 1);
    if (row.every((c) => c.trim() === "")) return;
    const recommendationText = cell(row, "recommendation");
    const measureText = cell(row, "measure");
    if (recommendationText) {
      recommendations.push({
        number: recommendations.length + 1,
        text: stripNumber(recommendationText),
        measures: [],
      });
    } else if (recommendations.length === 0) {
      problem(
        line,
        index.get("recommendation")! + 1,
        "",
        "the first row must name a recommendation",
      );
      return;
    }
    const recommendation = recommendations[recommendations.length - 1]!;
    if (!measureText) {
      if (!recommendationText) {
        problem(line, index.get("measure")! + 1, "", "a continuation row must name a measure");
      }
      return;
    }
    const statusCell = cell(row, "status");
    const status = statusCell ? statusOf(statuses, statusCell) : statuses[0];
    if (!status) {
      const names = statuses.map((s) => s.label.fi).join(", ");
      problem(line, index.get("status")! + 1, statusCell, `unknown status (one of: ${names})`);
      return;
    }
    const notes = cell(row, "notes");
    if (status.needsReason && !notes) {
      problem(
        line,
        (index.get("notes") ?? index.get("status")!) + 1,
        statusCell,
        `the status "${status.label.fi}" needs a reason in the notes column`,
      );
      return;
    }
    recommendation.measures.push({
      number: `${recommendation.number}.${recommendation.measures.length + 1}`,
      text: stripMeasureNumber(measureText),
      schedule: cell(row, "schedule"),
      status: status.key,
      statusReason: status.needsReason ? notes : "",
      unit: cell(row, "unit"),
      notes,
    });
  });
  if (recommendations.length === 0 && errors.length === 0) {
    problem(lineOf(1), 1, "", "the file has no recommendations");
  }
  return { recommendations, errors };
}

/** Optional start and end months from a schedule text: "2025", "3/2025–6/2026", "2025-2026". */
export function monthsOf(schedule: string): { startMonth: string | null; endMonth: string | null } {
  const found = [...schedule.matchAll(/(?:(\d{1,2})\s*\/\s*)?((?:19|20)\d{2})/g)].map((m) => ({
    month: m[1] ? Number(m[1]) : undefined,
    year: m[2]!,
  }));
  const month = (f: { month?: number; year: string } | undefined, end: boolean) => {
    if (!f) return null;
    const m = f.month && f.month >= 1 && f.month <= 12 ? f.month : end ? 12 : 1;
    return `${f.year}-${String(m).padStart(2, "0")}`;
  };
  return { startMonth: month(found[0], false), endMonth: month(found[found.length - 1], true) };
}
