/** Fairness figures of selection probabilities, to compare with the ideal k/n for all. */
export interface Fairness {
  n: number;
  k: number;
  /** k/n: every volunteer's probability under a perfectly equal lottery. */
  equalShare: number;
  minimum: number;
  maximum: number;
  /** Gini coefficient of the probabilities (0 = all equal). */
  gini: number;
  /** Geometric mean (0 if anyone has probability 0). */
  geometricMean: number;
  /** How many people have probability below 1/2 · k/n. */
  belowHalfShare: number;
}

export function fairness(options: { probabilities: readonly number[]; k: number }): Fairness {
  const p = options.probabilities;
  const n = p.length;
  const sorted = [...p].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  let weighted = 0;
  sorted.forEach((v, i) => {
    weighted += (i + 1) * v;
  });
  const gini = n === 0 || total === 0 ? 0 : Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
  const geometricMean =
    sorted[0] === undefined || sorted[0] <= 0
      ? 0
      : Math.exp(p.reduce((s, v) => s + Math.log(v), 0) / n);
  const equalShare = n === 0 ? 0 : options.k / n;
  return {
    n,
    k: options.k,
    equalShare,
    minimum: sorted[0] ?? 0,
    maximum: sorted[n - 1] ?? 0,
    gini,
    geometricMean,
    belowHalfShare: p.filter((v) => v < equalShare / 2).length,
  };
}
