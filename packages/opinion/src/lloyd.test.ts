import { describe, expect, it } from "vitest";
import { kmeans } from "./kmeans.js";
import { lloyd } from "./lloyd.js";
import { createPrng } from "./prng.js";

/** n points: camps with noise, or (grid) integer coordinates, full of exact ties and repeats. */
function points(n: number, seed: number, grid: boolean): Float64Array {
  const prng = createPrng(seed);
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    if (grid) {
      xy[2 * i] = Math.floor(prng.next() * 12);
      xy[2 * i + 1] = Math.floor(prng.next() * 12);
    } else {
      const camp = i % 3;
      xy[2 * i] = camp * 3 + (prng.next() - 0.5) * 4;
      xy[2 * i + 1] = (camp === 1 ? 2 : 0) + (prng.next() - 0.5) * 4;
    }
  }
  return xy;
}

describe("Lloyd steps with bounded nearest-centre search", () => {
  it("assign every point exactly as scanning all centres, ties included", () => {
    for (const grid of [false, true]) {
      for (const [n, k, seed] of [
        [2000, 100, 1],
        [500, 30, 2],
        [300, 7, 3],
        [50, 50, 4],
      ] as const) {
        const xy = points(n, seed, grid);
        const ids = Array.from({ length: n }, (_, i) => i);
        const cold = kmeans({ ids, xy, k, maxIterations: 30 });
        expect(kmeans({ ids, xy, k, maxIterations: 30, assignment: "scan" })).toEqual(cold);
        // Warm start on moved points (dropped and split clusters included), weighted.
        const moved = xy.map((v, i) => v + (((i * 7919) % 13) - 6) * 0.05);
        const weights = Float64Array.from(ids, (i) => 1 + (i % 4));
        const warm = (assignment: "bounded" | "scan") =>
          kmeans({ ids, xy: moved, weights, k, maxIterations: 30, previous: cold, assignment });
        expect(warm("bounded")).toEqual(warm("scan"));
      }
    }
  });

  it("breaks a tie between two centres at the same distance towards the larger id", () => {
    // The point (1, 0) is 1 from both centres; it goes to the later one (id 7).
    const xy = Float64Array.from([1, 0, 0, 0, 2, 0]);
    const result = lloyd({
      xy,
      ids: Int32Array.from([3, 7]),
      cx: Float64Array.from([0, 2]),
      cy: Float64Array.from([0, 0]),
      maxIterations: 0,
    });
    expect(Array.from(result.assign)).toEqual([1, 0, 1]);
    expect(Array.from(result.cx)).toEqual([0, 1.5]);
  });

  it("drops a centre that no point chooses", () => {
    const xy = Float64Array.from([0, 0, 0, 1, 5, 5]);
    const result = lloyd({
      xy,
      ids: Int32Array.from([0, 1, 2]),
      cx: Float64Array.from([0, 100, 5]),
      cy: Float64Array.from([0, 100, 5]),
      maxIterations: 3,
    });
    expect(Array.from(result.ids)).toEqual([0, 2]);
    expect(Array.from(result.assign)).toEqual([0, 0, 1]);
  });
});
