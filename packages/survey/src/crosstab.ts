// A closed question × a background question, with the suppression rules of @kuulo/text's
// `crosstabThemes` (cells under `minCell`, 5 by default, and groups under it are hidden; a
// group that would show all but one hidden cell hides its next smallest one too). The rule is
// mirrored here rather than imported, because @kuulo/text counts one theme per answer, while
// here a multiple-choice answer counts in several rows, and because this package stays free of
// the text analysis. Two additions, because survey results also publish each option's total
// and the number who answered: a row (option) across groups gets the same complementary
// suppression as a group, and a lone hidden group takes the next smallest group with it.
import { type AgeBand, bandOf, DEFAULT_AGE_BANDS, parseAgeBands } from "@kuulo/representativeness";
import { visibleSurvey } from "./conditions.js";
import { SurveyError } from "./errors.js";
import type { Answer, Definition, Question } from "./model.js";
import { DONT_KNOW, OTHER } from "./model.js";
import type { SurveyResponse } from "./results.js";
import { weightedBase, wilsonInterval } from "./weights.js";

export interface CrosstabCell {
  category: string;
  group: string;
  /** Respondents in the group whose answer holds the category; null when suppressed. */
  count: number | null;
  /** count / respondents in the group who answered; null when suppressed. */
  share: number | null;
  /** Wilson 95 % interval of the share; null when suppressed. */
  ci: [number, number] | null;
  suppressed: boolean;
  weighted?: number | null;
  weightedShare?: number | null;
  /** Wilson interval on the group's effective sample size. */
  weightedCi?: [number, number] | null;
}

export interface SurveyCrosstab {
  question: string;
  by: string;
  minCell: number;
  /** The question's categories, in the definition's order. */
  categories: string[];
  groups: {
    group: string;
    size: number | null;
    suppressed: boolean;
    weightedSize?: number | null;
    designEffect?: number | null;
  }[];
  cells: CrosstabCell[];
  /** Respondents who answered the question but not the background question (left out). */
  unknownGroup: number;
}

export interface CrosstabOptions {
  definition: Definition;
  responses: readonly SurveyResponse[];
  /** A closed question: single, multiple, scale, likert or municipality. */
  question: string;
  /** Single, municipality, scale or Likert question, or a number question of birth years. */
  by: string;
  /** Age bands for a birth-year question ("15-29,30-44,45-64,65-74,75-" by default). */
  ageBands?: string | AgeBand[];
  /** The year ages are counted in (default: this year). */
  year?: number;
  minCell?: number;
}

function find(definition: Definition, id: string): Question {
  for (const page of definition.pages) {
    const q = page.questions.find((x) => x.id === id);
    if (q) return q;
  }
  throw new SurveyError(`"${id}" is not a question`, [
    { path: id, code: "unknown_question", message: `"${id}" is not a question` },
  ]);
}

function notCrossable(id: string, why: string): SurveyError {
  return new SurveyError(`"${id}" ${why}`, [{ path: id, code: "invalid_type", message: why }]);
}

/** The categories of a closed question and the ones an answer holds. */
function categoriesOf(q: Question): { values: string[]; of: (a: Answer) => string[] } {
  switch (q.type) {
    case "single":
      return {
        values: [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])],
        of: (a) => [(a as { choice: string }).choice],
      };
    case "multiple":
      return {
        values: [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])],
        of: (a) => (a as { choices: string[] }).choices,
      };
    case "scale":
    case "likert": {
      const [min, max] = q.type === "scale" ? [q.min, q.max] : [1, q.points];
      const points = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      return { values: [...points, ...(q.dontKnow ? [DONT_KNOW] : [])], of: (a) => [String(a)] };
    }
    case "municipality":
      return {
        values: [...q.municipalities, ...(q.other ? [OTHER] : [])],
        of: (a) => [a as string],
      };
    default:
      throw notCrossable(q.id, "is not a closed question");
  }
}

/** The background group of an answer, and the groups in order. */
function groupsOf(
  q: Question,
  options: CrosstabOptions,
): { values?: string[]; of: (a: Answer) => string | undefined } {
  if (q.type === "number") {
    if (q.attribute !== "birthYear" && options.ageBands === undefined) {
      throw notCrossable(q.id, "is a number question: give age bands for birth years");
    }
    const bands =
      typeof options.ageBands === "object"
        ? options.ageBands
        : parseAgeBands(options.ageBands ?? DEFAULT_AGE_BANDS);
    const year = options.year ?? new Date().getUTCFullYear();
    return {
      values: bands.map((b) => b.label),
      of: (a) => (typeof a === "number" ? bandOf(bands, year - a)?.label : undefined),
    };
  }
  if (q.type === "scale" || q.type === "likert") {
    const { values } = categoriesOf(q);
    return {
      values: values.filter((v) => v !== DONT_KNOW),
      of: (a) => (a === DONT_KNOW ? undefined : String(a)),
    };
  }
  if (q.type === "single" || q.type === "municipality") {
    const { values, of } = categoriesOf(q);
    return { values, of: (a) => of(a)[0] };
  }
  throw notCrossable(
    q.id,
    "cannot group respondents (use a single-choice, municipality, scale or birth-year question)",
  );
}

