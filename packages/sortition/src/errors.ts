/** Stable error codes of @kuulo/sortition. */
export type SortitionErrorCode =
  | "BAD_CSV"
  | "BAD_HEADER"
  | "BAD_NUMBER"
  | "BAD_QUOTA"
  | "DUPLICATE_QUOTA"
  | "DUPLICATE_ID"
  | "MISSING_COLUMN"
  | "MISSING_VALUE"
  | "UNKNOWN_VALUE"
  | "UNKNOWN_PERSON"
  | "QUOTAS_DONT_SUM"
  | "BAD_K"
  | "INFEASIBLE_QUOTAS"
  | "SOLVER_FAILED"
  | "LEGACY_FAILED"
  | "BAD_ARGUMENT";

/** Where in an input file something is: 1-based line (header = line 1) and column name. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: string;
}

/** The one error class of the package: a stable `code`, a message that says what and where. */
export class SortitionError extends Error {
  override name = "SortitionError";
  readonly code: SortitionErrorCode;
  readonly location: SourceLocation | undefined;
  readonly details: unknown;

  constructor(options: {
    code: SortitionErrorCode;
    message: string;
    location?: SourceLocation;
    details?: unknown;
  }) {
    super(withLocation(options.message, options.location));
    this.code = options.code;
    this.location = options.location;
    this.details = options.details;
  }
}

/** "file line 3, column 'gender': message" — the location prefix used by every error. */
export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "";
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.column !== undefined) parts.push(`column '${location.column}'`);
  return parts.join(", ");
}

function withLocation(message: string, location: SourceLocation | undefined): string {
  const where = formatLocation(location);
  return where ? `${where}: ${message}` : message;
}
