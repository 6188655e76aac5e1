import type { IncomingMessage, ServerResponse } from "node:http";
import type { onRequestHookHandler } from "fastify";
import { AppError, toProblem } from "../errors.js";

/**
 * Load shedding by event-loop lag. When this process's event loop runs late, every request it
 * takes in waits behind the work already queued, refusals included: a benchmark offering
 * 2,000 votes/s to a 2-core machine saw refused votes answered after ~2 s and others time out.
 * While the loop is more than `thresholdMs` late, the guarded routes (residents' writes) are
 * refused in `onRequest`, before their body is parsed and without any database work, with 503
 * problem+json and `Retry-After: 1`; the loop then serves what it already took in.
 *
 * The front door (`createFrontDoor`) refuses them earlier still: in the HTTP server's own
 * request listener, before Fastify builds a request, runs hooks, routes or logs. A refusal
 * there costs a small fraction of a vote's CPU, so that a process offered twice its capacity
 * spends its time on the votes it takes, not on turning the others away. It also bounds the
 * queue: beyond `maxInProcess` guarded requests taken in and not yet answered, the next ones
 * are refused there too, so that the excess is answered within milliseconds and the requests
 * taken in do not wait behind an ever longer line.
 */

declare module "fastify" {
  interface FastifyContextConfig {
    /** Refused at the front door (503, Retry-After) while the event loop runs late. */
    shedUnderLoad?: boolean;
  }
}

/** How late this process's event loop runs, in milliseconds. */
export interface LagSource {
  lagMs: () => number;
  stop: () => void;
}

/**
 * A timer every `intervalMs` measures how late it fires. The lag is the latest such sample, or
 * how overdue the next firing is right now when that is more: a long tick (many requests or a
 * blocking computation) is seen by the requests handled in it, not only after it ends.
 */
export function eventLoopLag(options: { intervalMs?: number } = {}): LagSource {
  const intervalMs = options.intervalMs ?? 10;
  let expected = performance.now() + intervalMs;
  let latest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    latest = Math.max(0, now - expected);
    expected = now + intervalMs;
  }, intervalMs);
  timer.unref();
  return {
    lagMs: () => Math.max(latest, performance.now() - expected),
    stop: () => clearInterval(timer),
  };
}

export interface OverloadGuard {
  /** True while the event loop is later than the threshold: new guarded requests are refused. */
  shedding: () => boolean;
  /** An `onRequest` hook that refuses the request while shedding. */
  onRequest: onRequestHookHandler;
}

export function busy(retryAfterSeconds = 1): AppError {
  return new AppError("unavailable", "Kuulo is very busy at the moment. Try again in a moment.", {
    headers: { "retry-after": String(retryAfterSeconds) },
  });
}

export function createOverloadGuard(options: {
  lag: LagSource;
  thresholdMs: number;
}): OverloadGuard {
  const shedding = () => options.lag.lagMs() > options.thresholdMs;
  return {
    shedding,
    onRequest: (_request, _reply, done) => done(shedding() ? busy(1) : undefined),
  };
}

/** What the front door needs of a route: its method and URL pattern (`/api/p/c/:publicId/votes`). */
export interface GuardedRoute {
  method: string | string[];
  url: string;
}

export interface FrontDoor {
  /** Refuses this request too while shedding (routes with `config.shedUnderLoad`). */
  guard: (route: GuardedRoute) => void;
  /** Answers 503 and returns true when the request is to be refused; else returns false. */
  refuse: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** Requests refused at the front door since the process started. */
  refused: () => number;
  /** Guarded requests taken in and not yet answered. */
  inProcess: () => number;
}

/** `/api/p/c/:publicId/votes` → a regular expression matching the path (no query string). */
function pathPattern(url: string): RegExp {
  const parts = url
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${parts.join("/")}/?$`);
}

export function createFrontDoor(options: {
  shedding: () => boolean;
  /**
   * At most this many guarded requests in process at once (taken in, not yet answered); more
   * are refused here. This bounds the queue: a process offered more than it can do answers the
   * excess at once instead of letting every request wait longer.
   */
  maxInProcess?: number;
  retryAfterSeconds?: number;
}): FrontDoor {
  const routes: { methods: Set<string>; path: RegExp }[] = [];
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const problem = busy(options.retryAfterSeconds ?? 1);
  const maxInProcess = options.maxInProcess ?? Number.POSITIVE_INFINITY;
  let refused = 0;
  let inProcess = 0;
  const answered = () => {
    inProcess--;
  };
  return {
    guard: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      routes.push({ methods: new Set(methods), path: pathPattern(route.url) });
    },
    refuse: (request, response) => {
      if (routes.length === 0) return false;
      const url = request.url ?? "";
      const query = url.indexOf("?");
      const path = query === -1 ? url : url.slice(0, query);
      const method = request.method ?? "";
      if (!routes.some((r) => r.methods.has(method) && r.path.test(path))) return false;
      if (inProcess < maxInProcess && !options.shedding()) {
        inProcess++;
        response.once("close", answered);
        return false;
      }
      refused++;
      const body = JSON.stringify(toProblem(problem, path));
      response.writeHead(problem.status, {
        "content-type": "application/problem+json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "retry-after": retryAfter,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end(body);
      return true;
    },
    refused: () => refused,
    inProcess: () => inProcess,
  };
}
