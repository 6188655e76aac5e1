// Polis's math runs on Clojure, where dividing two integers gives an exact ratio, not a double.
// A ratio becomes a double only where it meets a double, and then through Clojure's
// Ratio.doubleValue(): the quotient rounded (half-even) to 16 significant decimal digits
// (BigDecimal, MathContext.DECIMAL64), then to the nearest double. That is often one or more
// ulps away from the IEEE quotient, and mathematically equal ratios always give equal
// doubles, so ties that Polis sees as ties stay ties here.

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];
const TWO_53 = 2 ** 53;
/** Largest denominator for which r·10 (r < den) stays an exact double. */
const FAST_DEN = 9e14;

/** Clojure's `(double (/ num den))` for integers num and den > 0 (exact when it is an integer). */
export function ratioToDouble(num: number, den: number): number {
  if (num < 0) return -ratioToDouble(-num, den);
  if (num === 0) return 0;
  if (num > Number.MAX_SAFE_INTEGER || den > FAST_DEN) return bigRatioToDouble(num, den);
  let acc = Math.floor(num / den);
  let r = num - acc * den;
  while (r < 0) {
    acc--;
    r += den;
  }
  if (r === 0) return acc;
  if (acc >= 1e15) return bigRatioToDouble(num, den);
  // Long division in chunks of j digits, each step exact: r·10^j < den·10^j ≤ 2^53.
  let need = 16;
  for (let x = acc; x >= 1; x = Math.floor(x / 10)) need--;
  let exp = 0;
  if (acc === 0) {
    while (r * 10 < den) {
      r *= 10;
      exp--;
    }
  }
  let jMax = Math.min(16, Math.floor(Math.log10(TWO_53 / den)));
  if (den * POW10[jMax]! > TWO_53) jMax--;
  let d = 0;
  let j = 0;
  for (;;) {
    j = Math.min(need, jMax);
    const t = r * POW10[j]!;
    d = Math.floor(t / den);
    r = t - d * den;
    while (r < 0) {
      d--;
      r += den;
    }
    need -= j;
    exp -= j;
    if (need === 0) break;
    acc = acc * POW10[j]! + d;
  }
  // The 16 digits are acc·10^j + d; round half-even on the remainder r/den.
  const twice = 2 * r;
  if (twice > den || (twice === den && d % 2 === 1)) {
    d++;
    if (d === POW10[j]) {
      d = 0;
      acc++;
    }
  }
  const n = acc * POW10[j]! + d;
  if (n < TWO_53 && exp >= -22) return n / POW10[-exp]!;
  return Number(`${acc}${String(d).padStart(j, "0")}e${exp}`);
}

/** The same for integers of any size (slow path). */
export function bigRatioToDouble(num: number | bigint, den: number | bigint): number {
  let a = BigInt(num);
  const b = BigInt(den);
  if (a === 0n) return 0;
  const negative = a < 0n;
  if (negative) a = -a;
  // Find k with 10^15 ≤ a·10^k / b < 10^16.
  let k = 16 - (a.toString().length - b.toString().length);
  for (;;) {
    const [n, d] = k >= 0 ? [a * 10n ** BigInt(k), b] : [a, b * 10n ** BigInt(-k)];
    let q = n / d;
    if (q >= 10n ** 16n) {
      k--;
      continue;
    }
    if (q < 10n ** 15n) {
      k++;
      continue;
    }
    const twice = 2n * (n - q * d);
    if (twice > d || (twice === d && q % 2n === 1n)) q++;
    const value = Number(`${q}e${-k}`);
    return negative ? -value : value;
  }
}
