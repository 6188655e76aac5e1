// Lemmatisation worker (plain JavaScript: no TypeScript loader, so a thread starts fast and
// small). One Voikko (WebAssembly) handle per worker: analyse this worker's share of the
// batch's distinct words, post Voikko's readings as text (one string per word) on the port, then count down and wake the
// waiting thread. Job shape: LemmaJob in lemma-pool.ts.
import { workerData } from "node:worker_threads";
import { openVoikkoWasm } from "@kuulo/voikko/open";

const job = workerData;
const done = new Int32Array(job.done);
try {
  const voikko = openVoikkoWasm();
  job.port.postMessage({ texts: job.words.map((w) => voikko.analyzeText(w)) });
  voikko.terminate();
} catch (error) {
  job.port.postMessage({ error: String(error) });
} finally {
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
}
