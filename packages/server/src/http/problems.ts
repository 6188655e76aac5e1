import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isConnectionLoss } from "../db/connection-loss.js";
import { AppError, type FieldError, type FieldErrorCode, toProblem } from "../errors.js";

/** Every error leaves the API as RFC 9457 problem+json with a stable code. */

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  return reply
    .status(error.status)
    .type("application/problem+json; charset=utf-8")
    .send(toProblem(error, request.url.split("?")[0]));
}

/** The value a validation issue is about, to tell a missing value from a wrong one. */
export type ValueAt = (context: string, segments: string[]) => unknown;

/** What a zod issue (or one of Fastify's own schema errors) is about, as a stable field code. */
export function fieldCodeOf(
  keyword: string,
  params: Record<string, unknown>,
  value: unknown,
): Pick<FieldError, "code" | "params"> {
  const origin = params.origin;
  const bound = (name: "maximum" | "minimum", key: "max" | "min") =>
    typeof params[name] === "number" || typeof params[name] === "bigint"
      ? { [key]: Number(params[name]) }
      : undefined;
  const withParams = (code: FieldErrorCode, extra?: Record<string, string | number>) =>
    extra ? { code, params: extra } : { code };
  switch (keyword) {
    case "too_big": {
      const max = bound("maximum", "max");
      if (origin === "string") return withParams("too_long", max);
      if (origin === "array" || origin === "set") return withParams("too_many", max);
      return withParams("too_large", max);
    }
    case "too_small": {
      const min = bound("minimum", "min");
      if (origin === "string")
        return min?.min === 1 || value === "" ? { code: "required" } : withParams("too_short", min);
      if (origin === "array" || origin === "set") return withParams("too_few", min);
      return withParams("too_small", min);
    }
    case "invalid_format":
      return withParams(
        "invalid_format",
        typeof params.format === "string" ? { format: params.format } : undefined,
      );
    case "invalid_value":
    case "enum": {
      const values = Array.isArray(params.values)
        ? params.values
        : Array.isArray(params.allowedValues)
          ? params.allowedValues
          : undefined;
      return withParams("invalid_value", values ? { values: values.join(",") } : undefined);
    }
    case "invalid_type":
    case "type":
      return { code: value === undefined ? "required" : "invalid_type" };
    case "required":
      return { code: "required" };
    case "maxLength":
      return withParams(
        "too_long",
        typeof params.limit === "number" ? { max: params.limit } : undefined,
      );
    case "minLength":
      return params.limit === 1 || value === ""
        ? { code: "required" }
        : withParams(
            "too_short",
            typeof params.limit === "number" ? { min: params.limit } : undefined,
          );
    case "format":
    case "pattern":
      return { code: "invalid_format" };
    default:
      return { code: "invalid" };
  }
}

function fieldErrors(
  error: FastifyError & { validationContext?: string },
  valueAt: ValueAt = () => null,
): FieldError[] {
  const context = error.validationContext ?? "body";
  return (error.validation ?? []).map((issue) => {
    const segments = issue.instancePath.split("/").filter((part) => part.length > 0);
    const base = [context, ...segments].join(".");
    const params = (issue.params ?? {}) as Record<string, unknown> & {
      keys?: string[];
      issue?: { keys?: string[] };
      missingProperty?: string;
    };
    const keys = params.keys ?? params.issue?.keys;
    if (keys && keys.length > 0) {
      return {
        path: `${base}.${keys[0]}`,
        message: `unknown field${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}`,
        code: "unknown_field",
      };
    }
    const value = valueAt(context, segments);
    return {
      path: base,
      message: issue.message ?? "is not valid",
      ...fieldCodeOf(issue.keyword, params, value),
    };
  });
}

/** The value at a path of the request's body, query, path parameters or headers. */
export function requestValueAt(request: FastifyRequest): ValueAt {
  return (context, segments) => {
    const root: unknown =
      context === "body"
        ? request.body
        : context === "querystring"
          ? request.query
          : context === "params"
            ? request.params
            : context === "headers"
              ? request.headers
              : undefined;
    let current = root;
    for (const segment of segments) {
      if (current === null || typeof current !== "object") return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

/**
 * PostgreSQL errors caused by a value the client sent (a backstop: validation at the edge
 * should refuse these values first). The driver's error may be wrapped (Drizzle's `cause`).
 */
const DATABASE_INPUT_ERRORS: Record<string, string> = {
  "22P05": "A text value holds a character that cannot be stored.",
  "22021": "A text value holds a character that cannot be stored.",
  "22003": "A number is out of range.",
  "22008": "A date or time is out of range.",
  "22007": "A date or time is not valid.",
  "22P02": "A value has the wrong form.",
};

function databaseInputError(error: unknown): AppError | undefined {
  let current = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = typeof current.code === "string" ? current.code : undefined;
    const message = code ? DATABASE_INPUT_ERRORS[code] : undefined;
    if (message) return new AppError("validation.failed", message);
    current = current.cause as typeof current;
  }
  return undefined;
}

/**
 * Any error as an AppError. `valueAt` reads the request's values, so that a validation issue
 * about a missing value is coded `required` (zod reports it as a wrong type).
 */
export function toAppError(error: unknown, valueAt?: ValueAt): AppError {
  if (error instanceof AppError) return error;
  const fromDatabase = databaseInputError(error);
  if (fromDatabase) return fromDatabase;
  const e = error as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(e) || e.validation) {
    const errors = fieldErrors(e, valueAt);
    const detail = errors.map((f) => `${f.path}: ${f.message}`).join("; ");
    return new AppError("validation.failed", detail || "The request is not valid.", { errors });
  }
  switch (e.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError(
        "payload_too_large",
        "The request body is larger than the server accepts.",
      );
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("validation.failed", `The body is not valid JSON: ${e.message}`, {
        errors: [{ path: "body", message: "is not valid JSON", code: "invalid_json" }],
      });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type", e.message);
    default:
      break;
  }
  if (isConnectionLoss(error)) return databaseUnavailable();
  if (e.statusCode === 413) return new AppError("payload_too_large");
  if (e.statusCode === 415) return new AppError("unsupported_media_type", e.message);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError("validation.failed", e.message);
  }
  return new AppError("internal", "Something went wrong on the server. The error has been logged.");
}

/** Seconds a client is asked to wait while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The database is unreachable (restart, failover, lost connection): 503 with Retry-After. The
 * request is not acknowledged; a transaction it began either rolled back or (when only the answer
 * to its commit was lost) committed whole, so repeating it is safe where the API is idempotent
 * (votes are, by requestId).
 */
export function databaseUnavailable(): AppError {
  return new AppError(
    "unavailable",
    "The database cannot be reached at the moment. Try again in a few seconds.",
    { headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } },
  );
}

export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error, requestValueAt(request));
    if (appError.code === "unavailable") request.log.warn({ err: error }, appError.message);
    else if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    // A database refusal that validation at the edge should have caught first.
    else if (!(error instanceof AppError) && databaseInputError(error))
      request.log.warn({ err: error }, "database refused a value: validate it at the edge");
    else request.log.info({ code: appError.code }, appError.message);
    return sendProblem(reply, request, appError);
  });
}
