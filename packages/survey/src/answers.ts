// Checking a respondent's answers against a definition: only visible questions count, every
// answer must fit its question, required answers must be there (on the pages being submitted).
import { allQuestions, visibleSurvey } from "./conditions.js";
import type { SurveyProblem } from "./errors.js";
import {
  type Answer,
  type Answers,
  type Definition,
  DONT_KNOW,
  OTHER,
  type Question,
} from "./model.js";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function empty(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  if (isRecord(answer) && "choices" in answer && Array.isArray(answer.choices)) {
    return answer.choices.length === 0;
  }
  if (isRecord(answer) && "choice" in answer) return !answer.choice;
  return isRecord(answer) && Object.keys(answer).length === 0;
}

type Check = { answer?: Answer; problem?: Omit<SurveyProblem, "path"> };
const bad = (
  code: SurveyProblem["code"],
  message: string,
  params?: SurveyProblem["params"],
): Check => ({
  problem: { code, message, ...(params ? { params } : {}) },
});

function checkOther(q: { other: boolean }, choice: string, other: unknown): Check | undefined {
  if (choice !== OTHER) return undefined;
  if (!q.other) return bad("invalid_value", `"${OTHER}" is not offered`);
  if (typeof other !== "string" || other.trim() === "")
    return bad("required", "say what the other is");
  return undefined;
}

/** One answer checked and normalised (texts trimmed) against its question. */
export function checkAnswer(q: Question, given: unknown): Check {
  const answer = given as Answer;
  const fields = (isRecord(given) ? given : {}) as Record<string, unknown>;
  switch (q.type) {
    case "single": {
      const choice = fields.choice;
      if (typeof choice !== "string") return bad("invalid_type", "choose one");
      const values = q.options.map((o) => o.value);
      if (choice !== OTHER && !values.includes(choice)) {
        return bad("invalid_value", `"${choice}" is not an option`, { values: values.join(",") });
      }
      const other = checkOther(q, choice, fields.other);
      if (other) return other;
      return choice === OTHER
        ? { answer: { choice: OTHER, other: String(fields.other).trim() } }
        : { answer: { choice } };
    }
    case "multiple": {
      if (!Array.isArray(fields.choices)) return bad("invalid_type", "choose from the list");
      const choices = fields.choices as unknown[];
      const values = q.options.map((o) => o.value);
      const seen = new Set<string>();
      for (const choice of choices) {
        if (typeof choice !== "string" || (choice !== OTHER && !values.includes(choice))) {
          return bad("invalid_value", `"${String(choice)}" is not an option`, {
            values: values.join(","),
          });
        }
        if (seen.has(choice)) return bad("duplicate", `"${choice}" is chosen twice`);
        seen.add(choice);
        const other = checkOther(q, choice, fields.other);
        if (other) return other;
      }
      if (q.maxChoices !== undefined && choices.length > q.maxChoices) {
        return bad("too_many", `choose at most ${q.maxChoices}`, { max: q.maxChoices });
      }
      if (q.minChoices !== undefined && choices.length < q.minChoices) {
        return bad("too_few", `choose at least ${q.minChoices}`, { min: q.minChoices });
      }
      const ordered = [...q.options.map((o) => o.value), OTHER].filter((v) => seen.has(v));
      return seen.has(OTHER)
        ? { answer: { choices: ordered, other: String(fields.other).trim() } }
        : { answer: { choices: ordered } };
    }
    case "scale":
    case "likert": {
      if (answer === DONT_KNOW) {
        return q.dontKnow ? { answer } : bad("invalid_value", `"can't say" is not offered`);
      }
      const [min, max] = q.type === "scale" ? [q.min, q.max] : [1, q.points];
      if (typeof answer !== "number" || !Number.isInteger(answer))
        return bad("invalid_type", "choose a point");
      if (answer < min) return bad("too_small", `at least ${min}`, { min });
      if (answer > max) return bad("too_large", `at most ${max}`, { max });
      return { answer };
    }
    case "number": {
      if (typeof answer !== "number" || !Number.isFinite(answer))
        return bad("invalid_type", "give a number");
      if (q.integer && !Number.isInteger(answer)) return bad("invalid_type", "give a whole number");
      if (q.min !== undefined && answer < q.min)
        return bad("too_small", `at least ${q.min}`, { min: q.min });
      if (q.max !== undefined && answer > q.max)
        return bad("too_large", `at most ${q.max}`, { max: q.max });
      return { answer };
    }
    case "text": {
      if (typeof answer !== "string") return bad("invalid_type", "write text");
      const text = answer.trim();
      if (text.length > q.maxLength) {
        return bad("too_long", `at most ${q.maxLength} characters`, { max: q.maxLength });
      }
      return { answer: text };
    }
    case "grid": {
      if (!isRecord(given)) return bad("invalid_type", "choose one per row");
      const rows = q.rows.map((r) => r.value);
      const columns = q.columns.map((c) => c.value);
      const out: Record<string, string> = {};
      for (const [row, column] of Object.entries(fields)) {
        if (!rows.includes(row))
          return bad("unknown_field", `"${row}" is not a row`, { values: rows.join(",") });
        if (typeof column !== "string" || !columns.includes(column)) {
          return bad("invalid_value", `"${String(column)}" is not a column`, {
            values: columns.join(","),
          });
        }
        out[row] = column;
      }
      if (q.required && Object.keys(out).length < rows.length) {
        return bad("required", "answer every row", {
          missing: rows.filter((r) => !(r in out)).join(","),
        });
      }
      return { answer: out };
    }
    case "ranking": {
      if (!Array.isArray(answer)) return bad("invalid_type", "put the options in order");
      const values = q.options.map((o) => o.value);
      const seen = new Set<string>();
      for (const v of answer) {
        if (typeof v !== "string" || !values.includes(v))
          return bad("invalid_value", `"${String(v)}" is not an option`);
        if (seen.has(v)) return bad("duplicate", `"${v}" is ranked twice`);
        seen.add(v);
      }
      const wanted = q.rankCount ?? values.length;
      if (answer.length > wanted) return bad("too_many", `rank at most ${wanted}`, { max: wanted });
      if (q.required && answer.length < wanted)
        return bad("too_few", `rank ${wanted}`, { min: wanted });
      return { answer: [...(answer as string[])] };
    }
    case "municipality": {
      if (typeof answer !== "string") return bad("invalid_type", "choose a municipality");
      if (answer === OTHER ? !q.other : !q.municipalities.includes(answer)) {
        return bad("invalid_value", `"${answer}" is not one of the municipalities`);
      }
      return { answer };
    }
  }
}

