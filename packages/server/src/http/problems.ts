import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isConnectionLoss } from "../db/connection-loss.js";
import { AppError, type FieldError, toProblem } from "../errors.js";

/** Every error leaves the API as RFC 9457 problem+json with a stable code. */

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  return reply
    .status(error.status)
    .type("application/problem+json; charset=utf-8")
    .send(toProblem(error, request.url.split("?")[0]));
}

function fieldErrors(error: FastifyError & { validationContext?: string }): FieldError[] {
  const context = error.validationContext ?? "body";
  return (error.validation ?? []).map((issue) => {
    const segments = issue.instancePath.split("/").filter((part) => part.length > 0);
    const base = [context, ...segments].join(".");
    const params = issue.params as { keys?: string[]; issue?: { keys?: string[] } } | undefined;
    const keys = params?.keys ?? params?.issue?.keys;
    if (keys && keys.length > 0) {
      return {
        path: `${base}.${keys[0]}`,
        message: `unknown field${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}`,
      };
    }
    return { path: base, message: issue.message ?? "is not valid" };
  });
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

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fromDatabase = databaseInputError(error);
  if (fromDatabase) return fromDatabase;
  const e = error as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(e) || e.validation) {
    const errors = fieldErrors(e);
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
        errors: [{ path: "body", message: "is not valid JSON" }],
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
    const appError = toAppError(error);
    if (appError.code === "unavailable") request.log.warn({ err: error }, appError.message);
    else if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    // A database refusal that validation at the edge should have caught first.
    else if (!(error instanceof AppError) && databaseInputError(error))
      request.log.warn({ err: error }, "database refused a value: validate it at the edge");
    else request.log.info({ code: appError.code }, appError.message);
    return sendProblem(reply, request, appError);
  });
}
