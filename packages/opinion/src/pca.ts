import { lanczos } from "./lanczos.js";
import type { VoteMatrix } from "./matrix.js";
import type { Prng } from "./prng.js";

export interface Pca {
  /** Column means of the observed votes (0 for moderated-out columns). */
  center: Float64Array;
  /** Two unit components over the columns (zero vectors when the data has too few rows/columns). */
  comps: [Float64Array, Float64Array];
}

export interface PcaOptions {
  matrix: VoteMatrix;
  /** 1 for columns whose votes are zeroed (moderated out or meta). */
  modOutCols: Uint8Array;
  /** Previous components (warm start); padded with 1 for new columns as Polis does. */
  startVectors?: readonly (Float64Array | undefined)[];
  /** Maximum power iterations per component (Polis: 100). */
  maxIterations: number;
  /**
   * "power": Polis's power iteration with deflation (parity). "lanczos": Lanczos with full
   * reorthogonalisation (corrected default; converges in far fewer passes).
   */
  method?: "power" | "lanczos";
  /**
   * Stop when no coordinate of the unit vector moves more than this. 0 means Polis's rule:
   * stop only when the eigenvalue estimate repeats exactly.
   */
  tolerance: number;
  prng: Prng;
}

/** Column means of the observed (non-null) cells; moderated-out columns are 0. */
export function columnMeans(matrix: VoteMatrix, modOutCols: Uint8Array): Float64Array {
  const nCols = matrix.colIds.length;
  const { sum, count } = matrix.colStats;
  const center = new Float64Array(nCols);
  for (let c = 0; c < nCols; c++)
    center[c] = modOutCols[c] || count[c] === 0 ? 0 : sum[c]! / count[c]!;
  return center;
}

/** The centred value of every stored entry (0 in moderated-out columns). */
export function centredValues(matrix: VoteMatrix, center: Float64Array, modOutCols: Uint8Array) {
  const total = matrix.rowPtr[matrix.rowIds.length]!;
  const out = new Float64Array(total);
  for (let e = 0; e < total; e++) {
    const c = matrix.colIdx[e]!;
    out[e] = modOutCols[c] ? 0 : matrix.values[e]! - center[c]!;
  }
  return out;
}

/**
 * PCA with mean imputation by power iteration on the sparse centred matrix: imputed cells are
 * exactly the column mean, so after centring only observed cells are non-zero.
 */
export function powerIterationPca(options: PcaOptions): Pca {
  const { matrix, modOutCols } = options;
  const nRows = matrix.rowIds.length;
  const nCols = matrix.colIds.length;
  const center = columnMeans(matrix, modOutCols);
  const nComps = Math.min(2, nRows, nCols);
  const comps: [Float64Array, Float64Array] = [new Float64Array(nCols), new Float64Array(nCols)];
  if (options.method === "lanczos") {
    const start: Float64Array[] = [];
    for (let k = 0; k < 2; k++) {
      const prev = options.startVectors?.[k];
      if (prev?.some((value) => value !== 0)) start.push(startVector(prev, nCols, options.prng));
    }
    const found = lanczos({
      matrix,
      center,
      active: Float64Array.from(modOutCols, (m) => (m ? 0 : 1)),
      nComps,
      start,
      maxIterations: options.maxIterations,
      // A warm tick refines the previous components to a residual of 1e-4·θ₁ (a cold start: the
      // full tolerance); Polis refines with at most 100 power iterations, or 1% mini-batches.
      tolerance: start.length > 0 ? Math.max(options.tolerance, 1e-4) : options.tolerance,
      prng: options.prng,
    });
    found.forEach((pc, k) => {
      // Moderated-out columns are all zero, so their entries are exactly 0 (as Polis's).
      for (let c = 0; c < nCols; c++) if (modOutCols[c]) pc[c] = 0;
      orient(pc, options.startVectors?.[k]);
      comps[k] = pc;
    });
    return { center, comps };
  }
  const x = centredValues(matrix, center, modOutCols);
  const deflate: Float64Array[] = [];
  for (let k = 0; k < nComps; k++) {
    const start = startVector(options.startVectors?.[k], nCols, options.prng);
    const pc = powerIteration({
      matrix,
      x,
      deflate,
      start,
      maxIterations: options.maxIterations,
      tolerance: options.tolerance,
    });
    comps[k] = pc;
    let norm2 = 0;
    for (let c = 0; c < nCols; c++) norm2 += pc[c]! * pc[c]!;
    if (norm2 !== 0) deflate.push(pc);
  }
  return { center, comps };
}

