import { bisectingKMeans } from "./bisect.js";
import type { Lang } from "./lang.js";
import { nmi } from "./nmi.js";
import { partitionThemes } from "./partition.js";
import { prepareDocs } from "./prepare.js";
import { buildTfidf, type TermWeights } from "./tfidf.js";

export interface ClusteringEvaluation {
  lang: Lang;
  usesVoikko: boolean;
  k: number;
  seeds: number;
  docs: number;
  /** Mean NMI over seeds: bisecting spherical k-means (k-means++ seeded 2-means, 10 trials per split, then 50 flat rounds). */
  kmeans: number;
  /** NMF (best of 3 restarts), strongest topic per document. */
  nmf: number;
  /** Spherical k-means started from the NMF partition: the package's theme partition (partitionThemes). */
  nmfKmeans: number;
}

/** NMI of the clusterings against gold labels, mean over seeds 1..`seeds`. */
export function evaluateClustering(options: {
  texts: string[];
  labels: string[];
  lang: Lang;
  k: number;
  seeds?: number;
  voikko?: boolean;
  weights?: TermWeights;
}): ClusteringEvaluation {
  const seeds = options.seeds ?? 5;
  const { docs, lemmatizer } = prepareDocs({
    texts: options.texts,
    lang: options.lang,
    voikko: options.voikko,
  });
  const model = buildTfidf({ docs, weights: options.weights });
  const { vectors } = model;
  const dim = model.terms.length;
  const k = options.k;
  let km = 0;
  let nm = 0;
  let nk = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    km += nmi({
      truth: options.labels,
      predicted: bisectingKMeans({ vectors, dim, k, seed, refine: 50 }).assignments,
    });
    const p = partitionThemes({ vectors, dim, k, seed, df: model.df });
    nm += nmi({ truth: options.labels, predicted: p.topics });
    nk += nmi({ truth: options.labels, predicted: p.assignments });
  }
  return {
    lang: options.lang,
    usesVoikko: lemmatizer.usesVoikko,
    k,
    seeds,
    docs: docs.length,
    kmeans: km / seeds,
    nmf: nm / seeds,
    nmfKmeans: nk / seeds,
  };
}
