/**
 * The loop of a background worker in a server process (math, mail, …): every interval it runs
 * one pass, never two at once; a failed pass is reported and the next interval tries again.
 * The shared base for every module's worker, so that each writes only its pass.
 */

export interface IntervalWorker<T> {
  /** Runs one pass now (tests and shutdown use it), after any pass in progress. */
  runOnce: () => Promise<T>;
  /** Stops the timer and waits for a pass in progress. */
  stop: () => Promise<void>;
}

export function startIntervalWorker<T>(options: {
  intervalMs: number;
  /** One pass; `stopped()` turns true when the worker is being stopped (a long pass may end early). */
  pass: (control: { stopped: () => boolean }) => Promise<T>;
  onError: (error: unknown) => void;
}): IntervalWorker<T> {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const control = { stopped: () => stopped };
  const tick = async () => {
    if (running || stopped) return;
    running = options.pass(control).catch(options.onError);
    await running;
    running = undefined;
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    runOnce: async () => {
      while (running) await running;
      return options.pass(control);
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
