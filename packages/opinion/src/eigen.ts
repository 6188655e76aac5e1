/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi); values descending. */
export function jacobiEigen(
  H: Float64Array,
  p: number,
): { values: Float64Array; vectors: Float64Array } {
  const A = H.slice();
  const Q = new Float64Array(p * p);
  for (let i = 0; i < p; i++) Q[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += A[i * p + j]! ** 2;
    if (off < 1e-300) break;
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = A[i * p + j]!;
        if (aij === 0) continue;
        const theta = (A[j * p + j]! - A[i * p + i]!) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const aik = A[i * p + k]!;
          const ajk = A[j * p + k]!;
          A[i * p + k] = c * aik - s * ajk;
          A[j * p + k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const aki = A[k * p + i]!;
          const akj = A[k * p + j]!;
          A[k * p + i] = c * aki - s * akj;
          A[k * p + j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const qki = Q[k * p + i]!;
          const qkj = Q[k * p + j]!;
          Q[k * p + i] = c * qki - s * qkj;
          Q[k * p + j] = s * qki + c * qkj;
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort(
    (a, b) => A[b * p + b]! - A[a * p + a]!,
  );
  const values = Float64Array.from(order, (i) => A[i * p + i]!);
  const vectors = new Float64Array(p * p);
  order.forEach((i, j) => {
    for (let k = 0; k < p; k++) vectors[k * p + j] = Q[k * p + i]!;
  });
  return { values, vectors };
}
