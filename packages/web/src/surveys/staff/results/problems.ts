import type { TFunction } from "i18next";
import { ApiError } from "../../../api/problem.js";

const REASONS = [
  "required",
  "invalid_type",
  "invalid_value",
  "too_small",
  "too_large",
  "too_many",
  "too_few",
  "too_long",
  "duplicate",
  "unknown_field",
  "unknown_question",
  "not_before",
  "hidden",
] as const;

export interface FileProblem {
  line?: number | string | undefined;
  column?: string | number | undefined;
  header?: string | number | undefined;
  value?: string | number | undefined;
  reason?: string | number | undefined;
  message: string;
}

/** A file problem (line, column, value, @kuulo/survey's code) in the user's language. */
export function describeProblem(p: FileProblem, rt: TFunction<"surveyResults">): string {
  if (p.line === undefined) return rt("import.fileProblem", { message: p.message });
  const known = (REASONS as readonly unknown[]).includes(p.reason);
  return rt("import.problem", {
    line: p.line,
    column: p.column ?? "",
    header: p.header ?? "",
    value: p.value ?? "",
    reason: known ? rt(`import.reasons.${p.reason as (typeof REASONS)[number]}`) : p.message,
  });
}

/** The file problems of a 400 from the import routes (errors at body.file with params). */
export function fileProblems(error: unknown): FileProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.problem.errors
    .filter((e) => e.path === "body.file")
    .map((e) => ({ ...(e.params ?? {}), message: e.message }));
}
