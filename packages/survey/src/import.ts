// Importing survey results made elsewhere: each row of a table becomes a response's answers,
// checked with `checkAnswer`; every problem names the row's line in the file, the column
// (letter and name) and the value. Nothing is importable while problems remain, unless the
// caller asks to skip the invalid rows.

import { type CellValue, columnLetter } from "@kuulo/xlsx";
import { checkAnswer } from "./answers.js";
import { allQuestions, visibleSurvey } from "./conditions.js";
import type { SurveyProblemCode } from "./errors.js";
import { exportColumns } from "./export.js";
import type { ImportTable } from "./import-table.js";
import { parseCell } from "./import-values.js";
import type { Answer, Answers, Definition, Question } from "./model.js";
import { OTHER } from "./model.js";

/** Which column holds which answer (or part of one); `column` is a 0-based index or a header name. */
export interface ColumnMapping {
  column: number | string;
  question: string;
  /** Multiple choice: a column per option, chosen when 1 / x / yes / the option's label. */
  option?: string;
  /** The "other, what?" text of a single or multiple choice. */
  other?: true;
  /** Grid: the row this column answers. */
  row?: string;
  /** Ranking: the place (1 = first) this column gives. */
  rank?: number;
  /** The file's values → the question's values (option, column or point). */
  values?: Record<string, string>;
  /** Multiple choice in one column: between the choices (default `;`). */
  separator?: string;
}

export interface ImportMapping {
  columns: ColumnMapping[];
  /** Columns kept as response metadata (id, time stamp …) under `name`. */
  meta?: { column: number | string; name: string }[];
}

export interface ImportProblem {
  /** 1-based line of the row in the file. */
  line: number;
  /** The column's letter (A, B, … AA) and header. */
  column: string;
  header: string;
  value: string;
  question: string;
  code: SurveyProblemCode;
  message: string;
}

export interface ImportResult {
  /** Empty when there are problems, unless `skipInvalid`. */
  responses: { line: number; answers: Answers; meta: Record<string, string | number | boolean> }[];
  problems: ImportProblem[];
  /** Rows left out because they had problems (with `skipInvalid`). */
  skipped: number;
  rows: number;
}

/** The mapping of a file Kuulo exported from this definition (`exportTable`'s column names). */
export function exportMapping(definition: Definition, header: readonly string[]): ImportMapping {
  const byName = new Map(exportColumns(definition).map((c) => [c.name, c]));
  const mapping: ImportMapping = { columns: [], meta: [] };
  header.forEach((name, column) => {
    const c = byName.get(name);
    if (!c || c.kind === "meta") mapping.meta!.push({ column, name });
    else if (c.kind === "option")
      mapping.columns.push({ column, question: c.question, option: c.option });
    else if (c.kind === "other")
      mapping.columns.push({ column, question: c.question, other: true });
    else if (c.kind === "row") mapping.columns.push({ column, question: c.question, row: c.row });
    else if (c.kind === "rank")
      mapping.columns.push({ column, question: c.question, rank: c.rank });
    else mapping.columns.push({ column, question: c.question });
  });
  return mapping;
}

