// Development and tests: entry of the k-sweep worker thread from the TypeScript sources. It
// registers tsx, then runs sweep-worker.ts; if that cannot load, it still answers and wakes
// the waiting thread (which then sweeps itself). The compiled package runs sweep-worker.js.
import { workerData } from "node:worker_threads";

try {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./sweep-worker.ts");
} catch (error) {
  workerData.port.postMessage({ error: String(error) });
  const done = new Int32Array(workerData.done);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
