// Checking a definition: the schema first, then the rules it cannot express (unique keys,
// conditions that read only earlier questions with values those questions can have).
import { conditionQuestions } from "./conditions.js";
import { SurveyError, type SurveyProblem } from "./errors.js";
import {
  type Condition,
  type Definition,
  definitionSchema,
  type Lang,
  type LocalText,
  OTHER,
  type Question,
} from "./model.js";

/** The values an answer to `question` may name in a condition (undefined: any number or text). */
export function conditionValues(question: Question, row?: string): string[] | undefined {
  switch (question.type) {
    case "single":
    case "multiple":
      return [...question.options.map((o) => o.value), ...(question.other ? [OTHER] : [])];
    case "ranking":
      return question.options.map((o) => o.value);
    case "grid":
      return row === undefined ? undefined : question.columns.map((c) => c.value);
    case "municipality":
      return [...question.municipalities, ...(question.other ? [OTHER] : [])];
    default:
      return undefined;
  }
}

function checkCondition(
  condition: Condition,
  path: string,
  earlier: Map<string, Question>,
  problems: SurveyProblem[],
): void {
  if ("all" in condition || "any" in condition) {
    const list = "all" in condition ? condition.all : condition.any;
    const key = "all" in condition ? "all" : "any";
    for (const [i, c] of list.entries())
      checkCondition(c, `${path}.${key}.${i}`, earlier, problems);
    return;
  }
  const question = earlier.get(condition.question);
  if (!question) {
    problems.push({
      path: `${path}.question`,
      code: "not_before",
      message: `"${condition.question}" is not a question before this one`,
      params: { question: condition.question },
    });
    return;
  }
  if (condition.row !== undefined) {
    if (question.type !== "grid" || !question.rows.some((r) => r.value === condition.row)) {
      problems.push({
        path: `${path}.row`,
        code: "invalid_value",
        message: `"${condition.row}" is not a row of "${question.id}"`,
      });
      return;
    }
  }
  const needsValue = condition.op !== "answered" && condition.op !== "not_answered";
  if (needsValue && condition.value === undefined) {
    problems.push({
      path: `${path}.value`,
      code: "required",
      message: "give the value to compare with",
    });
    return;
  }
  if (condition.op === "at_least" || condition.op === "at_most") {
    if (
      !["scale", "likert", "number"].includes(question.type) ||
      !Number.isFinite(Number(condition.value))
    ) {
      problems.push({
        path: `${path}.op`,
        code: "invalid_value",
        message: `"${condition.op}" needs a number question and a number`,
      });
    }
    return;
  }
  const allowed = conditionValues(question, condition.row);
  if (needsValue && allowed && !allowed.includes(String(condition.value))) {
    problems.push({
      path: `${path}.value`,
      code: "invalid_value",
      message: `"${condition.value}" is not an answer "${question.id}" can have`,
      params: { values: allowed.join(",") },
    });
  }
}

function uniqueValues(values: string[], path: string, problems: SurveyProblem[]): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) {
      problems.push({
        path: `${path}.${i}.value`,
        code: "duplicate",
        message: `"${value}" is used twice`,
      });
    }
    seen.add(value);
  });
}

