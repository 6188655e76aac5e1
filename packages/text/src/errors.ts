/** Stable error codes of @kuulo/text. */
export type TextErrorCode =
  | "CSV_UNTERMINATED_QUOTE"
  | "CSV_BAD_QUOTE"
  | "CSV_NO_HEADER"
  | "CSV_MISSING_COLUMN"
  | "CSV_FIELD_COUNT"
  | "BAD_OPTION"
  | "EMPTY_INPUT"
  | "THEME_NOT_FOUND"
  | "LLM_FAILED"
  | "WORKER_FAILED";

/** The one error class of the package: `code` is stable, `message` says what and where. */
export class TextError extends Error {
  override name = "TextError";
  readonly code: TextErrorCode;
  constructor(code: TextErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
