/**
 * Kuulo's one error type. Services throw AppError with a stable code; the HTTP layer turns
 * it into RFC 9457 problem+json. Codes never change meaning once published.
 */

export type ErrorCode =
  | "validation.failed"
  | "not_found"
  | "org.not_found"
  | "auth.required"
  | "auth.forbidden"
  | "auth.link_invalid"
  | "auth.link_expired"
  | "auth.link_used"
  | "auth.oidc_failed"
  | "csrf.failed"
  | "rate_limited"
  | "conflict"
  | "conversation.closed"
  | "conversation.upcoming"
  | "statement.not_found"
  | "statement.removed"
  | "statement.duplicate"
  | "statement.near_duplicate"
  | "statement.yours_pending"
  | "statement.pending_duplicate"
  | "statement.not_allowed"
  | "statement.queue_full"
  | "resident.xid_invalid"
  | "resident.xid_expired"
  | "kiosk.not_found"
  | "survey.closed"
  | "survey.answered"
  | "kiosk.ended"
  | "panel.quotas_infeasible"
  | "panel.seed_not_announced"
  | "payments.same_person"
  | "payload_too_large"
  | "headers_too_large"
  | "request_timeout"
  | "unsupported_media_type"
  | "unavailable"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  "validation.failed": 400,
  not_found: 404,
  "org.not_found": 404,
  "auth.required": 401,
  "auth.forbidden": 403,
  "auth.link_invalid": 400,
  "auth.link_expired": 410,
  "auth.link_used": 410,
  "auth.oidc_failed": 400,
  "csrf.failed": 403,
  rate_limited: 429,
  conflict: 409,
  "conversation.closed": 409,
  "conversation.upcoming": 409,
  "statement.not_found": 404,
  "statement.removed": 409,
  "statement.duplicate": 409,
  "statement.near_duplicate": 409,
  "statement.yours_pending": 409,
  "statement.pending_duplicate": 409,
  "statement.not_allowed": 409,
  "statement.queue_full": 429,
  "resident.xid_invalid": 400,
  "resident.xid_expired": 400,
  "kiosk.not_found": 404,
  "survey.closed": 409,
  "survey.answered": 409,
  "kiosk.ended": 410,
  "panel.quotas_infeasible": 422,
  "panel.seed_not_announced": 409,
  "payments.same_person": 403,
  payload_too_large: 413,
  headers_too_large: 431,
  request_timeout: 408,
  unsupported_media_type: 415,
  unavailable: 503,
  internal: 500,
};

const titleOf: Record<ErrorCode, string> = {
  "validation.failed": "The request is not valid",
  not_found: "Not found",
  "org.not_found": "No such organization",
  "auth.required": "Sign-in required",
  "auth.forbidden": "Not allowed",
  "auth.link_invalid": "The sign-in link is not valid",
  "auth.link_expired": "The sign-in link has expired",
  "auth.link_used": "The sign-in link has already been used",
  "auth.oidc_failed": "Single sign-on failed",
  "csrf.failed": "Missing or wrong CSRF token",
  rate_limited: "Too many requests",
  conflict: "Conflict",
  "conversation.closed": "The conversation has closed",
  "conversation.upcoming": "The conversation has not opened yet",
  "statement.not_found": "No such statement",
  "statement.removed": "The statement has been removed",
  "statement.duplicate": "The statement is already there",
  "statement.near_duplicate": "A very similar statement is already there",
  "statement.yours_pending": "You have already written this statement; it awaits moderation",
  "statement.pending_duplicate": "The same statement is already awaiting moderation",
  "statement.not_allowed": "Participants' statements are not taken",
  "statement.queue_full": "Too many statements are waiting for moderation",
  "resident.xid_invalid": "The participant id from the embedding site is not validly signed",
  "resident.xid_expired": "The participant id from the embedding site has expired",
  "kiosk.not_found": "No such kiosk for this conversation",
  "survey.closed": "The survey is not open for answers",
  "survey.answered": "This invitation has already been answered",
  "kiosk.ended": "The kiosk session has ended",
  "panel.quotas_infeasible": "No panel meets the quotas",
  "panel.seed_not_announced": "The seed has not been announced, or is not known yet",
  "payments.same_person": "The person who prepared a payment batch may not approve it",
  payload_too_large: "The request body is too large",
  headers_too_large: "The request headers are too large",
  request_timeout: "The request took too long to arrive",
  unsupported_media_type: "Unsupported media type",
  unavailable: "Service unavailable",
  internal: "Internal error",
};

/**
 * What is wrong with one field, as a stable code that clients word in the user's language
 * (`message` is the server's English wording of the same). Published codes never change meaning.
 */
export const FIELD_ERROR_CODES = [
  /** No value where one is needed (also an empty text where text is needed). */
  "required",
  /** A text longer than `params.max` characters. */
  "too_long",
  /** A text shorter than `params.min` characters. */
  "too_short",
  /** A number above `params.max`. */
  "too_large",
  /** A number below `params.min`. */
  "too_small",
  /** A list of more than `params.max` items. */
  "too_many",
  /** A list of fewer than `params.min` items. */
  "too_few",
  /** A text not in the form asked for (`params.format`: email, url, datetime, regex …). */
  "invalid_format",
  /** Not one of the values allowed (`params.values`, separated by commas, when known). */
  "invalid_value",
  /** A value of the wrong kind (text for a number, a fraction for a whole number …). */
  "invalid_type",
  /** A field the route does not take. */
  "unknown_field",
  /** The body is not JSON. */
  "invalid_json",
  /** A text holds NUL or another control character. */
  "control_character",
  /** An address the server will not call (not https, not on the public internet). */
  "address_not_allowed",
  /** An uploaded file cannot be read (`params.file`, `params.line`, `params.column`, `params.reason`). */
  "invalid_file",
  /** Anything else: `message` says what. */
  "invalid",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Every top-level problem code, for clients that word each one (the web app's test). */
export const ERROR_CODES = Object.keys(statusOf) as ErrorCode[];

export interface FieldError {
  /** Where the problem is, e.g. "body.email" or "body.name.fi". */
  path: string;
  message: string;
  /** Stable code of the problem; "invalid" when left out. */
  code?: FieldErrorCode;
  /** Values the code's wording needs, e.g. `{ max: 200 }`. */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    extra: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      /** What went wrong underneath: logged, never sent to the client. */
      cause?: unknown;
    } = {},
  ) {
    super(detail ?? titleOf[code], extra.cause === undefined ? undefined : { cause: extra.cause });
    this.code = code;
    this.status = statusOf[code];
    this.errors = extra.errors;
    this.headers = extra.headers;
  }

  get title(): string {
    return titleOf[this.code];
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: (FieldError & { code: FieldErrorCode })[];
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: `https://kuulo.fi/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.errors
      ? { errors: error.errors.map((e) => ({ ...e, code: e.code ?? "invalid" })) }
      : {}),
  };
}
