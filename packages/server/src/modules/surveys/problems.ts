import type { SurveyProblem } from "@kuulo/survey";
import { AppError, FIELD_ERROR_CODES, type FieldErrorCode } from "../../errors.js";

const FIELD_CODES = new Set<string>(FIELD_ERROR_CODES);

/** A problem of @kuulo/survey as a field error at `prefix.path` (e.g. body.definition.pages.0.id). */
function fieldError(problem: SurveyProblem, prefix: string) {
  const code: FieldErrorCode = FIELD_CODES.has(problem.code)
    ? (problem.code as FieldErrorCode)
    : "invalid";
  return {
    path: problem.path ? `${prefix}.${problem.path}` : prefix,
    code,
    message: problem.message,
    ...(problem.params ? { params: problem.params } : {}),
  };
}

/** 400 naming every problem by its path. */
export function problemsError(
  detail: string,
  problems: readonly SurveyProblem[],
  prefix: string,
): AppError {
  return new AppError("validation.failed", detail, {
    errors: problems.map((p) => fieldError(p, prefix)),
  });
}

/** JSON with object keys sorted (jsonb does not keep key order), for comparing definitions. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Whether two definitions say the same (a draft equal to the newest version publishes nothing). */
export const sameDefinition = (a: unknown, b: unknown) => canonical(a) === canonical(b);
