/**
 * Normalised mutual information between two labelings (arithmetic-mean normalisation, as
 * scikit-learn's default). Items labelled −1 in `predicted` count as one extra cluster.
 */
export function nmi(options: {
  truth: ArrayLike<number | string>;
  predicted: ArrayLike<number | string>;
}): number {
  const { truth, predicted } = options;
  const n = truth.length;
  if (n === 0) return 0;
  const joint = new Map<string, number>();
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = String(truth[i]);
    const y = String(predicted[i]);
    joint.set(`${x}\u0000${y}`, (joint.get(`${x}\u0000${y}`) ?? 0) + 1);
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const entropy = (m: Map<string, number>) => {
    let h = 0;
    for (const c of m.values()) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mi = 0;
  for (const [key, c] of joint) {
    const [x, y] = key.split("\u0000") as [string, string];
    mi += (c / n) * Math.log((c * n) / (a.get(x)! * b.get(y)!));
  }
  const ha = entropy(a);
  const hb = entropy(b);
  if (ha === 0 && hb === 0) return 1;
  const denom = (ha + hb) / 2;
  return denom === 0 ? 0 : Math.max(0, mi / denom);
}
