import { describe, expect, it, vi } from "vitest";
import { createMemoryLimiter } from "./memory-limit.js";

describe("in-memory fixed-window limiter", () => {
  it("allows the limit per window per key, then refuses until the window passes", () => {
    vi.useFakeTimers();
    try {
      const limiter = createMemoryLimiter({ limit: 3, windowMs: 1000 });
      expect([1, 2, 3, 4].map(() => limiter.hit("a"))).toEqual([true, true, true, false]);
      expect(limiter.hit("b")).toBe(true);
      vi.advanceTimersByTime(1000);
      expect(limiter.hit("a")).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps memory bounded by forgetting the oldest keys", () => {
    const limiter = createMemoryLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`);
    // The newest key is still limited; a long-forgotten one starts afresh.
    expect(limiter.hit("k999")).toBe(false);
    expect(limiter.hit("k0")).toBe(true);
  });
});
