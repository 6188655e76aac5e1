import { describe, expect, it } from "vitest";
import { type Cluster, kmeans } from "./kmeans.js";
import { createPrng } from "./prng.js";

/** Points around three centres, with some exact duplicates. */
function points(n: number, seed: number): Float64Array {
  const prng = createPrng(seed);
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    xy[2 * i] = c * 2 + prng.next() - 0.5;
    xy[2 * i + 1] = (c === 1 ? 2 : 0) + prng.next() - 0.5;
    if (i % 17 === 5) {
      xy[2 * i] = xy[2 * i - 2]!;
      xy[2 * i + 1] = xy[2 * i - 1]!;
    }
  }
  return xy;
}

const rename = (clusters: Cluster[], f: (id: number) => number): Cluster[] =>
  clusters.map((c) => ({ ...c, members: c.members.map(f) }));

describe("k-means point index", () => {
  it("small integer names (typed-array index) and other names (map) give the same clustering", () => {
    const n = 400;
    const xy = points(n, 3);
    const rows = Array.from({ length: n }, (_, i) => i * 2);
    const cold = kmeans({ ids: rows, xy, k: 20, maxIterations: 5 });
    // The next tick: points moved a little, one point gone, warm start from `cold`.
    const moved = xy.map((v, i) => v + (i % 7) * 1e-3);
    const present = rows.slice(1);
    const warmXy = moved.subarray(2);
    const dense = kmeans({ ids: present, xy: warmXy, k: 20, maxIterations: 5, previous: cold });
    const name = (id: number) => id * 1e9 + 0.5;
    const viaMap = kmeans({
      ids: present.map(name),
      xy: warmXy,
      k: 20,
      maxIterations: 5,
      previous: rename(cold, name),
    });
    expect(viaMap).toEqual(rename(dense, name));
    // The warm start used the previous members (clusters keep their ids and most points).
    expect(dense.map((c) => c.id).sort((a, b) => a - b)).toEqual(
      cold.map((c) => c.id).sort((a, b) => a - b),
    );
  });
});
