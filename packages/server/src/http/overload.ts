import type { onRequestHookHandler } from "fastify";
import { AppError } from "../errors.js";

/**
 * Load shedding by event-loop lag. When this process's event loop runs late, every request it
 * takes in waits behind the work already queued, refusals included: a benchmark offering
 * 2,000 votes/s to a 2-core machine saw refused votes answered after ~2 s and others time out.
 * While the loop is more than `thresholdMs` late, the guarded routes (residents' writes) are
 * refused in `onRequest`, before their body is parsed and without any database work, with 503
 * problem+json and `Retry-After: 1`; the loop then serves what it already took in.
 */

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