/** Turns the table's rows into checked answers; see `ImportResult`. */
export function importResponses(
  definition: Definition,
  table: ImportTable,
  mapping: ImportMapping,
  options: { skipInvalid?: boolean } = {},
): ImportResult {
  const questions = new Map(
    allQuestions(definition).map(({ question }) => [question.id, question]),
  );
  const index = (column: number | string) =>
    typeof column === "number" ? column : table.header.indexOf(column);
  const problems: ImportProblem[] = [];
  const columns = mapping.columns.map((m) => {
    const at = index(m.column);
    const q = questions.get(m.question);
    if (at < 0 || at >= table.header.length || !q) {
      const what = !q ? `"${m.question}" is not a question` : `there is no column "${m.column}"`;
      problems.push({
        line: table.headerLine,
        column: String(m.column),
        header: String(m.column),
        value: "",
        question: m.question,
        code: "unknown_field",
        message: what,
      });
    }
    return { m, at, q: q! };
  });
  if (problems.length > 0) return { responses: [], problems, skipped: 0, rows: table.rows.length };
  const responses: ImportResult["responses"] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const found: ImportProblem[] = [];
    const given = new Map<
      string,
      { parts: Map<ColumnMapping, Answer | string | number>; first: number }
    >();
    const report = (
      at: number,
      q: Question,
      cell: CellValue,
      code: SurveyProblemCode,
      message: string,
    ) =>
      found.push({
        line: row.line,
        column: columnLetter(at),
        header: table.header[at] ?? "",
        value: cell === null ? "" : String(cell),
        question: q.id,
        code,
        message,
      });
    for (const { m, at, q } of columns) {
      const cell = row.values[at] ?? null;
      if (cell === null || String(cell).trim() === "") continue;
      const parsed = parseCell(cell, q, m, table.format === "csv");
      if (parsed.problem) report(at, q, cell, "invalid_value", parsed.problem);
      else {
        const entry = given.get(q.id) ?? { parts: new Map(), first: at };
        entry.parts.set(m, parsed.value!);
        given.set(q.id, entry);
      }
    }
    const answers: Answers = {};
    for (const [id, { parts, first }] of given) {
      const q = questions.get(id)!;
      const answer = assemble(q, parts);
      if (answer === undefined) continue;
      const check = checkAnswer(q, answer);
      const cell = [...parts.values()]
        .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)))
        .join(" | ");
      if (check.problem) report(first, q, cell, check.problem.code, check.problem.message);
      else if (check.answer !== undefined) answers[id] = check.answer;
    }
    const meta: Record<string, string | number | boolean> = {};
    for (const { column, name } of mapping.meta ?? []) {
      const v = row.values[index(column)];
      if (v !== null && v !== undefined) meta[name] = v;
    }
    if (found.length > 0) {
      problems.push(...found);
      skipped += 1;
      continue;
    }
    responses.push({ line: row.line, answers: visibleSurvey(definition, answers).answers, meta });
  }
  const importable = problems.length === 0 || options.skipInvalid === true;
  return { responses: importable ? responses : [], problems, skipped, rows: table.rows.length };
}

/** One answer from the values its columns gave. */
function assemble(
  q: Question,
  parts: Map<ColumnMapping, Answer | string | number>,
): Answer | undefined {
  let whole: Answer | undefined;
  let other: string | undefined;
  const chosen: string[] = [];
  const grid: Record<string, string> = {};
  const ranks: [number, string][] = [];
  for (const [m, v] of parts) {
    if (m.other) other = String(v);
    else if (m.option !== undefined) v === 1 && chosen.push(m.option);
    else if (m.row !== undefined) grid[m.row] = String(v);
    else if (m.rank !== undefined) ranks.push([m.rank, String(v)]);
    else whole = v as Answer;
  }
  if (q.type === "grid") return Object.keys(grid).length ? grid : whole;
  if (q.type === "ranking")
    return ranks.length ? ranks.sort((a, b) => a[0] - b[0]).map(([, v]) => v) : whole;
  if (q.type === "multiple") {
    const fromColumns = whole === undefined && (chosen.length > 0 || other !== undefined);
    if (fromColumns) return other ? { choices: [...chosen, OTHER], other } : { choices: chosen };
    if (whole !== undefined && other !== undefined) {
      const w = whole as { choices: string[]; other?: string };
      return { choices: w.choices.includes(OTHER) ? w.choices : [...w.choices, OTHER], other };
    }
    return whole;
  }
  if (q.type === "single" && other !== undefined) {
    const w = whole as { choice: string } | undefined;
    return !w || w.choice === OTHER ? { choice: OTHER, other } : w;
  }
  return whole;
}
