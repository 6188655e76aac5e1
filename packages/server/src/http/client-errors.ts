import type { Socket } from "node:net";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, toProblem } from "../errors.js";
import { sendProblem } from "./problems.js";

/**
 * Errors that Fastify or Node's HTTP parser answer before any route or error handler runs,
 * answered as problem+json like every other error: a bad percent-encoding in the path
 * (`/api/orgs/%zz`), an over-long path parameter, and (on the raw socket) headers that are too
 * large (431), a request that takes too long to arrive (408) or a malformed request (400).
 */

/** Fastify's `frameworkErrors` option. */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const appError =
    error.code === "FST_ERR_BAD_URL"
      ? new AppError("validation.failed", "The path is not valid: a %-escape is malformed.", {
          errors: [{ path: "url", message: "has a malformed %-escape", code: "invalid_format" }],
        })
      : error.code === "FST_ERR_MAX_PARAM_LENGTH"
        ? new AppError("validation.failed", "A path parameter is too long.", {
            errors: [{ path: "params", message: "is too long", code: "too_long" }],
          })
        : new AppError("validation.failed", error.message);
  request.log.info({ code: error.code }, appError.message);
  void sendProblem(reply, request, appError);
}

function appErrorOfClientError(error: NodeJS.ErrnoException): AppError {
  if (error.code === "HPE_HEADER_OVERFLOW") return new AppError("headers_too_large");
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return new AppError("request_timeout");
  return new AppError("validation.failed", "The HTTP request is malformed.");
}

/** Fastify's `clientErrorHandler` option: answers on the raw socket, then closes it. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (socket.writable) {
    const appError = appErrorOfClientError(error);
    const body = JSON.stringify(toProblem(appError));
    socket.write(
      `HTTP/1.1 ${appError.status} ${appError.title}\r\n` +
        "Content-Type: application/problem+json; charset=utf-8\r\n" +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        "Connection: close\r\n\r\n" +
        body,
    );
  }
  socket.destroy(error);
}
