import type { FastifyRequest } from "fastify";
import pino, { type DestinationStream, type LoggerOptions } from "pino";

/**
 * What Kuulo's logs may hold. Logs are kept longer and read more widely than the database, so
 * they carry no personal data and no secrets:
 * - no query strings: invitation tokens (`?t=`), sign-in tokens (`?token=`), return paths and
 *   anything else in a URL's query are cut off;
 * - no email addresses, in messages or errors (replaced by "[email]");
 * - no client address on residents' routes (a vote's time must not be joinable with an
 *   address), and elsewhere only its network (/24 for IPv4, /48 for IPv6).
 */

const EMAIL = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[a-z]{2,}/gi;

export function scrubEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}

/**
 * Residents' API and pages: `/api/p/…` and `/:slug/c/:publicId` (conversations), a survey's
 * answering (`/api/orgs/:slug/s/…`, `/:slug/s/…`), and panelists' own routes
 * (`/api/orgs/:slug/panelists/…`).
 */
export function isResidentPath(path: string): boolean {
  return (
    path.startsWith("/api/p/") ||
    /^\/[^/]+\/[cs]\/[^/]+/.test(path) ||
    /^\/api\/orgs\/[^/]+\/(s|panelists)\//.test(path)
  );
}

/** The network of a client address: 203.0.113.0/24, 2001:db8:1::/48. */
export function truncateAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (address.includes(":")) {
    const [head = ""] = address.split("::");
    const groups = head.split(":").filter((g) => g.length > 0);
    while (groups.length < 3) groups.push("0");
    return `${groups.slice(0, 3).join(":")}::/48`;
  }
  return undefined;
}

function serializeRequest(request: FastifyRequest) {
  const path = (request.url ?? "").split("?")[0] ?? "";
  return {
    method: request.method,
    url: path,
    ...(isResidentPath(path) ? {} : { remoteAddress: truncateAddress(request.ip) }),
  };
}

function serializeError(error: Error) {
  const out = pino.stdSerializers.err(error);
  if (typeof out.message === "string") out.message = scrubEmails(out.message);
  if (typeof out.stack === "string") out.stack = scrubEmails(out.stack);
  return out;
}

function scrubValues(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    out[key] = typeof value === "string" ? scrubEmails(value) : value;
  }
  return out;
}

/** Fastify's logger options; `stream` lets tests read what is logged. */
export function loggerOptions(options: {
  level: string;
  stream?: DestinationStream | undefined;
}): LoggerOptions & { stream?: DestinationStream } {
  return {
    level: options.level,
    redact: [
      "req.headers.cookie",
      "req.headers.authorization",
      'req.headers["x-kuulo-resident"]',
      'req.headers["x-csrf-token"]',
    ],
    serializers: {
      req: serializeRequest as (request: unknown) => object,
      err: serializeError,
    },
    formatters: { log: scrubValues },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? scrubEmails(a) : a));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    ...(options.stream ? { stream: options.stream } : {}),
  };
}
