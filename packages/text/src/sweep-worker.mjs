// k-sweep worker: the package ships TypeScript sources, so register tsx, then run sweepK on
// the job's vectors, post the sweep on the port and wake the waiting thread. Job shape:
// SweepJob in sweep-pool.ts.
import { workerData } from "node:worker_threads";

const job = workerData;
const done = new Int32Array(job.done);
try {
  const { register } = await import("tsx/esm/api");
  register();
  const { sweepK } = await import("./sweep.ts");
  const { fromCsr } = await import("./sweep-pool.ts");
  const vectors = fromCsr(job);
  const sweep = sweepK({ vectors, dim: job.dim, kMin: job.kMin, kMax: job.kMax, seed: job.seed });
  job.port.postMessage(
    sweep,
    sweep.entries.map((e) => e.assignments.buffer),
  );
} catch (error) {
  job.port.postMessage({ error: String(error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
