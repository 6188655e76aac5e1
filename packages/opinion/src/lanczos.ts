import { jacobiEigen } from "./eigen.js";
import type { VoteMatrix } from "./matrix.js";
import type { Prng } from "./prng.js";

export interface LanczosOptions {
  matrix: VoteMatrix;
  /** Column means; an entry's centred value is (value − center[c])·active[c]. */
  center: Float64Array;
  /** 1 for columns in the PCA, 0 for moderated-out ones (their values count as 0). */
  active: Float64Array;
  nComps: number;
  /** Warm start: previous components (padded to the column count); they form the first block. */
  start: readonly Float64Array[];
  /** Maximum block products with XᵀX in total. */
  maxIterations: number;
  /** Stop when every wanted Ritz pair has ‖Av − θv‖ ≤ tolerance·θ₁. */
  tolerance: number;
  prng: Prng;
}

/** Krylov basis size before an explicit restart from the current Ritz vectors. */
const MAX_BASIS = 48;
const BLOCK = 2;

/**
 * Leading eigenvectors of A = XᵀX by block Lanczos (block of 2) with full reorthogonalisation:
 * Rayleigh–Ritz on the Krylov space of the start block, with A·basis kept explicitly so the
 * residuals are exact. A warm start from the previous components converges in a few block
 * products; close leading eigenvalues do not slow it down. A is never formed.
 */
export function lanczos(options: LanczosOptions): Float64Array[] {
  const { matrix, center, active } = options;
  const nCols = matrix.colIds.length;
  const nComps = Math.min(options.nComps, nCols);
  if (nComps === 0) return [];
  let block: Float64Array[] = [];
  for (const s of options.start.slice(0, BLOCK)) block.push(Float64Array.from(s));
  while (block.length < Math.min(BLOCK, nCols)) {
    block.push(Float64Array.from({ length: nCols }, () => options.prng.next() - 0.5));
  }
  let result: Float64Array[] = [];
  let products = 0;
  for (;;) {
    const Q: Float64Array[] = [];
    const AQ: Float64Array[] = [];
    let next = orthonormalise(block, Q);
    let done = false;
    while (next.length > 0 && products < options.maxIterations) {
      const products2 = multiply(matrix, center, active, next);
      products++;
      Q.push(...next);
      AQ.push(...products2);
      const b = Q.length;
      const T = new Float64Array(b * b);
      for (let i = 0; i < b; i++) {
        for (let j = i; j < b; j++) {
          const t = (dot(Q[i]!, AQ[j]!) + dot(Q[j]!, AQ[i]!)) / 2;
          T[i * b + j] = t;
          T[j * b + i] = t;
        }
      }
      const { values, vectors } = jacobiEigen(T, b);
      const theta1 = Math.abs(values[0]!) || 1;
      let worst = 0;
      const ritz: Float64Array[] = [];
      for (let i = 0; i < Math.min(nComps, b); i++) {
        const u = new Float64Array(nCols);
        const r = new Float64Array(nCols);
        for (let k = 0; k < b; k++) {
          const y = vectors[k * b + i]!;
          axpy(u, y, Q[k]!);
          axpy(r, y, AQ[k]!);
        }
        axpy(r, -values[i]!, u);
        worst = Math.max(worst, norm(r) / theta1);
        ritz.push(u);
      }
      result = ritz.map((u) => scale(u, 1 / (norm(u) || 1)));
      if (worst <= options.tolerance || values[0] === 0) {
        done = true;
        break;
      }
      if (b + BLOCK > Math.min(MAX_BASIS, nCols)) break;
      next = orthonormalise(products2, Q);
    }
    if (done || products >= options.maxIterations || Q.length >= nCols) break;
    // Explicit restart from the Ritz vectors found so far.
    block = result.map((u) => Float64Array.from(u));
  }
  return result;
}

/**
 * Orthonormalises `vectors` against `basis` and each other (two Gram–Schmidt passes);
 * vectors that vanish are dropped.
 */
