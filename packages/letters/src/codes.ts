// Personal sign-up codes: 8 characters from a 31-character alphabet without 0 O 1 I L, shown
// as ABCD-EFGH. Seven are random (crypto), the eighth is a check character: the weighted sum
// Σ i·value(i) over the 8 positions is 0 modulo 31. 31 is prime and the weights 1–8 are
// distinct, so any single wrong character and any two swapped characters are caught.
import { randomInt } from "node:crypto";

/** Digits 2–9 and the letters without I, L and O: 31 characters. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const BASE = CODE_ALPHABET.length; // 31, a prime
export const CODE_LENGTH = 8;

/**
 * Characters people type for one in the alphabet. 0/O are read from a printed Q or D; 1, I, L
 * and | from a J, T or 7. Each is tried, and kept only when exactly one choice passes the check.
 */
const LOOKALIKES: Record<string, string> = {
  "0": "DQ",
  O: "DQ",
  "1": "J7T",
  I: "J7T",
  L: "J7T",
  "|": "J7T",
};

function weightedSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(chars[i]!);
  return sum % BASE;
}

/** The check character for 7 code characters. */
export function codeCheckCharacter(body: string): string {
  if (body.length !== CODE_LENGTH - 1 || [...body].some((c) => !CODE_ALPHABET.includes(c)))
    throw new RangeError(`a code body is ${CODE_LENGTH - 1} characters of ${CODE_ALPHABET}`);
  // Find c with (Σ + 8·c) ≡ 0 (mod 31): 8 has the inverse 4 (8·4 = 32 ≡ 1).
  const value = (((BASE - weightedSum(body)) % BASE) * 4) % BASE;
  return CODE_ALPHABET[value]!;
}

/** ABCD-EFGH. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A new code, formatted ABCD-EFGH. `random(n)` gives an integer 0 ≤ r < n (default crypto). */
export function generateCode(random: (n: number) => number = randomInt): string {
  let body = "";
  for (let i = 0; i < CODE_LENGTH - 1; i++) body += CODE_ALPHABET[random(BASE)];
  return formatCode(body + codeCheckCharacter(body));
}

/** `count` different codes. */
export function generateCodes(count: number, random?: (n: number) => number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateCode(random));
  return [...codes];
}

/** A well-formed code with a right check character (formatted or not, any case). */
export function isValidCode(text: string): boolean {
  const result = normaliseCode(text);
  return result.ok && !result.corrected;
}

export type NormalisedCode =
  /** `code` formatted ABCD-EFGH; `corrected` when a look-alike (0, O, 1, I, L) was replaced. */
  | { ok: true; code: string; corrected: boolean }
  | { ok: false; reason: "length" | "character" | "check"; message: string };

/**
 * What a person typed → the code: any case; spaces, dashes, dots and underscores dropped;
 * a look-alike character (0, O, 1, I, L) replaced when exactly one reading passes the check.
 * A wrong check means a typo (or a made-up code).
 */
export function normaliseCode(typed: string): NormalisedCode {
  const chars = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, "");
  if (chars.length !== CODE_LENGTH)
    return {
      ok: false,
      reason: "length",
      message: `a code has ${CODE_LENGTH} characters, got ${chars.length}`,
    };
  const bad = [...chars].find((c) => !CODE_ALPHABET.includes(c) && !(c in LOOKALIKES));
  if (bad !== undefined)
    return { ok: false, reason: "character", message: `"${bad}" is not in any code` };
  // Every reading of the look-alikes (at most 3^8 when all are look-alikes; usually one).
  let readings = [""];
  for (const c of chars) {
    const options = LOOKALIKES[c] ?? c;
    readings = readings.flatMap((r) => [...options].map((o) => r + o));
  }
  const passing = readings.filter((r) => weightedSum(r) === 0);
  if (passing.length !== 1)
    return {
      ok: false,
      reason: "check",
      message: "the code is not right: check each character (there is a typo)",
    };
  return { ok: true, code: formatCode(passing[0]!), corrected: passing[0] !== chars };
}
