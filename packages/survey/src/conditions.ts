// Conditions: a page or question is shown when earlier answers match.
import type { Answer, Answers, Condition, Definition, Page, Question } from "./model.js";
import { DONT_KNOW } from "./model.js";

/** The values an answer holds, for `is`/`includes`: a choice, the choices, the number, the text. */
function valuesOf(answer: Answer | undefined, row?: string): (string | number)[] {
  if (answer === undefined || answer === null) return [];
  if (typeof answer === "number" || typeof answer === "string") return [answer];
  if (Array.isArray(answer)) return answer;
  if ("choice" in answer && typeof answer.choice === "string") return [answer.choice];
  if ("choices" in answer && Array.isArray(answer.choices)) return answer.choices;
  if (row !== undefined) {
    const cell = (answer as Record<string, string>)[row];
    return cell === undefined ? [] : [cell];
  }
  return Object.values(answer as Record<string, string>);
}

function numberOf(values: (string | number)[]): number | undefined {
  const [first] = values;
  if (typeof first === "number") return first;
  if (typeof first === "string" && first !== DONT_KNOW && first.trim() !== "") {
    const n = Number(first);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const same = (a: string | number, b: string | number | undefined) =>
  b !== undefined && String(a) === String(b);

/** Whether `condition` holds for `answers` (answers to hidden questions must already be gone). */
export function holds(condition: Condition, answers: Answers): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, answers));
  if ("any" in condition) return condition.any.some((c) => holds(c, answers));
  const values = valuesOf(answers[condition.question], condition.row);
  switch (condition.op) {
    case "answered":
      return values.length > 0;
    case "not_answered":
      return values.length === 0;
    case "is":
    case "includes":
      return values.some((v) => same(v, condition.value));
    case "is_not":
    case "excludes":
      return values.length > 0 && !values.some((v) => same(v, condition.value));
    case "at_least":
    case "at_most": {
      const n = numberOf(values);
      const limit = Number(condition.value);
      if (n === undefined || !Number.isFinite(limit)) return false;
      return condition.op === "at_least" ? n >= limit : n <= limit;
    }
  }
}

/** The questions a condition reads. */
export function conditionQuestions(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionQuestions);
  if ("any" in condition) return condition.any.flatMap(conditionQuestions);
  return [condition.question];
}

/**
 * Walks the survey in order and keeps only what a respondent with these answers sees: the
 * visible pages, their visible questions, and the answers to those (answers to questions that
 * became hidden are dropped, so a changed earlier answer never leaves stale later ones).
 */
export function visibleSurvey(
  definition: Definition,
  answers: Answers,
): { pages: { page: Page; questions: Question[] }[]; answers: Answers } {
  const kept: Answers = {};
  const pages: { page: Page; questions: Question[] }[] = [];
  for (const page of definition.pages) {
    if (page.showIf && !holds(page.showIf, kept)) continue;
    const questions: Question[] = [];
    for (const question of page.questions) {
      if (question.showIf && !holds(question.showIf, kept)) continue;
      questions.push(question);
      const answer = answers[question.id];
      if (answer !== undefined) kept[question.id] = answer;
    }
    pages.push({ page, questions });
  }
  return { pages, answers: kept };
}

/** Every question of the definition, in order, with its page. */
export function allQuestions(definition: Definition): { page: Page; question: Question }[] {
  return definition.pages.flatMap((page) => page.questions.map((question) => ({ page, question })));
}
