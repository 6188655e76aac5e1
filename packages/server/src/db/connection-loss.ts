/**
 * Errors that mean "the database is not reachable right now" rather than "this request is wrong":
 * a lost or refused connection, a server shutting down, restarting or refusing connections. The
 * HTTP layer answers them 503 with Retry-After; workers log them and try again later.
 */

/** SQLSTATEs of an unavailable server: class 08 (connection exception) is matched by prefix. */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown (also pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down, in recovery)
  "53300", // too_many_connections
]);

const UNAVAILABLE_ERRNOS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** Messages of node-postgres and pg-pool for a connection that broke or could not be made. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Connection terminated due to connection timeout/,
  /^The database did not answer within/,
];

/** True when `error`, or an error it was caused by, says the database is unreachable. */
export function isConnectionLoss(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string") {
      if (code.startsWith("08") && code.length === 5) return true;
      if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)) return true;
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) {
      return true;
    }
    e = cause;
  }
  return false;
}
