/** A sparse vector: sorted term indices and their values. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float64Array;
}

export function sparseFromMap(map: Map<number, number>): SparseVector {
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
  return {
    indices: Uint32Array.from(entries.map((e) => e[0])),
    values: Float64Array.from(entries.map((e) => e[1])),
  };
}

export function sparseNorm(v: SparseVector): number {
  let s = 0;
  for (const x of v.values) s += x * x;
  return Math.sqrt(s);
}

/** Returns v scaled to unit length (or v itself when it is all zero). */
export function sparseNormalize(v: SparseVector): SparseVector {
  const n = sparseNorm(v);
  if (n === 0) return v;
  return { indices: v.indices, values: v.values.map((x) => x / n) };
}

/** Dot product of a sparse vector with row `row` of a dense row-major matrix of width `width`. */
export function sparseDotDense(options: {
  vector: SparseVector;
  dense: Float64Array;
  row: number;
  width: number;
}): number {
  const { vector, dense, row, width } = options;
  const base = row * width;
  let s = 0;
  for (let i = 0; i < vector.indices.length; i++)
    s += vector.values[i]! * dense[base + vector.indices[i]!]!;
  return s;
}

export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const ai = a.indices[i]!;
    const bj = b.indices[j]!;
    if (ai === bj) {
      s += a.values[i]! * b.values[j]!;
      i++;
      j++;
    } else if (ai < bj) i++;
    else j++;
  }
  return s;
}
