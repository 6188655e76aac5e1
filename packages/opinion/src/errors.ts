/** Stable error codes of @kuulo/opinion. */
export type OpinionErrorCode =
  | "INVALID_VOTE"
  | "INVALID_OPTION"
  | "INVALID_STATE"
  | "CSV_SYNTAX"
  | "CSV_MISSING_COLUMN"
  | "CSV_BAD_VALUE"
  | "SEGMENTS_INVALID";

export interface OpinionErrorWhere {
  file?: string;
  line?: number;
  column?: string;
}

/** The one error class of the package: a stable `code` plus a message that says what and where. */
export class OpinionError extends Error {
  override name = "OpinionError";
  readonly code: OpinionErrorCode;
  readonly where: OpinionErrorWhere;

  constructor(code: OpinionErrorCode, message: string, where: OpinionErrorWhere = {}) {
    const place = [
      where.file,
      where.line === undefined ? undefined : `line ${where.line}`,
      where.column === undefined ? undefined : `column "${where.column}"`,
    ]
      .filter((part) => part !== undefined)
      .join(", ");
    super(place ? `${place}: ${message}` : message);
    this.code = code;
    this.where = where;
  }
}
