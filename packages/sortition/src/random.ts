import { SortitionError } from "./errors.js";
import { sha256Words } from "./sha256.js";

/** A deterministic random stream. */
export interface Random {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform number in [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** A uniform integer in [0, n), without modulo bias (rejection sampling). */
  nextInt(n: number): number;
}

/**
 * The documented PRNG of every draw: SHA-256 in counter mode. Block j is
 * SHA-256(UTF-8 of `kuulo-sortition-v1|<purpose>|<seed>|<j>`) and its eight big-endian
 * words are used in order. Anyone can recompute a draw from the recorded seed, which may
 * be any text, e.g. a lottery number announced in advance.
 */
export function seededRandom(options: { seed: string; purpose: string }): Random {
  const encoder = new TextEncoder();
  let block = 0;
  let words: Uint32Array = new Uint32Array(0);
  let used = 0;
  const nextUint32 = () => {
    if (used >= words.length) {
      words = sha256Words(
        encoder.encode(`kuulo-sortition-v1|${options.purpose}|${options.seed}|${block}`),
      );
      block++;
      used = 0;
    }
    return words[used++]!;
  };
  return {
    nextUint32,
    nextFloat() {
      const high = nextUint32() >>> 5;
      const low = nextUint32() >>> 6;
      return (high * 2 ** 26 + low) / 2 ** 53;
    },
    nextInt(n) {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) {
        throw new SortitionError({
          code: "BAD_ARGUMENT",
          message: `nextInt needs a whole number 1..2^32, got ${n}`,
        });
      }
      const limit = Math.floor(2 ** 32 / n) * n;
      for (;;) {
        const u = nextUint32();
        if (u < limit) return u % n;
      }
    },
  };
}

/** Fisher–Yates shuffle of a copy of `items`. */
export function shuffled<T>(options: { items: readonly T[]; random: Random }): T[] {
  const out = [...options.items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = options.random.nextInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
