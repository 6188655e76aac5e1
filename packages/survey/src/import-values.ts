// One cell of an imported file as (part of) an answer: option values and labels in any
// language, "can't say" in its usual wordings, points, numbers with decimal commas,
// municipality codes that lost their leading zeros.
import type { CellValue } from "@kuulo/xlsx";
import type { ColumnMapping } from "./import.js";
import { valueLabels } from "./labels.js";
import type { Answer, Question } from "./model.js";
import { DONT_KNOW, OTHER } from "./model.js";

const norm = (v: string) => v.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
const TRUE = new Set(["1", "x", "true", "yes", "kyllä", "ja", "valittu", "vald", "selected"]);
const FALSE = new Set(["0", "false", "no", "ei", "nej", ""]);
const DONT_KNOW_WORDS = new Set([
  DONT_KNOW,
  "eos",
  "en osaa sanoa",
  "ei osaa sanoa",
  "kan inte säga",
  "vet ej",
  "can't say",
  "cannot say",
  "don't know",
  "dont know",
]);

export type Parsed = { value?: Answer | string | number; problem?: string };

const questionLookups = new WeakMap<Question, Map<string, string>>();
const mapLookups = new WeakMap<Record<string, string>, Map<string, string>>();

/** A question's values by their normalised labels and values (a value wins over a label). */
function questionLookup(q: Question): Map<string, string> {
  let found = questionLookups.get(q);
  if (!found) {
    found = new Map();
    const values = valueLabels(q);
    for (const { value, label } of values) {
      for (const l of Object.values(label)) if (l && !found.has(norm(l))) found.set(norm(l), value);
    }
    for (const { value } of values) found.set(norm(value), value);
    questionLookups.set(q, found);
  }
  return found;
}

/** A mapping's values by their normalised file values. */
function mapLookup(map: Record<string, string>): Map<string, string> {
  let found = mapLookups.get(map);
  if (!found) {
    found = new Map(Object.entries(map).map(([from, to]) => [norm(from), to]));
    mapLookups.set(map, found);
  }
  return found;
}

/** The question's value for a cell's text: by the mapping, the value itself, or a label. */
function matchValue(text: string, q: Question, map?: Record<string, string>): string | undefined {
  const n = norm(text);
  return (map ? mapLookup(map).get(n) : undefined) ?? questionLookup(q).get(n);
}

function point(cell: CellValue, q: Question, m: ColumnMapping): Parsed {
  if (typeof cell === "number") return { value: cell };
  const text = String(cell).trim();
  if (DONT_KNOW_WORDS.has(norm(text))) return { value: DONT_KNOW };
  const matched = matchValue(text, q, m.values);
  if (matched !== undefined) return { value: matched === DONT_KNOW ? DONT_KNOW : Number(matched) };
  const lead = /^(\d+)(\s*[-–=:.)]|\s*$)/.exec(text);
  return lead ? { value: Number(lead[1]) } : { problem: "is not a point of the scale" };
}

/**
 * The apostrophe CSV writers (Kuulo's too) put before `=` `+` `-` `@` so no formula runs is
 * taken off in CSV files (an answer that itself starts with '= loses its apostrophe).
 */
const unguard = (text: string) => (/^'[=+\-@]/.test(text) ? text.slice(1) : text);

export function parseCell(cell: CellValue, q: Question, m: ColumnMapping, csv: boolean): Parsed {
  const trimmed = String(cell).trim();
  const text = csv ? unguard(trimmed) : trimmed;
  if (m.other) return { value: text };
  if (m.option !== undefined) {
    const n = norm(text);
    const option = valueLabels(q).find((v) => v.value === m.option);
    if (TRUE.has(n) || cell === true) return { value: 1 };
    if (FALSE.has(n) || cell === false) return { value: 0 };
    if (option && matchValue(text, q, m.values) === m.option) return { value: 1 };
    return { problem: "is neither chosen (1, x) nor not chosen (0, empty)" };
  }
  if (m.row !== undefined || m.rank !== undefined) {
    const v = matchValue(text, q, m.values);
    return v === undefined
      ? { problem: m.row ? "is not a column of the grid" : "is not an option" }
      : { value: v };
  }
  switch (q.type) {
    case "single": {
      const v = matchValue(text, q, m.values);
      if (v !== undefined) return { value: { choice: v } };
      return q.other ? { value: { choice: OTHER, other: text } } : { problem: "is not an option" };
    }
    case "multiple": {
      const parts = text
        .split(m.separator ?? ";")
        .map((p) => p.trim())
        .filter(Boolean);
      const choices: string[] = [];
      const others: string[] = [];
      for (const part of parts) {
        const v = matchValue(part, q, m.values);
        if (v !== undefined) choices.push(v);
        else if (q.other) others.push(part);
        else return { problem: `"${part}" is not an option` };
      }
      if (others.length) choices.push(OTHER);
      return { value: others.length ? { choices, other: others.join("; ") } : { choices } };
    }
    case "scale":
    case "likert":
      return point(cell, q, m);
    case "number": {
      if (typeof cell === "number") return { value: cell };
      const n = Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
      return Number.isFinite(n) && text !== "" ? { value: n } : { problem: "is not a number" };
    }
    case "municipality": {
      if (/^\d{1,3}$/.test(text)) return { value: text.padStart(3, "0") };
      return { value: matchValue(text, q, m.values) ?? text };
    }
    default:
      return { value: text };
  }
}
