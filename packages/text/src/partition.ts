import { sphericalKMeans } from "./kmeans.js";
import { nmfSampled, restrictVocabulary } from "./nmf-sample.js";
import { nmfArgmax, nmfMemberships } from "./nmf-topics.js";
import type { SparseVector } from "./sparse.js";

export interface Partition {
  k: number;
  /** Cluster per document, −1 for documents without features. */
  assignments: Int32Array;
  /** Cosine similarity of each document to its cluster centre. */
  similarity: Float64Array;
  /** NMF themes per document (strongest first; may be several, may be empty). */
  memberships: number[][];
  /** NMF's strongest topic per document (−1 when none). */
  topics: Int32Array;
}

/**
 * The theme partition for one k: NMF (seeded; on the most frequent terms, fitted on a sample
 * for large inputs) gives each answer its topics; spherical k-means started from NMF's
 * strongest topic per answer gives the partition.
 */
export function partitionThemes(options: {
  vectors: SparseVector[];
  dim: number;
  k: number;
  seed: number;
  /** Document frequency per term; with it NMF uses only the `nmfTerms` most frequent terms. */
  df?: ArrayLike<number>;
  nmfTerms?: number;
  nmfIterations?: number;
  nmfRestarts?: number;
  minShare?: number;
}): Partition {
  const { vectors, dim, k, seed } = options;
  const reduced = options.df
    ? restrictVocabulary({ vectors, df: options.df, maxTerms: options.nmfTerms ?? 3000 })
    : { vectors, dim };
  const factors = nmfSampled({
    ...reduced,
    k,
    seed,
    iterations: options.nmfIterations ?? 150,
    restarts: options.nmfRestarts ?? 3,
  });
  const topics = nmfArgmax(factors);
  const start = Int32Array.from(topics);
  // An answer NMF could not place starts in cluster 0; k-means moves it where it fits best.
  for (let i = 0; i < start.length; i++)
    if (start[i]! < 0 && vectors[i]!.indices.length > 0) start[i] = 0;
  const km = sphericalKMeans({
    vectors,
    dim,
    k,
    seed,
    initialAssignments: start,
    maxIterations: 20,
  });
  return {
    k,
    assignments: km.assignments,
    similarity: km.similarity,
    memberships: nmfMemberships({ result: factors, minShare: options.minShare ?? 0.3 }),
    topics,
  };
}