/**
 * Which cells (category × group) and groups to hide. Exported for tests and for the server's
 * other tables; `counts[c][g]`, `sizes[g]`.
 */
export function suppression(
  counts: number[][],
  sizes: number[],
  minCell: number,
): { cells: boolean[][]; groups: boolean[] } {
  const groups = sizes.map((n) => n < minCell);
  const hiddenGroups = groups.filter(Boolean).length;
  if (hiddenGroups === 1 && sizes.length > 1) {
    const next = sizes
      .map((n, g) => ({ n, g }))
      .filter(({ g }) => !groups[g])
      .sort((a, b) => a.n - b.n)[0];
    if (next) groups[next.g] = true;
  }
  const cells = counts.map((row) => row.map((n, g) => groups[g]! || (n > 0 && n < minCell)));
  /** Hides the smallest visible non-zero cell of `at` when exactly one of `at` is hidden. */
  const complete = (at: [number, number][]): boolean => {
    if (at.filter(([c, g]) => cells[c]![g]).length !== 1) return false;
    const next = at
      .filter(([c, g]) => !cells[c]![g] && counts[c]![g]! > 0)
      .sort(([c1, g1], [c2, g2]) => counts[c1]![g1]! - counts[c2]![g2]!)[0];
    if (!next) return false;
    cells[next[0]]![next[1]] = true;
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    sizes.forEach((_, g) => {
      if (!groups[g] && complete(counts.map((_, c) => [c, g]))) changed = true;
    });
    counts.forEach((row, c) => {
      if (complete(row.map((_, g) => [c, g]))) changed = true;
    });
  }
  return { cells, groups };
}

/** A closed question by a background question, suppressed; weighted beside when weights are given. */
export function crosstab(options: CrosstabOptions): SurveyCrosstab {
  const { definition } = options;
  const minCell = options.minCell ?? 5;
  const question = find(definition, options.question);
  const by = find(definition, options.by);
  const { values: categories, of } = categoriesOf(question);
  const grouping = groupsOf(by, options);
  const weighted = options.responses.some((r) => r.weight !== undefined);
  const seen: { cats: string[]; group: string; weight: number }[] = [];
  let unknownGroup = 0;
  for (const r of options.responses) {
    const { answers } = visibleSurvey(definition, r.answers);
    const a = answers[question.id];
    if (a === undefined) continue;
    const b = answers[by.id];
    const group = b === undefined ? undefined : grouping.of(b);
    if (group === undefined) unknownGroup += 1;
    else seen.push({ cats: of(a), group, weight: r.weight ?? 1 });
  }
  const present = new Set(seen.map((s) => s.group));
  const groupNames = (grouping.values ?? [...present].sort()).filter((g) => present.has(g));
  const counts = categories.map(() => groupNames.map(() => 0));
  const wCounts = categories.map(() => groupNames.map(() => 0));
  const weightsBy = groupNames.map(() => [] as number[]);
  for (const s of seen) {
    const g = groupNames.indexOf(s.group);
    weightsBy[g]!.push(s.weight);
    for (const cat of new Set(s.cats)) {
      const c = categories.indexOf(cat);
      if (c < 0) continue;
      counts[c]![g]! += 1;
      wCounts[c]![g]! += s.weight;
    }
  }
  const sizes = weightsBy.map((w) => w.length);
  const bases = weightsBy.map((w) => weightedBase(w));
  const hide = suppression(counts, sizes, minCell);
  const cells: CrosstabCell[] = [];
  categories.forEach((category, c) => {
    groupNames.forEach((group, g) => {
      const hidden = hide.cells[c]![g]!;
      const n = sizes[g]!;
      const count = counts[c]![g]!;
      const cell: CrosstabCell = {
        category,
        group,
        count: hidden ? null : count,
        share: hidden ? null : count / n,
        ci: hidden ? null : wilsonInterval(count, n),
        suppressed: hidden,
      };
      if (weighted) {
        const base = bases[g]!;
        const w = wCounts[c]![g]!;
        const p = base.total > 0 ? w / base.total : 0;
        cell.weighted = hidden ? null : w;
        cell.weightedShare = hidden ? null : p;
        cell.weightedCi = hidden ? null : wilsonInterval(p * base.effectiveN, base.effectiveN);
      }
      cells.push(cell);
    });
  });
  const groups = groupNames.map((group, g) => {
    const hidden = hide.groups[g]!;
    const out: SurveyCrosstab["groups"][number] = {
      group,
      size: hidden ? null : sizes[g]!,
      suppressed: hidden,
    };
    if (weighted) {
      out.weightedSize = hidden ? null : bases[g]!.total;
      out.designEffect = hidden ? null : bases[g]!.designEffect;
    }
    return out;
  });
  return { question: question.id, by: by.id, minCell, categories, groups, cells, unknownGroup };
}
