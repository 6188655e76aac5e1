/** What stops letters from being made: a bad template, a text that does not fit, bad input. */
export type LettersErrorCode =
  /** The template JSON is not valid (the message names the field). */
  | "BAD_TEMPLATE"
  /** A text does not fit on its page. */
  | "TOO_LONG"
  /** A letter's data is not usable (e.g. an invalid sign-up code). */
  | "BAD_LETTER";

export class LettersError extends Error {
  override name = "LettersError";
  constructor(
    readonly code: LettersErrorCode,
    message: string,
    /** The template field or letter the message is about, e.g. "texts.sv.body". */
    readonly field?: string,
  ) {
    super(message);
  }
}
