// Responses as a table, one row per response, with a code book; written as CSV (UTF-8 with a
// BOM, `;` for Finnish Excel) or XLSX (responses and code book sheets).
import { writeCsv } from "@kuulo/csv";
import { writeXlsx } from "@kuulo/xlsx";
import { allQuestions } from "./conditions.js";
import { pickText } from "./definition.js";
import { valueLabels } from "./labels.js";
import type { Answer, Answers, Definition, Lang, Question } from "./model.js";
import { OTHER } from "./model.js";

export type ExportValue = string | number | null;

/** What a column holds: response metadata, a question's answer, or a part of one. */
export type ExportColumn =
  | { name: string; kind: "meta" }
  | { name: string; kind: "answer"; question: string }
  | { name: string; kind: "option"; question: string; option: string }
  | { name: string; kind: "other"; question: string }
  | { name: string; kind: "row"; question: string; row: string }
  | { name: string; kind: "rank"; question: string; rank: number };

export interface ExportResponse {
  answers: Answers;
  /** Values of the metadata columns (id, channel, submitted, version, weight …). */
  meta?: Record<string, string | number | null | undefined>;
}

export interface CodebookEntry {
  column: string;
  question: string | null;
  type: Question["type"] | "meta";
  /** The question's text (with the option, row or rank it is about). */
  text: string;
  values: { value: string; label: string }[];
}

export interface ExportTable {
  columns: ExportColumn[];
  header: string[];
  rows: ExportValue[][];
  codebook: CodebookEntry[];
}

/** The columns of a definition's export, metadata first. */
export function exportColumns(
  definition: Definition,
  metaColumns: readonly string[] = [],
): ExportColumn[] {
  const columns: ExportColumn[] = metaColumns.map((name) => ({ name, kind: "meta" }));
  for (const { question: q } of allQuestions(definition)) {
    const id = q.id;
    if (q.type === "multiple") {
      for (const o of q.options)
        columns.push({ name: `${id}_${o.value}`, kind: "option", question: id, option: o.value });
    } else if (q.type === "grid") {
      for (const r of q.rows)
        columns.push({ name: `${id}_${r.value}`, kind: "row", question: id, row: r.value });
    } else if (q.type === "ranking") {
      const n = q.rankCount ?? q.options.length;
      for (let rank = 1; rank <= n; rank++)
        columns.push({ name: `${id}_${rank}`, kind: "rank", question: id, rank });
    } else {
      columns.push({ name: id, kind: "answer", question: id });
    }
    if ((q.type === "single" || q.type === "multiple") && q.other)
      columns.push({ name: `${id}_${OTHER}`, kind: "other", question: id });
  }
  // A part's name may spell another question's id ("a" option "b" and question "a_b"):
  // the later one gets a number, so every column has its own name.
  const used = new Set<string>();
  for (const c of columns) {
    let name = c.name;
    for (let i = 2; used.has(name); i++) name = `${c.name}_${i}`;
    used.add(name);
    c.name = name;
  }
  return columns;
}

/** Option codes that are plain whole numbers ("1" … "5") are written as numbers. */
const code = (value: string | undefined): ExportValue =>
  value === undefined ? null : /^(0|[1-9]\d{0,8})$/.test(value) ? Number(value) : value;

function value(column: ExportColumn, q: Question, answer: Answer | undefined): ExportValue {
  if (answer === undefined || column.kind === "meta") return null;
  switch (column.kind) {
    case "option":
      return (answer as { choices: string[] }).choices.includes(column.option) ? 1 : 0;
    case "other":
      return (answer as { other?: string }).other ?? null;
    case "row":
      return code((answer as Record<string, string>)[column.row]);
    case "rank":
      return code((answer as string[])[column.rank - 1]);
    case "answer":
      if (q.type === "single") return code((answer as { choice: string }).choice);
      if (q.type === "municipality") return answer as string;
      return answer as string | number;
  }
}

