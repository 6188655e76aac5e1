import { describe, expect, it } from "vitest";
import { bisectingKMeans } from "./bisect.js";
import { sphericalKMeans } from "./kmeans.js";
import { nmf } from "./nmf.js";
import { nmfArgmax, nmfMemberships } from "./nmf-topics.js";
import { nmi } from "./nmi.js";
import { type SparseVector, sparseFromMap, sparseNormalize } from "./sparse.js";

function vec(entries: [number, number][]): SparseVector {
  return sparseNormalize(sparseFromMap(new Map(entries)));
}
// Three clear groups over terms 0–2, 3–5, 6–8, plus one document mixing groups 1 and 2.
const docs: SparseVector[] = [];
for (let g = 0; g < 3; g++) {
  for (let i = 0; i < 6; i++)
    docs.push(
      vec([
        [g * 3 + (i % 3), 1],
        [g * 3 + ((i + 1) % 3), 0.5],
      ]),
    );
}
const truth = docs.map((_, i) => Math.floor(i / 6));

describe("clustering", () => {
  it("nmi is 1 for equal partitions up to renaming and 0 for independent ones", () => {
    expect(nmi({ truth: [0, 0, 1, 1], predicted: [5, 5, 2, 2] })).toBeCloseTo(1);
    expect(nmi({ truth: [0, 0, 1, 1], predicted: [0, 1, 0, 1] })).toBeCloseTo(0);
  });

  it("spherical k-means finds separated groups, deterministically per seed", () => {
    const a = sphericalKMeans({ vectors: docs, dim: 9, k: 3, seed: 7, restarts: 2 });
    expect(nmi({ truth, predicted: a.assignments })).toBeCloseTo(1);
    const b = sphericalKMeans({ vectors: docs, dim: 9, k: 3, seed: 7, restarts: 2 });
    expect([...b.assignments]).toEqual([...a.assignments]);
    expect(bisectingKMeans({ vectors: docs, dim: 9, k: 3, seed: 1 }).assignments.length).toBe(18);
    expect(
      nmi({
        truth,
        predicted: bisectingKMeans({ vectors: docs, dim: 9, k: 3, seed: 1 }).assignments,
      }),
    ).toBeCloseTo(1);
  });

  it("NMF recovers the groups and gives a mixed document two themes", () => {
    const mixed = vec([
      [0, 1],
      [3, 1],
    ]);
    const r = nmf({ vectors: [...docs, mixed], dim: 9, k: 3, seed: 3, iterations: 300 });
    expect(nmi({ truth, predicted: [...nmfArgmax(r)].slice(0, 18) })).toBeCloseTo(1);
    const m = nmfMemberships({ result: r, minShare: 0.3 });
    expect(m[18]!.length).toBe(2);
    expect(m[0]!.length).toBe(1);
  });

  it("leaves empty documents unassigned", () => {
    const empty = { indices: new Uint32Array(0), values: new Float64Array(0) };
    const r = sphericalKMeans({ vectors: [...docs, empty], dim: 9, k: 3, seed: 1 });
    expect(r.assignments[18]).toBe(-1);
  });
});
