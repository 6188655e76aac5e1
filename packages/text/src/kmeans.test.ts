import { describe, expect, it } from "vitest";
import { sphericalKMeans } from "./kmeans.js";
import { seededRandom } from "./random.js";
import { type SparseVector, sparseFromMap, sparseNormalize } from "./sparse.js";

/** The textbook loop: row-major centroids over the whole vocabulary, one row per cluster. */
function referenceKMeans(vectors: SparseVector[], dim: number, k: number, initial: Int32Array) {
  const rows = new Float64Array(k * dim);
  const centre = (assignments: Int32Array) => {
    rows.fill(0);
    vectors.forEach((v, i) => {
      const c = assignments[i]!;
      if (c < 0) return;
      for (let j = 0; j < v.indices.length; j++) rows[c * dim + v.indices[j]!]! += v.values[j]!;
    });
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let t = 0; t < dim; t++) s += rows[c * dim + t]! ** 2;
      if (s > 0) for (let t = 0; t < dim; t++) rows[c * dim + t]! /= Math.sqrt(s);
    }
  };
  centre(initial);
  const assignments = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  for (let it = 0; it <= 20; it++) {
    let changed = 0;
    vectors.forEach((v, i) => {
      if (v.indices.length === 0) return;
      let best = 0;
      let bestS = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < v.indices.length; j++)
          s += v.values[j]! * rows[c * dim + v.indices[j]!]!;
        if (s > bestS) [best, bestS] = [c, s];
      }
      if (assignments[i] !== best) changed++;
      assignments[i] = best;
      similarity[i] = bestS;
    });
    if (changed === 0 && it > 0) break;
    centre(assignments);
  }
  return { assignments, similarity };
}

describe("spherical k-means kernels", () => {
  // Random sparse documents over 400 terms, each using a few terms of one of 5 themes.
  const random = seededRandom(7);
  const dim = 400;
  const vectors = Array.from({ length: 300 }, () => {
    const theme = Math.floor(random() * 5);
    const entries = new Map<number, number>();
    for (let j = 0; j < 6; j++) {
      const t =
        random() < 0.7 ? theme * 60 + Math.floor(random() * 60) : Math.floor(random() * dim);
      entries.set(t, 0.1 + random());
    }
    return sparseNormalize(sparseFromMap(entries));
  });

  for (const k of [2, 5]) {
    it(`gives bit-for-bit the row-major loop's partition and similarities (k = ${k})`, () => {
      const initial = Int32Array.from(vectors, (_, i) => i % k);
      const ours = sphericalKMeans({
        vectors,
        dim,
        k,
        seed: 1,
        initialAssignments: initial,
        maxIterations: 20,
      });
      const reference = referenceKMeans(vectors, dim, k, initial);
      expect([...ours.assignments]).toEqual([...reference.assignments]);
      expect([...ours.similarity]).toEqual([...reference.similarity]);
    });
  }
});
