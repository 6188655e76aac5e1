// Editing a survey's draft in the builder: pure operations on the definition (tested).
import {
  type Condition,
  type DefinitionInput,
  type LocalText,
  OTHER,
  OTHER_LABEL,
  type QuestionInput,
  type QuestionType,
} from "@kuulo/survey";

type Page = DefinitionInput["pages"][number];

/** A new survey's first draft: one page, one question. */
export function starterDefinition(title: string): Record<string, unknown> {
  return {
    languages: ["fi", "sv", "en"],
    title: { fi: title || "Kysely" },
    pages: [{ id: "p1", questions: [newQuestion("single", "q1")] }],
  };
}

const yesNo = () => [
  { value: "yes", label: { fi: "Kyllä", sv: "Ja", en: "Yes" } },
  { value: "no", label: { fi: "Ei", sv: "Nej", en: "No" } },
];

/** A question of a type with what it needs to be valid (texts to be written). */
export function newQuestion(
  type: QuestionType,
  id: string,
  text: LocalText = { fi: "Uusi kysymys" },
): QuestionInput {
  switch (type) {
    case "single":
    case "multiple":
    case "ranking":
      return { id, type, text, options: yesNo() } as QuestionInput;
    case "scale":
      return { id, type, text, min: 0, max: 10 };
    case "grid":
      return { id, type, text, rows: [{ value: "r1", label: { fi: "Rivi" } }], columns: yesNo() };
    case "municipality":
      // Empty: the organization's municipalities (the server fills them in).
      return { id, type, text, municipalities: [] as unknown as [string] };
    default:
      return { id, type, text } as QuestionInput;
  }
}

/** A fresh key not used in the survey ("q3"). */
export function freshKey(definition: DefinitionInput, prefix: "q" | "p"): string {
  const used = new Set(
    prefix === "p"
      ? definition.pages.map((p) => p.id)
      : definition.pages.flatMap((p) => p.questions.map((q) => q.id)),
  );
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Moves item `i` of a list by `by` (−1 up, +1 down); out of range leaves it. */
export function move<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Changes a question's type, keeping its key, texts, required and condition. */
export function retype(q: QuestionInput, type: QuestionType): QuestionInput {
  const fresh = newQuestion(type, q.id, q.text);
  return {
    ...fresh,
    ...(q.required ? { required: true } : {}),
    ...(q.showIf ? { showIf: q.showIf } : {}),
    ...("options" in q && "options" in fresh ? { options: q.options } : {}),
  } as QuestionInput;
}

/** Options as lines "key = fi | sv | en", and back. */
export function optionsToText(options: readonly { value: string; label: LocalText }[]): string {
  return options
    .map(
      (o) =>
        `${o.value} = ${[o.label.fi ?? "", o.label.sv ?? "", o.label.en ?? ""].join(" | ").replace(/( \| )+$/, "")}`,
    )
    .join("\n");
}

export function textToOptions(text: string): { value: string; label: LocalText }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [value = "", labels = ""] = line.split(/\s*=\s*(.*)/s);
      const [fi, sv, en] = labels.split("|").map((s) => s.trim());
      return {
        value: value.trim(),
        label: { ...(fi ? { fi } : {}), ...(sv ? { sv } : {}), ...(en ? { en } : {}) },
      };
    });
}

/** The questions before page `p`, question `i`: what a condition may read. */
export function earlierQuestions(pages: readonly Page[], p: number, i: number): QuestionInput[] {
  return pages.flatMap((page, pi) =>
    pi < p ? page.questions : pi === p ? page.questions.slice(0, i) : [],
  );
}

type SimpleCondition = Extract<Condition, { question: string }>;

/**
 * The answers a condition on `question` may name, as choices for a select (the same values
 * `@kuulo/survey`'s check accepts); undefined when any number or text may be typed.
 */
export function conditionChoices(
  question: QuestionInput,
): { value: string; label: LocalText }[] | undefined {
  switch (question.type) {
    case "single":
    case "multiple":
    case "ranking": {
      const other = "other" in question && question.other;
      return [...question.options, ...(other ? [{ value: OTHER, label: OTHER_LABEL }] : [])];
    }
    case "municipality":
      return question.municipalities.length > 0
        ? question.municipalities.map((m) => ({ value: m, label: { fi: m } }))
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The condition after an edit in the picker: no question → no condition; a new question keeps
 * the operator but drops a value that question cannot have; "answered" takes no value; "at
 * least/at most" take a number.
 */
export function editCondition(
  current: SimpleCondition | undefined,
  patch: Partial<SimpleCondition>,
  earlier: readonly QuestionInput[],
): SimpleCondition | undefined {
  const questionId = patch.question ?? current?.question;
  const question = earlier.find((q) => q.id === questionId);
  if (!question) return undefined;
  const op = patch.op ?? current?.op ?? "is";
  let value = "value" in patch ? patch.value : current?.value;
  const choices = conditionChoices(question);
  if (choices && value !== undefined && !choices.some((c) => c.value === String(value)))
    value = undefined;
  if (choices && value === undefined && op !== "answered" && op !== "not_answered")
    value = choices[0]?.value;
  if (op === "answered" || op === "not_answered") value = undefined;
  else if ((op === "at_least" || op === "at_most") && value !== undefined) {
    const n = Number(value);
    value = value === "" || !Number.isFinite(n) ? undefined : n;
  }
  return { question: question.id, op, ...(value !== undefined ? { value } : {}) };
}

/** A number limit typed in the builder: empty removes it, anything else is kept as a number. */
export function withLimit<Q extends QuestionInput>(q: Q, key: string, raw: string): Q {
  const { [key]: _old, ...rest } = q as Record<string, unknown>;
  if (raw.trim() === "") return rest as Q;
  const n = Number(raw.replace(",", "."));
  return (Number.isFinite(n) ? { ...rest, [key]: n } : q) as Q;
}

/** The questions on pages before page `p`: what a page's condition may read. */
export function questionsBeforePage(pages: readonly Page[], p: number): QuestionInput[] {
  return pages.slice(0, p).flatMap((page) => page.questions);
}
