// k-sweep worker thread (started by sweepInThread in sweep-pool.ts): runs sweepK on the job's
// vectors, posts the sweep on the port and wakes the waiting thread. Job shape: SweepJob.
import { workerData } from "node:worker_threads";
import { sweepK } from "./sweep.js";
import { fromCsr, type SweepJob } from "./sweep-pool.js";

const job = workerData as SweepJob;
try {
  const vectors = fromCsr(job);
  const sweep = sweepK({ vectors, dim: job.dim, kMin: job.kMin, kMax: job.kMax, seed: job.seed });
  job.port.postMessage(
    sweep,
    sweep.entries.map((e) => e.assignments.buffer as ArrayBuffer),
  );
} catch (error) {
  job.port.postMessage({ error: String(error) });
} finally {
  const done = new Int32Array(job.done);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
