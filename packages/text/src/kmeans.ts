import type { Random } from "./random.js";
import { seededRandom } from "./random.js";
import { type SparseVector, sparseDot } from "./sparse.js";

export interface KMeansResult {
  k: number;
  /** Cluster per document; -1 for empty documents. */
  assignments: Int32Array;
  /** Unit-length centroids, term-major dim × k (the k values of one term are adjacent). */
  centroids: Float64Array;
  /** Cosine similarity of each document to its centroid. */
  similarity: Float64Array;
  /** Sum of similarities (the objective, higher is better). */
  objective: number;
  iterations: number;
}

// Centroids are stored term-major (dim × k): a document's k cosines then read one short run of
// memory per term instead of k scattered rows. Each sum still runs over the same terms in the
// same order as with rows, so the results are bit-for-bit those of the row-major layout.

/**
 * The terms that occur in `vectors`, ascending. Centroids are zero elsewhere, and adding zeros
 * changes no sum, so clearing and normalising over these terms only gives the same centroids
 * (a small cluster of the bisecting sweep touches a few thousand of the corpus' terms).
 */
function usedTerms(vectors: SparseVector[], dim: number): Uint32Array {
  const seen = new Uint8Array(dim);
  let count = 0;
  for (const { indices } of vectors) {
    for (let j = 0; j < indices.length; j++) {
      if (seen[indices[j]!] === 0) {
        seen[indices[j]!] = 1;
        count++;
      }
    }
  }
  const terms = new Uint32Array(count);
  let at = 0;
  for (let t = 0; t < dim; t++) if (seen[t] === 1) terms[at++] = t;
  return terms;
}

/** Scales the centroids in `columns` (all when omitted) to unit length; `terms` as usedTerms. */
function normalizeColumns(
  m: Float64Array,
  k: number,
  terms: Uint32Array,
  columns?: boolean[],
): void {
  const sq = new Float64Array(k);
  for (let i = 0; i < terms.length; i++) {
    const base = terms[i]! * k;
    for (let c = 0; c < k; c++) sq[c]! += m[base + c]! ** 2;
  }
  const scale = new Float64Array(k).fill(1);
  for (let c = 0; c < k; c++) {
    const n = Math.sqrt(sq[c]!);
    if (n > 0 && (!columns || columns[c])) scale[c] = n;
  }
  for (let i = 0; i < terms.length; i++) {
    const base = terms[i]! * k;
    for (let c = 0; c < k; c++) m[base + c]! /= scale[c]!;
  }
}

/** Sets centroid c to v; the column is zero outside `terms` (and v lies inside them). */
function setColumn(
  m: Float64Array,
  c: number,
  k: number,
  terms: Uint32Array,
  v: SparseVector,
): void {
  for (let i = 0; i < terms.length; i++) m[terms[i]! * k + c] = 0;
  for (let i = 0; i < v.indices.length; i++) m[v.indices[i]! * k + c] = v.values[i]!;
}

/** Adds vector v to centroid c (term-major). */
function addTo(m: Float64Array, c: number, k: number, v: SparseVector): void {
  const { indices, values } = v;
  for (let j = 0; j < indices.length; j++) m[indices[j]! * k + c]! += values[j]!;
}

/**
 * Greedy k-means++ seeding with cosine distance 1 − cos on unit vectors: each step samples
 * a few candidates in proportion to D² and keeps the one that lowers the potential most.
 */
export function seedCentroids(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  random: Random;
  candidates?: number;
}): Float64Array {
  const { vectors, dim, k, random } = options;
  const usable = vectors.map((v, i) => (v.indices.length > 0 ? i : -1)).filter((i) => i >= 0);
  const centroids = new Float64Array(k * dim);
  if (usable.length === 0) return centroids;
  const trials = options.candidates ?? 2 + Math.floor(Math.log(k));
  const dist = new Float64Array(vectors.length).fill(4);
  const first = usable[Math.floor(random() * usable.length)]!;
  const terms = usedTerms(vectors, dim);
  setColumn(centroids, 0, k, terms, vectors[first]!);
  const distTo = (i: number, j: number) => Math.max(0, 1 - sparseDot(vectors[i]!, vectors[j]!));
  for (const i of usable) dist[i] = Math.min(dist[i]!, distTo(i, first)) ** 2;
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (const i of usable) total += dist[i]!;
    let bestCandidate = -1;
    let bestPotential = Number.POSITIVE_INFINITY;
    let bestDist: Float64Array | undefined;
    for (let t = 0; t < trials; t++) {
      let r = random() * total;
      let candidate = usable[usable.length - 1]!;
      for (const i of usable) {
        r -= dist[i]!;
        if (r <= 0) {
          candidate = i;
          break;
        }
      }
      const next = Float64Array.from(dist);
      let potential = 0;
      for (const i of usable) {
        next[i] = Math.min(dist[i]!, distTo(i, candidate) ** 2);
        potential += next[i]!;
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        bestCandidate = candidate;
        bestDist = next;
      }
    }
    setColumn(centroids, c, k, terms, vectors[bestCandidate]!);
    dist.set(bestDist!);
  }
  return centroids;
}