export interface CheckedAnswers {
  /** The answers to visible questions, normalised; answers to hidden questions are dropped. */
  answers: Answers;
  problems: SurveyProblem[];
}

/**
 * Checks answers against the definition. `pages` limits the required-answer check to the
 * pages being submitted (save-and-continue); every given answer is still checked. Answers to
 * unknown questions are problems; answers to questions hidden by conditions are dropped.
 */
export function checkAnswers(
  definition: Definition,
  answers: Record<string, unknown>,
  options: { pages?: readonly string[]; requireAll?: boolean } = {},
): CheckedAnswers {
  const problems: SurveyProblem[] = [];
  const known = new Set(allQuestions(definition).map(({ question }) => question.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) {
      problems.push({
        path: `answers.${id}`,
        code: "unknown_question",
        message: `"${id}" is not a question`,
      });
    }
  }
  // Normalise first, in order, so conditions read the cleaned answers.
  const cleaned: Answers = {};
  for (const { question } of allQuestions(definition)) {
    const given = answers[question.id] as Answer | undefined;
    if (empty(given)) continue;
    const check = checkAnswer(question, given as Answer);
    if (check.problem) problems.push({ path: `answers.${question.id}`, ...check.problem });
    else if (check.answer !== undefined) cleaned[question.id] = check.answer;
  }
  const visible = visibleSurvey(definition, cleaned);
  const requiredOn = options.requireAll ? undefined : options.pages;
  for (const { page, questions } of visible.pages) {
    if (requiredOn && !requiredOn.includes(page.id)) continue;
    if (!options.requireAll && !requiredOn) continue;
    for (const q of questions) {
      const failed = problems.some((p) => p.path === `answers.${q.id}`);
      if (q.required && !(q.id in visible.answers) && !failed) {
        problems.push({ path: `answers.${q.id}`, code: "required", message: "is required" });
      }
    }
  }
  return { answers: visible.answers, problems };
}
