import { afterEach, describe, expect, it, vi } from "vitest";
import { startIntervalWorker } from "./interval.js";

describe("an interval worker", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs one pass per interval, never two at once, and keeps going after a failed pass", async () => {
    vi.useFakeTimers();
    let active = 0;
    let most = 0;
    let passes = 0;
    const errors: unknown[] = [];
    let release: () => void = () => {};
    const worker = startIntervalWorker({
      intervalMs: 100,
      pass: async () => {
        passes++;
        active++;
        most = Math.max(most, active);
        if (passes === 1) await new Promise<void>((r) => (release = r));
        active--;
        if (passes === 2) throw new Error("database gone");
        return passes;
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(350); // the first pass is still running: no second one
    expect(passes).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100); // second pass fails
    await vi.advanceTimersByTimeAsync(100); // third pass runs all the same
    expect(passes).toBe(3);
    expect(most).toBe(1);
    expect(errors).toEqual([new Error("database gone")]);
    await worker.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(passes).toBe(3);
  });

  it("tells a long pass that the worker is stopping, and stop waits for it", async () => {
    let sawStop = false;
    let started: () => void = () => {};
    const running = new Promise<void>((r) => (started = r));
    const worker = startIntervalWorker({
      intervalMs: 10,
      pass: async ({ stopped }) => {
        started();
        while (!stopped()) await new Promise((r) => setTimeout(r, 5));
        sawStop = true;
        return 0;
      },
      onError: () => {},
    });
    await running;
    await worker.stop();
    expect(sawStop).toBe(true);
  });
});