/**
 * Spherical k-means on unit-length sparse vectors: assign by cosine, centroid = normalised
 * mean. Seeded k-means++; `restarts` runs keep the one with the best objective.
 */
export function sphericalKMeans(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  maxIterations?: number;
  restarts?: number;
  /** Start from this partition instead of k-means++ seeds (restarts are then ignored). */
  initialAssignments?: Int32Array;
}): KMeansResult {
  const { vectors, dim } = options;
  const k = Math.max(
    1,
    Math.min(options.k, vectors.filter((v) => v.indices.length > 0).length || 1),
  );
  const random = seededRandom(options.seed);
  if (options.initialAssignments) {
    return runOnce({
      vectors,
      dim,
      k,
      random,
      maxIterations: options.maxIterations ?? 50,
      initial: options.initialAssignments,
    });
  }
  let best: KMeansResult | undefined;
  for (let run = 0; run < (options.restarts ?? 1); run++) {
    const result = runOnce({ vectors, dim, k, random, maxIterations: options.maxIterations ?? 50 });
    if (!best || result.objective > best.objective) best = result;
  }
  return best!;
}

function runOnce(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  random: Random;
  maxIterations: number;
  initial?: Int32Array;
}): KMeansResult {
  const { vectors, dim, k, random } = options;
  const n = vectors.length;
  const centroids = options.initial
    ? centroidsOf({ vectors, dim, k, assignments: options.initial })
    : seedCentroids({ vectors, dim, k, random });
  const assignments = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  let iterations = 0;
  let objective = 0;
  const dots = new Float64Array(k);
  const terms = usedTerms(vectors, dim);
  for (;;) {
    let changed = 0;
    objective = 0;
    for (let i = 0; i < n; i++) {
      const { indices, values } = vectors[i]!;
      if (indices.length === 0) continue;
      let bestC = 0;
      let bestS = Number.NEGATIVE_INFINITY;
      if (k === 2) {
        // The bisecting sweep's case, without the array of sums.
        let s0 = 0;
        let s1 = 0;
        for (let j = 0; j < indices.length; j++) {
          const x = values[j]!;
          const base = indices[j]! * 2;
          s0 += x * centroids[base]!;
          s1 += x * centroids[base + 1]!;
        }
        bestS = s0;
        if (s1 > s0) {
          bestS = s1;
          bestC = 1;
        }
      } else {
        dots.fill(0);
        for (let j = 0; j < indices.length; j++) {
          const x = values[j]!;
          const base = indices[j]! * k;
          for (let c = 0; c < k; c++) dots[c]! += x * centroids[base + c]!;
        }
        for (let c = 0; c < k; c++) {
          if (dots[c]! > bestS) {
            bestS = dots[c]!;
            bestC = c;
          }
        }
      }
      if (assignments[i] !== bestC) changed++;
      assignments[i] = bestC;
      similarity[i] = bestS;
      objective += bestS;
    }
    if ((changed === 0 && iterations > 0) || iterations >= options.maxIterations) break;
    iterations++;
    for (let i = 0; i < terms.length; i++) {
      const base = terms[i]! * k;
      for (let c = 0; c < k; c++) centroids[base + c] = 0;
    }
    const sizes = new Uint32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignments[i]!;
      if (c < 0) continue;
      sizes[c]!++;
      addTo(centroids, c, k, vectors[i]!);
    }
    const filled: boolean[] = [];
    for (let c = 0; c < k; c++) filled.push(sizes[c]! > 0);
    normalizeColumns(centroids, k, terms, filled);
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        // Re-seed an empty cluster with the document worst served by its centroid.
        let worst = -1;
        for (let i = 0; i < n; i++) {
          if (assignments[i]! >= 0 && (worst < 0 || similarity[i]! < similarity[worst]!)) worst = i;
        }
        if (worst >= 0) {
          setColumn(centroids, c, k, terms, vectors[worst]!);
          similarity[worst] = 1;
        }
      }
    }
  }
  return { k, assignments, centroids, similarity, objective, iterations };
}

/** Unit-length mean vector of each cluster. */
export function centroidsOf(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  assignments: ArrayLike<number>;
}): Float64Array {
  const { vectors, dim, k, assignments } = options;
  const centroids = new Float64Array(k * dim);
  for (let i = 0; i < vectors.length; i++) {
    const c = assignments[i]!;
    if (c < 0 || c >= k) continue;
    addTo(centroids, c, k, vectors[i]!);
  }
  normalizeColumns(centroids, k, usedTerms(vectors, dim));
  return centroids;
}