function questionProblems(q: Question, path: string, problems: SurveyProblem[]): void {
  const add = (p: string, code: SurveyProblem["code"], message: string) =>
    problems.push({ path: `${path}.${p}`, code, message });
  if (q.type === "single" || q.type === "multiple" || q.type === "ranking") {
    uniqueValues(
      q.options.map((o) => o.value),
      `${path}.options`,
      problems,
    );
  }
  if ((q.type === "single" || q.type === "multiple") && q.other) {
    const i = q.options.findIndex((o) => o.value === OTHER);
    if (i >= 0) add(`options.${i}.value`, "invalid_value", `"${OTHER}" is kept for "other, what?"`);
  }
  if (q.type === "multiple") {
    const n = q.options.length + (q.other ? 1 : 0);
    if (q.maxChoices !== undefined && q.maxChoices > n)
      add("maxChoices", "too_large", `at most ${n}`);
    if (q.minChoices !== undefined && q.maxChoices !== undefined && q.minChoices > q.maxChoices) {
      add("minChoices", "too_large", "is more than maxChoices");
    }
  }
  if (q.type === "scale" && q.max <= q.min) add("max", "too_small", "must be more than min");
  if (q.type === "likert" && q.labels && q.labels.length !== q.points) {
    add("labels", "invalid_value", `give ${q.points} labels, one per point`);
  }
  if (q.type === "number" && q.min !== undefined && q.max !== undefined && q.min > q.max) {
    add("min", "too_large", "is more than max");
  }
  if (q.type === "ranking" && q.rankCount !== undefined && q.rankCount > q.options.length) {
    add("rankCount", "too_large", `at most ${q.options.length}`);
  }
  if (q.type === "grid") {
    uniqueValues(
      q.rows.map((o) => o.value),
      `${path}.rows`,
      problems,
    );
    uniqueValues(
      q.columns.map((o) => o.value),
      `${path}.columns`,
      problems,
    );
  }
  if (q.type === "municipality") {
    const seen = new Set<string>();
    q.municipalities.forEach((code, i) => {
      if (seen.has(code)) add(`municipalities.${i}`, "duplicate", `"${code}" is listed twice`);
      seen.add(code);
    });
  }
}

/** Every problem of a parsed definition; empty when it can be published. */
export function definitionProblems(definition: Definition): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const earlier = new Map<string, Question>();
  const pageIds = new Set<string>();
  definition.pages.forEach((page, p) => {
    const pagePath = `pages.${p}`;
    if (pageIds.has(page.id)) {
      problems.push({
        path: `${pagePath}.id`,
        code: "duplicate",
        message: `page "${page.id}" is used twice`,
      });
    }
    pageIds.add(page.id);
    if (page.showIf) checkCondition(page.showIf, `${pagePath}.showIf`, earlier, problems);
    page.questions.forEach((q, i) => {
      const path = `${pagePath}.questions.${i}`;
      if (earlier.has(q.id)) {
        problems.push({
          path: `${path}.id`,
          code: "duplicate",
          message: `question "${q.id}" is used twice`,
        });
      }
      if (q.showIf) checkCondition(q.showIf, `${path}.showIf`, earlier, problems);
      questionProblems(q, path, problems);
      earlier.set(q.id, q);
    });
  });
  return problems;
}

/** Parses and checks a definition; throws `SurveyError` naming every problem. */
export function parseDefinition(input: unknown): Definition {
  const parsed = definitionSchema.safeParse(input);
  if (!parsed.success) {
    const problems: SurveyProblem[] = parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      code: issue.code === "invalid_type" ? "invalid_type" : "invalid_value",
      message: issue.message,
    }));
    throw new SurveyError("the survey definition is not valid", problems);
  }
  const problems = definitionProblems(parsed.data);
  if (problems.length > 0) throw new SurveyError("the survey definition is not valid", problems);
  return parsed.data;
}

/** The questions a condition anywhere in the survey reads (kept when editing a published survey). */
export function referencedQuestions(definition: Definition): Set<string> {
  const ids = new Set<string>();
  for (const page of definition.pages) {
    if (page.showIf) for (const id of conditionQuestions(page.showIf)) ids.add(id);
    for (const q of page.questions) {
      if (q.showIf) for (const id of conditionQuestions(q.showIf)) ids.add(id);
    }
  }
  return ids;
}

/**
 * A text in `lang`, else in the survey's languages in order, else any; `fallback` says the
 * respondent sees another language than asked, so the page can say so.
 */
export function pickText(
  text: LocalText | undefined,
  lang: Lang,
  languages: readonly Lang[] = ["fi", "sv", "en"],
): { text: string; lang: Lang; fallback: boolean } | undefined {
  if (!text) return undefined;
  if (text[lang]) return { text: text[lang], lang, fallback: false };
  for (const other of [...languages, "fi", "sv", "en"] as Lang[]) {
    if (text[other]) return { text: text[other], lang: other, fallback: true };
  }
  return undefined;
}
