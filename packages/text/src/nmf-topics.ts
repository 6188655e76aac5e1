import type { NmfResult } from "./nmf.js";

const EPS = 1e-10;

/** Themes of a document: every topic whose share of the row's weight is at least `minShare`. */
export function nmfMemberships(options: { result: NmfResult; minShare?: number }): number[][] {
  const { result } = options;
  const { k, w } = result;
  const n = w.length / k;
  const minShare = options.minShare ?? 0.3;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let c = 0; c < k; c++) total += w[i * k + c]!;
    const themes: number[] = [];
    if (total > EPS) {
      for (let c = 0; c < k; c++) if (w[i * k + c]! / total >= minShare) themes.push(c);
      themes.sort((a, b) => w[i * k + b]! - w[i * k + a]!);
    }
    out.push(themes);
  }
  return out;
}

/** Strongest topic per document (−1 for an all-zero row). */
export function nmfArgmax(result: NmfResult): Int32Array {
  const { k, w } = result;
  const n = w.length / k;
  const out = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestV = EPS;
    for (let c = 0; c < k; c++) {
      if (w[i * k + c]! > bestV) {
        bestV = w[i * k + c]!;
        best = c;
      }
    }
    out[i] = best;
  }
  return out;
}
