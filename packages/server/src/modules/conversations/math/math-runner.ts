import { Worker } from "node:worker_threads";
import type { MathJob, MathOutput } from "./math-thread.js";

/**
 * Runs math jobs in one worker thread, so that a large conversation's recompute never blocks
 * the server's event loop. Jobs are queued; the thread is started on first use.
 */
export interface MathRunner {
  run: (job: MathJob) => Promise<MathOutput>;
  close: () => Promise<void>;
}

export function createMathRunner(): MathRunner {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (o: MathOutput) => void; reject: (e: Error) => void }
  >();

  const start = () => {
    // Compiled (dist/), the thread runs math-thread.js; from the TypeScript sources (development,
    // tests) math-thread-entry.mjs registers tsx first, and @kuulo packages resolve to sources.
    const w = import.meta.url.endsWith(".ts")
      ? new Worker(new URL("./math-thread-entry.mjs", import.meta.url), {
          execArgv: [...process.execArgv, "--conditions=kuulo-source"],
        })
      : new Worker(new URL("./math-thread.js", import.meta.url));
    w.on("message", (message: { id: number; output?: MathOutput; error?: string }) => {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(message.error));
      else waiter.resolve(message.output!);
    });
    w.on("error", (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
      worker = undefined;
    });
    w.unref();
    return w;
  };

  return {
    run: (job) =>
      new Promise<MathOutput>((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job });
      }),
    close: async () => {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