function orthonormalise(
  vectors: readonly Float64Array[],
  basis: readonly Float64Array[],
): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v0 of vectors) {
    const v = Float64Array.from(v0);
    const before = norm(v);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) axpy(v, -dot(q, v), q);
      for (const q of out) axpy(v, -dot(q, v), q);
    }
    const n = norm(v);
    if (n > 1e-10 * before && n > 0) out.push(scale(v, 1 / n));
  }
  return out;
}

/**
 * XᵀX·v for up to two vectors in one pass over the sparse rows; centred values are formed on
 * the fly: x = (value − c)·a, so row·v = Σ value·(a·v) − Σ c·a·v. The per-column factors and
 * accumulators are interleaved (4 per column), so each vote touches one cache line of each
 * instead of four scattered arrays.
 */
function multiply(
  matrix: VoteMatrix,
  center: Float64Array,
  active: Float64Array,
  vs: readonly Float64Array[],
): Float64Array[] {
  const nCols = matrix.colIds.length;
  const two = vs.length === 2;
  const v1 = vs[0]!;
  const v2 = two ? vs[1]! : v1;
  // f[4c] = a·v1, f[4c+1] = c·a·v1, f[4c+2] = a·v2, f[4c+3] = c·a·v2.
  const f = new Float64Array(4 * nCols);
  for (let c = 0; c < nCols; c++) {
    const av1 = active[c]! * v1[c]!;
    const av2 = active[c]! * v2[c]!;
    f[4 * c] = av1;
    f[4 * c + 1] = center[c]! * av1;
    f[4 * c + 2] = av2;
    f[4 * c + 3] = center[c]! * av2;
  }
  // A vote's terms value·f − f' for the three possible values, computed once per column (the
  // same expression, so the same bits): term[6c + 2(value + 1)] for v1, + 1 for v2.
  const term = new Float64Array(6 * nCols);
  for (let c = 0; c < nCols; c++) {
    for (let value = -1; value <= 1; value++) {
      term[6 * c + 2 * (value + 1)] = value * f[4 * c]! - f[4 * c + 1]!;
      term[6 * c + 2 * (value + 1) + 1] = value * f[4 * c + 2]! - f[4 * c + 3]!;
    }
  }
  // acc[4c] = Σ s1·value, acc[4c+1] = Σ s1, acc[4c+2] = Σ s2·value, acc[4c+3] = Σ s2.
  const acc = new Float64Array(4 * nCols);
  const { rowPtr, colIdx, values } = matrix;
  const nRows = matrix.rowIds.length;
  for (let r = 0; r < nRows; r++) {
    const start = rowPtr[r]!;
    const end = rowPtr[r + 1]!;
    let s1 = 0;
    let s2 = 0;
    for (let e = start; e < end; e++) {
      const t = 6 * colIdx[e]! + 2 * values[e]! + 2;
      s1 += term[t]!;
      s2 += term[t + 1]!;
    }
    if (s1 === 0 && s2 === 0) continue;
    // w[c] += s·x = s·value·a − s·c·a: accumulate s·value and s separately per column.
    for (let e = start; e < end; e++) {
      const j = colIdx[e]! << 2;
      const value = values[e]!;
      acc[j]! += s1 * value;
      acc[j + 1]! += s1;
      acc[j + 2]! += s2 * value;
      acc[j + 3]! += s2;
    }
  }
  const w1 = new Float64Array(nCols);
  const w2 = new Float64Array(nCols);
  for (let c = 0; c < nCols; c++) {
    w1[c] = active[c]! * (acc[4 * c]! - center[c]! * acc[4 * c + 1]!);
    w2[c] = active[c]! * (acc[4 * c + 2]! - center[c]! * acc[4 * c + 3]!);
  }
  return two ? [w1, w2] : [w1];
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

function scale(a: Float64Array, f: number): Float64Array {
  return a.map((v) => v * f);
}

function axpy(y: Float64Array, a: number, x: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i]! += a * x[i]!;
}