function codebookEntry(
  column: ExportColumn,
  q: Question | undefined,
  lang: Lang,
  languages: readonly Lang[],
): CodebookEntry {
  if (!q || column.kind === "meta") {
    return { column: column.name, question: null, type: "meta", text: "", values: [] };
  }
  const say = (t: Parameters<typeof pickText>[0]) => pickText(t, lang, languages)?.text ?? "";
  const labelled = (list: { value: string; label: Parameters<typeof pickText>[0] }[]) =>
    list.map((v) => ({ value: v.value, label: say(v.label) }));
  const text = say(q.text);
  const entry = { column: column.name, question: q.id, type: q.type, text };
  switch (column.kind) {
    case "option": {
      const option =
        q.type === "multiple" ? q.options.find((o) => o.value === column.option) : undefined;
      return {
        ...entry,
        text: `${text}: ${say(option?.label)}`,
        values: [
          { value: "0", label: "–" },
          { value: "1", label: "✓" },
        ],
      };
    }
    case "other":
      return {
        ...entry,
        text: `${text}: ${say(valueLabels(q).find((v) => v.value === OTHER)?.label)}`,
        values: [],
      };
    case "row": {
      const row = q.type === "grid" ? q.rows.find((r) => r.value === column.row) : undefined;
      return { ...entry, text: `${text}: ${say(row?.label)}`, values: labelled(valueLabels(q)) };
    }
    case "rank":
      return { ...entry, text: `${text}: ${column.rank}.`, values: labelled(valueLabels(q)) };
    case "answer":
      return { ...entry, values: labelled(valueLabels(q)) };
  }
}

/** One row per response, a column per question (or part of one), and the code book. */
export function exportTable(options: {
  definition: Definition;
  responses: readonly ExportResponse[];
  /** Metadata columns, first in each row, from each response's `meta`. */
  metaColumns?: readonly string[];
  /** The language of the code book's texts (default: the survey's first). */
  lang?: Lang;
}): ExportTable {
  const { definition } = options;
  const lang = options.lang ?? definition.languages[0]!;
  const columns = exportColumns(definition, options.metaColumns);
  const questions = new Map(
    allQuestions(definition).map(({ question }) => [question.id, question]),
  );
  const rows = options.responses.map((r) =>
    columns.map((c) => {
      if (c.kind === "meta") {
        const v = r.meta?.[c.name];
        return v === undefined ? null : v;
      }
      return value(c, questions.get(c.question)!, r.answers[c.question]);
    }),
  );
  const codebook = columns.map((c) =>
    codebookEntry(
      c,
      c.kind === "meta" ? undefined : questions.get(c.question),
      lang,
      definition.languages,
    ),
  );
  return { columns, header: columns.map((c) => c.name), rows, codebook };
}

const CODEBOOK_HEADER: Record<Lang, string[]> = {
  fi: ["sarake", "kysymys", "tyyppi", "teksti", "arvo", "selite"],
  sv: ["kolumn", "fråga", "typ", "text", "värde", "förklaring"],
  en: ["column", "question", "type", "text", "value", "label"],
};
const SHEETS: Record<Lang, [string, string]> = {
  fi: ["Vastaukset", "Koodikirja"],
  sv: ["Svar", "Kodbok"],
  en: ["Responses", "Codebook"],
};

/** The code book as rows: one per value of each column (one for a column without values). */
export function codebookRows(table: ExportTable, lang: Lang = "fi"): ExportValue[][] {
  const rows: ExportValue[][] = [CODEBOOK_HEADER[lang]];
  for (const e of table.codebook) {
    const first = [e.column, e.question, e.type, e.text];
    if (e.values.length === 0) rows.push([...first, null, null]);
    for (const v of e.values) rows.push([...first, code(v.value), v.label]);
  }
  return rows;
}

export interface CsvExportOptions {
  /** `;` by default (Finnish Excel); `,` or tab. */
  delimiter?: ";" | "," | "\t";
  /** Decimal comma in numbers (default: with `;`). */
  decimalComma?: boolean;
}

/** Rows as CSV text with a byte order mark (Excel then reads UTF-8), quoted and formula-guarded. */
export function toCsv(
  rows: readonly (readonly ExportValue[])[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ";";
  const comma = options.decimalComma ?? delimiter === ";";
  const cells = rows.map((row) =>
    row.map((v) =>
      typeof v === "number" && comma && !Number.isInteger(v) ? String(v).replace(".", ",") : v,
    ),
  );
  // numbersInText: the decimal-comma numbers above are numbers, not formulas.
  return `\ufeff${writeCsv(cells, { delimiter, numbersInText: true })}`;
}

/** The responses sheet's CSV. */
export function exportCsv(table: ExportTable, options: CsvExportOptions = {}): string {
  return toCsv([table.header, ...table.rows], options);
}

/** The workbook: the responses, then the code book. */
export function exportXlsx(table: ExportTable, lang: Lang = "fi"): Uint8Array {
  const [responses, codebook] = SHEETS[lang];
  return writeXlsx([
    { name: responses, rows: [table.header, ...table.rows] },
    { name: codebook, rows: codebookRows(table, lang) },
  ]);
}
