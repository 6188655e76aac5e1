import { describe, expect, it } from "vitest";
import { createOverloadGuard, eventLoopLag } from "./overload.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("event-loop lag", () => {
  it("is seen during a long tick, not only after it", async () => {
    const lag = eventLoopLag({ intervalMs: 10 });
    try {
      await tick(30);
      const guard = createOverloadGuard({ lag, thresholdMs: 50 });
      // Blocking the loop for 120 ms: the timer is overdue while the tick still runs.
      const started = performance.now();
      while (performance.now() - started < 120) {
        // busy
      }
      expect(lag.lagMs()).toBeGreaterThanOrEqual(100);
      expect(guard.shedding()).toBe(true);
      // Once the loop runs again, the latest sample reflects how late it runs now.
      await tick(5);
      await tick(40);
      expect(lag.lagMs()).toBeLessThan(120);
    } finally {
      lag.stop();
    }
  });
});
