/** What stops a whole extract from being read (row problems are reported, not thrown). */
export type DvvErrorCode =
  /** The mapping file is not valid (message says what). */
  | "BAD_MAPPING"
  /** The bytes are not in the encoding given, or in none that is read. */
  | "ENCODING"
  /** A column the mapping names is not in the header. */
  | "MISSING_COLUMN"
  /** The CSV syntax is broken (an unclosed quote, …) or the file is empty. */
  | "BAD_CSV";

export class DvvError extends Error {
  override name = "DvvError";
  constructor(
    readonly code: DvvErrorCode,
    message: string,
    /** 1-based line, when the problem has one. */
    readonly line?: number,
  ) {
    super(message);
  }
}
