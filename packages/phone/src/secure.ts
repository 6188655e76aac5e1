// Checking webhook secrets without leaking them through timing, and the keys that make a
// provider's retried callback count once.
import { createHash, timingSafeEqual } from "node:crypto";

/** Whether two secrets are equal, in time independent of where they differ (or their lengths). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

export type Provider = "46elks" | "twilio";

/**
 * The idempotency key of a keypad callback: the provider's call id and the turn the callback
 * URL carries (`CallState.turn` when the action was given). A retry of the same callback has
 * the same key, so the server stores its input once and answers with the current action.
 */
export function callbackKey(provider: Provider, callId: string, turn: number | string): string {
  return `${provider}:${callId}:${turn}`;
}
