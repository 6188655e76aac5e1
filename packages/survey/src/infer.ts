// Proposing a survey definition from an imported table, for staff to adjust: each column's
// values decide its question type (numbers in a small range → scale, few distinct values →
// single choice, `;`-separated values → multiple choice, long text → long text), and columns
// that look like timestamps or ids become response metadata.

import { type CellValue, columnLetter } from "@kuulo/xlsx";
import type { ColumnMapping, ImportMapping } from "./import.js";
import type { ImportTable } from "./import-table.js";
import type { DefinitionInput, Lang, LocalText, QuestionInput } from "./model.js";

export interface ColumnGuess {
  column: number;
  letter: string;
  header: string;
  role: "question" | "metadata" | "empty";
  question?: string;
  type?: QuestionInput["type"];
  /** Why, in English, for the staff's review. */
  reason: string;
}

export interface InferOptions {
  lang?: Lang;
  title?: string;
  /** Most options a choice question may get (default 15). */
  maxOptions?: number;
}

const META_HEADER =
  /^(id|.*[\s_-]id|tunnus|vastaustunnus|response ?id|respondent.*|vastaaja.*|aikaleima|timestamp|time ?stamp|tidsstämpel|submitted.*|started.*|completed.*|start ?date|end ?date|date|datum|päivämäärä|pvm|aloitus.*|lopetus.*|ip|ip address|ip-osoite|kieli|language|språk)$/i;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{4}( (klo )?\d{1,2}[:.]\d{2}([:.]\d{2})?)?|\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?)?)$/i;
const NUMBER = /^-?\d+([.,]\d+)?$/;

/** Lowercase letters, digits and _ (ä → a, ö → o, å → a), at most `max` characters. */
export function slug(text: string, max = 40): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, max)
    .replace(/_+$/, "");
}

function unique(base: string, used: Set<string>, max = 40): string {
  let out = base;
  for (let i = 2; used.has(out); i++) out = `${base.slice(0, max - String(i).length - 1)}_${i}`;
  used.add(out);
  return out;
}

const asNumber = (v: CellValue): number | undefined =>
  typeof v === "number"
    ? v
    : typeof v === "string" && NUMBER.test(v.trim())
      ? Number(v.trim().replace(",", "."))
      : undefined;

/** The `;`- or `,`-separated parts of values, when most parts recur (multiple choice). */
function multiParts(
  texts: string[],
  maxOptions: number,
  separator: ";" | ",",
): { parts: string[]; separator: string } | undefined {
  if (!texts.some((t) => t.includes(separator))) return undefined;
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of texts) {
    for (const part of t
      .split(separator)
      .map((p) => p.trim())
      .filter(Boolean)) {
      counts.set(part, (counts.get(part) ?? 0) + 1);
      total += 1;
    }
  }
  const recurring = [...counts.values()].filter((n) => n >= 2).reduce((s, n) => s + n, 0);
  if (counts.size >= 2 && counts.size <= maxOptions && recurring >= 0.8 * total) {
    return { parts: [...counts.keys()], separator };
  }
  return undefined;
}

function options(
  labels: string[],
  lang: Lang,
): { list: { value: string; label: LocalText }[]; values: Record<string, string> } {
  const used = new Set<string>();
  const values: Record<string, string> = {};
  const list = labels.map((label, i) => {
    const value = unique(slug(label) || `option_${i + 1}`, used);
    values[label] = value;
    return { value, label: { [lang]: label.slice(0, 4000) } };
  });
  return { list, values };
}

/** Proposes a definition and the mapping that imports the table into it. */
export function inferDefinition(
  table: ImportTable,
  opts: InferOptions = {},
): { definition: DefinitionInput; mapping: ImportMapping; columns: ColumnGuess[] } {
  const lang = opts.lang ?? "fi";
  const maxOptions = opts.maxOptions ?? 15;
  const ids = new Set<string>();
  const metaNames = new Set<string>();
  const questions: QuestionInput[] = [];
  const mapping: ImportMapping = { columns: [], meta: [] };
  const columns = table.header.map((header, column): ColumnGuess => {
    const letter = columnLetter(column);
    const values = table.rows
      .map((r) => r.values[column] ?? null)
      .filter((v) => v !== null && String(v).trim() !== "");
    const texts = values.map((v) => String(v).trim());
    const guess = { column, letter, header };
    if (values.length === 0) return { ...guess, role: "empty", reason: "no values" };
    const timestamps = texts.every((t) => TIMESTAMP.test(t));
    if ((header.length <= 30 && META_HEADER.test(header)) || timestamps) {
      const name = unique(slug(header) || `column_${letter.toLowerCase()}`, metaNames, 60);
      mapping.meta!.push({ column, name });
      return {
        ...guess,
        role: "metadata",
        reason: timestamps ? "dates or times" : "an id or time column by its name",
      };
    }
    const id = unique(
      /^[a-z]/.test(slug(header))
        ? slug(header)
        : `q_${slug(header) || letter.toLowerCase()}`.slice(0, 40),
      ids,
    );
    const text = { [lang]: header.slice(0, 4000) };
    const numbers = values.map(asNumber);
    const distinct = [...new Set(texts)];
    let q: QuestionInput;
    let entry: ColumnMapping = { column, question: id };
    let reason: string;
    if (numbers.every((n) => n !== undefined)) {
      const ns = numbers as number[];
      const min = Math.min(...ns);
      const max = Math.max(...ns);
      const whole = ns.every(Number.isInteger);
      if (whole && min >= 0 && max <= 10 && max >= 2 && new Set(ns).size <= 11) {
        const top = max <= 5 ? 5 : max <= 7 ? 7 : 10;
        q = { id, type: "scale", text, min: min === 0 ? 0 : 1, max: top };
        reason = `whole numbers ${min}–${max}`;
      } else {
        q = { id, type: "number", text, integer: whole };
        reason = whole ? "whole numbers" : "numbers";
      }
    } else {
      const longest = Math.max(...texts.map((t) => t.length));
      const few =
        distinct.length >= 2 &&
        distinct.length <= maxOptions &&
        distinct.length * 2 <= texts.length &&
        longest <= 80;
      // `;` separates choices; a comma may be part of an option's wording, so a column with
      // few distinct values is a single choice before it is a comma-separated multiple one.
      const multi =
        multiParts(texts, maxOptions, ";") ??
        (few ? undefined : multiParts(texts, maxOptions, ","));
      if (multi) {
        const { list, values: map } = options(multi.parts, lang);
        q = { id, type: "multiple", text, options: list };
        entry = { ...entry, values: map, separator: multi.separator };
        reason = `values separated by "${multi.separator}"`;
      } else if (few) {
        const { list, values: map } = options(distinct, lang);
        q = { id, type: "single", text, options: list };
        entry = { ...entry, values: map };
        reason = `${distinct.length} distinct values`;
      } else {
        const long = longest > 100 || texts.some((t) => t.includes("\n"));
        q = { id, type: "text", text, long, maxLength: Math.min(10000, Math.max(2000, longest)) };
        reason = long ? "long free text" : "free text";
      }
    }
    questions.push(q);
    mapping.columns.push(entry);
    return { ...guess, role: "question", question: id, type: q.type, reason };
  });
  const pages = [];
  for (let i = 0; i < questions.length; i += 60) {
    pages.push({ id: `page_${pages.length + 1}`, questions: questions.slice(i, i + 60) });
  }
  const title =
    opts.title ?? { fi: "Tuotu kysely", sv: "Importerad enkät", en: "Imported survey" }[lang];
  return { definition: { languages: [lang], title: { [lang]: title }, pages }, mapping, columns };
}
