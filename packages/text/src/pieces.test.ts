import { describe, expect, it } from "vitest";
import { buildCompoundSplitter } from "./compounds.js";
import { sphericalKMeans } from "./kmeans.js";
import { nmf } from "./nmf.js";
import { nmfSampled, restrictVocabulary } from "./nmf-sample.js";
import { nmi } from "./nmi.js";
import { seededRandom } from "./random.js";
import { simplifiedSilhouette } from "./silhouette.js";
import { type SparseVector, sparseFromMap, sparseNormalize } from "./sparse.js";
import { stem } from "./stem.js";
import { sweepK } from "./sweep.js";
import { tokenize } from "./tokenize.js";

// Groups of documents over 4 terms each, with random weights (no sub-structure inside a group).
function groups(count: number, perGroup: number): { vectors: SparseVector[]; truth: number[] } {
  const random = seededRandom(99);
  const vectors: SparseVector[] = [];
  const truth: number[] = [];
  for (let g = 0; g < count; g++) {
    for (let i = 0; i < perGroup; i++) {
      const m = new Map<number, number>();
      for (let t = 0; t < 4; t++) m.set(g * 4 + t, 0.5 + random());
      vectors.push(sparseNormalize(sparseFromMap(m)));
      truth.push(g);
    }
  }
  return { vectors, truth };
}

describe("tokenise, stem, split", () => {
  it("keeps hyphenated and colon words, drops numbers and placeholders, counts clauses", () => {
    const t = tokenize("Sote-palvelut ja EU:n tuki, 2023 [PHONE] Hyvä!");
    expect(t.map((x) => x.text)).toEqual(["sote-palvelut", "ja", "eu:n", "tuki", "hyvä"]);
    expect(t.map((x) => x.clause)).toEqual([0, 0, 0, 0, 2]);
  });

  it("strips the Swedish neuter definite -et that Snowball keeps", () => {
    expect(stem({ lang: "sv", word: "huset" })).toBe("hus");
    expect(stem({ lang: "sv", word: "barnet" })).toBe("barn");
    expect(stem({ lang: "sv", word: "bussarna" })).toBe("buss");
  });

  it("splits compounds whose halves occur on their own, with a linking s", () => {
    const frequencies = new Map([
      ["sjukhus", 4],
      ["vården", 3],
      ["sjukhusvården", 1],
      ["kommun", 3],
      ["kommunsvården", 1],
      ["bibliotek", 2],
    ]);
    const s = buildCompoundSplitter({ frequencies, linkingS: true, minPart: 5 });
    expect(s.split("sjukhusvården")).toEqual(["sjukhus", "vården"]);
    expect(s.split("kommunsvården")).toEqual(["kommun", "vården"]);
    expect(s.split("bibliotek")).toEqual([]);
  });
});

describe("k sweep and NMF for large inputs", () => {
  it("scores the true number of groups best and suggests it", () => {
    const { vectors, truth } = groups(4, 12);
    const sweep = sweepK({ vectors, dim: 16, kMin: 2, kMax: 7, seed: 1 });
    expect(sweep.suggestedK).toBe(4);
    const four = sweep.entries.find((e) => e.k === 4)!;
    expect(nmi({ truth, predicted: four.assignments })).toBeCloseTo(1);
    expect(four.sizes).toEqual([12, 12, 12, 12]);
  });

  it("silhouette is higher for the true partition than for a shuffled one", () => {
    const { vectors, truth } = groups(3, 10);
    const good = simplifiedSilhouette({
      vectors,
      dim: 12,
      k: 3,
      assignments: Int32Array.from(truth),
    });
    const bad = simplifiedSilhouette({
      vectors,
      dim: 12,
      k: 3,
      assignments: Int32Array.from(truth, (_, i) => i % 3),
    });
    expect(good).toBeGreaterThan(0.5);
    expect(bad).toBeLessThan(good);
  });

  it("NMF on a sample plus fitted weights recovers the groups", () => {
    const { vectors, truth } = groups(3, 40);
    const r = nmfSampled({ vectors, dim: 12, k: 3, seed: 2, sampleSize: 30, iterations: 200 });
    const topics = Array.from({ length: vectors.length }, (_, i) => {
      const row = Array.from(r.w.subarray(i * 3, i * 3 + 3));
      return row.indexOf(Math.max(...row));
    });
    expect(nmi({ truth, predicted: topics })).toBeGreaterThan(0.9);
    expect(nmf({ vectors, dim: 12, k: 3, seed: 1, iterations: 50 }).error).toBeGreaterThanOrEqual(
      0,
    );
  });

  it("restricting the vocabulary keeps the most frequent terms", () => {
    const v = [
      sparseFromMap(
        new Map([
          [0, 1],
          [2, 1],
        ]),
      ),
      sparseFromMap(new Map([[2, 1]])),
    ];
    const r = restrictVocabulary({ vectors: v, df: [1, 0, 2], maxTerms: 1 });
    expect(r.dim).toBe(1);
    expect(r.vectors.map((x) => [...x.indices])).toEqual([[0], [0]]);
  });

  it("k-means from a given partition keeps a stable one", () => {
    const { vectors, truth } = groups(3, 5);
    const r = sphericalKMeans({
      vectors,
      dim: 12,
      k: 3,
      seed: 1,
      initialAssignments: Int32Array.from(truth),
    });
    expect([...r.assignments]).toEqual(truth);
  });
});
