import type { TFunction } from "i18next";
import { ApiError } from "../api/problem.js";

/** A user-facing message for any error: the translated code, else the API's detail. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const key = `errors.codes.${error.code.replace(/\./g, "_")}`;
    const translated = t(key, { defaultValue: "" });
    if (translated) return translated;
    return error.problem.detail || error.problem.title || t("errors.generic");
  }
  return t("errors.generic");
}