/** Fixes the arbitrary sign of an eigenvector: along the previous one, else positive sum. */
function orient(pc: Float64Array, previous: Float64Array | undefined): void {
  let d = 0;
  if (previous?.some((value) => value !== 0)) {
    for (let c = 0; c < Math.min(pc.length, previous.length); c++) d += pc[c]! * previous[c]!;
  }
  if (d === 0) for (let c = 0; c < pc.length; c++) d += pc[c]!;
  if (d < 0) for (let c = 0; c < pc.length; c++) pc[c] = -pc[c]! + 0;
}

function startVector(previous: Float64Array | undefined, nCols: number, prng: Prng): Float64Array {
  const v = new Float64Array(nCols);
  if (previous?.some((value) => value !== 0)) {
    v.fill(1);
    v.set(previous.subarray(0, Math.min(nCols, previous.length)));
    return v;
  }
  for (let c = 0; c < nCols; c++) v[c] = prng.next();
  return v;
}

interface IterationInput {
  matrix: VoteMatrix;
  x: Float64Array;
  deflate: readonly Float64Array[];
  start: Float64Array;
  maxIterations: number;
  tolerance: number;
}

function powerIteration(input: IterationInput): Float64Array {
  const nCols = input.matrix.colIds.length;
  const rowDots = input.deflate.map((pc) => rowDotProducts(input.matrix, input.x, pc));
  let v = input.start;
  let lastEigval = 0;
  for (let iters = input.maxIterations; ; iters--) {
    const w = deflatedXtXv(input, rowDots, v);
    let eigval = 0;
    for (let c = 0; c < nCols; c++) eigval += w[c]! * w[c]!;
    eigval = Math.sqrt(eigval);
    if (eigval === 0) return w;
    let moved = 0;
    for (let c = 0; c < nCols; c++) {
      w[c]! /= eigval;
      moved = Math.max(moved, Math.abs(w[c]! - v[c]!));
    }
    const converged = input.tolerance > 0 ? moved <= input.tolerance : eigval === lastEigval;
    if (iters <= 0 || converged) return w;
    v = w;
    lastEigval = eigval;
  }
}

function rowDotProducts(matrix: VoteMatrix, x: Float64Array, v: Float64Array): Float64Array {
  const nRows = matrix.rowIds.length;
  const out = new Float64Array(nRows);
  const { rowPtr, colIdx } = matrix;
  for (let r = 0; r < nRows; r++) {
    let s = 0;
    for (let e = rowPtr[r]!, end = rowPtr[r + 1]!; e < end; e++) s += x[e]! * v[colIdx[e]!]!;
    out[r] = s;
  }
  return out;
}

/** w = X'ᵀX'v where X' is X with each row's projection on the earlier components removed. */
function deflatedXtXv(
  input: IterationInput,
  rowDots: readonly Float64Array[],
  v: Float64Array,
): Float64Array {
  const { matrix, x, deflate } = input;
  const nRows = matrix.rowIds.length;
  const nCols = matrix.colIds.length;
  const { rowPtr, colIdx } = matrix;
  const w = new Float64Array(nCols);
  // Polis deflates at most once (2 components): specialise for 0 or 1 earlier component.
  const pc = deflate[0];
  const t = rowDots[0];
  const norm2 = pc ? dot(pc, pc) : 1;
  const pcDotV = pc ? dot(pc, v) : 0;
  let acc = 0;
  for (let r = 0; r < nRows; r++) {
    const start = rowPtr[r]!;
    const end = rowPtr[r + 1]!;
    let s = 0;
    for (let e = start; e < end; e++) s += x[e]! * v[colIdx[e]!]!;
    if (t) {
      const tr = t[r]!;
      s -= (tr / norm2) * pcDotV;
      acc += (s * tr) / norm2;
    }
    if (s === 0) continue;
    for (let e = start; e < end; e++) w[colIdx[e]!]! += s * x[e]!;
  }
  if (pc) for (let c = 0; c < nCols; c++) w[c]! -= acc * pc[c]!;
  return w;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
