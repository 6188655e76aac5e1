import type { TFunction } from "i18next";
import { ApiError, type FieldProblem } from "../api/problem.js";

/**
 * Texts for the API's problems, in the user's language, from the problem's stable codes; the
 * server's English `detail` and `message` are never shown. `errors.codes.*` has a text for
 * every top-level code and `errors.fields.*` for every field code the server has
 * (scripts/error-codes.test.ts compares them with the server's lists).
 */

/** A user-facing message for any error: the translated code, else a general one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const key = `errors.codes.${error.code.replace(/\./g, "_")}`;
    const translated = t(key, { defaultValue: "" });
    if (translated) return translated;
  }
  return t("errors.generic");
}

/** The bound a field code's text needs; without it the text would be wrong. */
const BOUND: Record<string, "max" | "min"> = {
  too_long: "max",
  too_large: "max",
  too_many: "max",
  too_short: "min",
  too_small: "min",
  too_few: "min",
};

/** What is wrong with one field, in the user's language. */
export function fieldMessage(field: FieldProblem, t: TFunction): string {
  const fallback = t("errors.fields.invalid");
  const { code, params } = field;
  if (code === "invalid_file") return fileMessage(params, t);
  if (code === "invalid_format" && typeof params.format === "string") {
    const text = t(`errors.formats.${params.format}`, { defaultValue: "" });
    if (text) return text;
  }
  const bound = BOUND[code];
  if (bound && params[bound] === undefined) return fallback;
  return t(`errors.fields.${code}`, { ...params, defaultValue: fallback });
}

/** "votes.csv, rivi 3, sarake comment-id: arvo ei kelpaa." */
function fileMessage(params: Record<string, string | number>, t: TFunction): string {
  const place = [
    params.file === undefined ? "" : String(params.file),
    params.line === undefined ? "" : t("errors.file.line", { line: params.line }),
    params.column === undefined ? "" : t("errors.file.column", { column: params.column }),
  ].filter((part) => part !== "");
  const reason = t(`errors.file.reasons.${params.reason}`, {
    defaultValue: t("errors.file.reasons.other"),
  });
  return place.length > 0 ? `${place.join(", ")}: ${reason}` : reason;
}
