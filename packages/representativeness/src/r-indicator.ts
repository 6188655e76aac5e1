// The R-indicator (Schouten, Cobben & Bethlehem 2009): R = 1 − 2·S(ρ), where ρ are response
// propensities estimated for everyone invited from what is known of all of them (here: the
// categories of each dimension, main effects in a logistic regression fitted by IRLS).
// R = 1: everyone equally likely to respond; lower values: response depends on who you are.

export interface RIndicatorInput {
  /** Per dimension, per invited person: category index (-1 unknown: left to the intercept). */
  categories: Int32Array[];
  /** Number of categories per dimension. */
  sizes: number[];
  /** 1 responded, 0 did not, per invited person. */
  responded: Uint8Array;
}

export interface RIndicator {
  r: number;
  /** Standard deviation of the estimated propensities. */
  propensitySd: number;
  /** Mean propensity (the response rate). */
  responseRate: number;
  invited: number;
  responded: number;
}

/** Solves A x = b for a small symmetric positive definite A (Cholesky); A is overwritten. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    let d = a[j]![j]!;
    for (let k = 0; k < j; k++) d -= a[j]![k]! * a[j]![k]!;
    const root = Math.sqrt(Math.max(d, 1e-12));
    a[j]![j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= a[i]![k]! * a[j]![k]!;
      a[i]![j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= a[i]![k]! * y[k]!;
    y[i] = s / a[i]![i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= a[k]![i]! * x[k]!;
    x[i] = s / a[i]![i]!;
  }
  return x;
}

/** Response propensities from a main-effects logistic regression (ridge 1e-4 against separation). */
export function responsePropensities(input: RIndicatorInput): Float64Array {
  const n = input.responded.length;
  // Columns: intercept, then categories 1..k-1 of each dimension (category 0 is the reference).
  const offsets: number[] = [];
  let p = 1;
  for (const size of input.sizes) {
    offsets.push(p);
    p += Math.max(0, size - 1);
  }
  const columnsOf = (i: number): number[] => {
    const cols = [0];
    input.categories.forEach((cats, d) => {
      const c = cats[i]!;
      if (c > 0) cols.push(offsets[d]! + c - 1);
    });
    return cols;
  };
  const rows = Array.from({ length: n }, (_, i) => columnsOf(i));
  const beta = new Float64Array(p);
  const rate = input.responded.reduce((s, x) => s + x, 0) / n;
  beta[0] = Math.log(Math.max(rate, 1e-6) / Math.max(1 - rate, 1e-6));
  const rho = new Float64Array(n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const info = Array.from({ length: p }, () => new Float64Array(p));
    const score = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (const c of rows[i]!) eta += beta[c]!;
      const mu = 1 / (1 + Math.exp(-eta));
      rho[i] = mu;
      const weight = Math.max(mu * (1 - mu), 1e-10);
      const residual = input.responded[i]! - mu;
      for (const a of rows[i]!) {
        score[a]! += residual;
        for (const b of rows[i]!) info[a]![b]! += weight;
      }
    }
    for (let j = 0; j < p; j++) {
      info[j]![j]! += 1e-4;
      score[j]! -= 1e-4 * beta[j]!;
    }
    const step = solve(info, score);
    let largest = 0;
    for (let j = 0; j < p; j++) {
      beta[j]! += step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    if (largest < 1e-9) break;
  }
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (const c of rows[i]!) eta += beta[c]!;
    rho[i] = 1 / (1 + Math.exp(-eta));
  }
  return rho;
}

export function rIndicator(input: RIndicatorInput): RIndicator {
  const n = input.responded.length;
  const rho = responsePropensities(input);
  let mean = 0;
  for (const x of rho) mean += x / n;
  let squares = 0;
  for (const x of rho) squares += (x - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  return {
    r: 1 - 2 * sd,
    propensitySd: sd,
    responseRate: mean,
    invited: n,
    responded: input.responded.reduce((s, x) => s + x, 0),
  };
}
