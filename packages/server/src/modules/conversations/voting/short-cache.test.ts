import { describe, expect, it } from "vitest";
import { createShortCache } from "./short-cache.js";

describe("short caches of the residents' paths", () => {
  it("load once for requests arriving together, and again after the time to live", async () => {
    const cache = createShortCache<number>({ ttlMs: 50 });
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return loads;
    };
    const together = await Promise.all(Array.from({ length: 20 }, () => cache.get("a", load)));
    expect(together).toEqual(Array(20).fill(1));
    expect(loads).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await cache.get("a", load)).toBe(2);
  });

  it("do not keep a failed load", async () => {
    const cache = createShortCache<number>({ ttlMs: 10_000 });
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", async () => 7)).toBe(7);
  });

  it("stay bounded in keys", async () => {
    const cache = createShortCache<number>({ ttlMs: 10_000, maxKeys: 3 });
    let loads = 0;
    const load = async () => ++loads;
    for (const key of ["a", "b", "c", "d"]) await cache.get(key, load);
    // "d" cleared the full cache: "a" loads again.
    expect(await cache.get("a", load)).toBe(5);
  });

  it("load again at once after a key is forgotten", async () => {
    const cache = createShortCache<number>({ ttlMs: 10_000 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("a", load)).toBe(1);
    cache.forget("a");
    expect(await cache.get("a", load)).toBe(2);
  });
});
