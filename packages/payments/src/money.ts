// Money as integer cents, and percentages as integer hundredths of a percent (basis points):
// no floating-point arithmetic on amounts anywhere.

export class PaymentsError extends Error {
  override name = "PaymentsError";
}

/** Throws unless `cents` is a safe integer ≥ 0. `what` names the value in the message. */
export function checkCents(cents: number, what: string): number {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new PaymentsError(`${what}: ${cents} is not a whole number of cents ≥ 0`);
  }
  return cents;
}

/**
 * A percentage with at most two decimals (e.g. 12.5 from a tax card) as basis points (1250).
 * Throws for more decimals, negatives or over 100 %.
 */
export function basisPoints(percent: number, what: string): number {
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(bp - percent * 100) > 1e-6 || bp < 0 || bp > 10_000) {
    throw new PaymentsError(`${what}: ${percent} is not a percentage 0–100 with ≤ 2 decimals`);
  }
  return bp;
}

/** cents × bp / 10 000, rounded half up to a whole cent (integer arithmetic). */
export function percentOf(cents: number, bp: number): number {
  const product = BigInt(cents) * BigInt(bp);
  return Number((product + 5000n) / 10_000n);
}

/** "1234.50" (a dot, two decimals; what pain.001 and the CSV reports write). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Euros as written by people: "12", "12.5", "12,50", "1 234,50" (spaces as thousands
 * separators). null when the text is not such an amount (negative, more than two decimals,
 * letters, a currency sign).
 */
export function parseEuros(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  const m = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}
