/** Where a problem is: a question (and row of a grid), a page, or a line and column of a file. */
export interface SurveyProblem {
  /** Dotted path into the definition or the answers, e.g. `pages.0.questions.2.options` or `answers.q3`. */
  path: string;
  /** A stable code the server maps to its field-error codes and the web to its texts. */
  code: SurveyProblemCode;
  /** In plain English, for logs and the CLI; the web words it in the user's language. */
  message: string;
  params?: Record<string, string | number>;
}

export type SurveyProblemCode =
  | "required"
  | "invalid_type"
  | "invalid_value"
  | "too_small"
  | "too_large"
  | "too_many"
  | "too_few"
  | "too_long"
  | "duplicate"
  | "unknown_field"
  | "unknown_question"
  | "not_before"
  | "hidden";

/** A definition or file that cannot be used; `problems` names every place. */
export class SurveyError extends Error {
  override name = "SurveyError";
  constructor(
    message: string,
    readonly problems: SurveyProblem[] = [],
  ) {
    super(message);
  }
}
