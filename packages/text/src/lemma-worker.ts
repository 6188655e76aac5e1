import { workerData } from "node:worker_threads";
import { openVoikkoWasm } from "@kuulo/voikko";
import type { LemmaJob } from "./lemma-pool.js";

// One Voikko (WebAssembly) handle per worker thread: analyse this worker's share of the
// batch's distinct words, post the raw readings on the port, then count down and wake the
// waiting thread.
const job = workerData as LemmaJob;
const done = new Int32Array(job.done);
try {
  const voikko = openVoikkoWasm();
  job.port.postMessage({ readings: job.words.map((w) => voikko.analyze(w)) });
  voikko.terminate();
} catch (error) {
  job.port.postMessage({ error: String(error) });
} finally {
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
}
