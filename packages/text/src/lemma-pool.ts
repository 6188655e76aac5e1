import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, type Worker } from "node:worker_threads";
import { startThread } from "./threads.js";

/** What one lemmatisation worker gets. */
export interface LemmaJob {
  words: string[];
  done: SharedArrayBuffer;
  port: MessagePort;
}

type MessagePort = import("node:worker_threads").MessagePort;

/** Below this many distinct words, starting threads costs more than it saves. */
export const PARALLEL_MIN_WORDS = 3000;

/**
 * Threads for lemmatisation: `KUULO_TEXT_THREADS` if set (1 = single-threaded), else the
 * machine's parallelism, at most 4.
 */
export function lemmaThreads(): number {
  const env = Number(process.env.KUULO_TEXT_THREADS);
  if (Number.isInteger(env) && env >= 1) return Math.min(env, 16);
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Analyses distinct words with the WebAssembly Voikko in `threads` threads: `threads − 1`
 * worker threads with one Voikko handle each take the first shares, while the calling thread
 * handles the last share with `local` (its own handle); then it sleeps on a shared counter
 * until every worker has posted its share. Workers post Voikko's readings as text, one string
 * per word (cheap to pass between threads; `parseReadings` reads them). Returns the texts of
 * the workers' words (`words` up to `local`'s share, in order), or null when a worker failed
 * (the caller then analyses those words in-thread). Synchronous.
 */
export function analyzeInThreads(options: {
  words: string[];
  threads: number;
  local: (words: string[]) => void;
  timeoutMs?: number;
}): string[] | null {
  const { words } = options;
  const threads = options.threads - 1; // worker threads besides this one
  const done = new SharedArrayBuffer(4);
  const counter = new Int32Array(done);
  const chunk = Math.ceil(words.length / options.threads);
  const jobs: { worker: Worker; port: MessagePort }[] = [];
  for (let t = 0; t < threads; t++) {
    const { port1, port2 } = new MessageChannel();
    const job: LemmaJob = { words: words.slice(t * chunk, (t + 1) * chunk), done, port: port2 };
    const worker = startThread("lemma-worker.mjs", {
      workerData: job,
      transferList: [port2],
    });
    worker.unref();
    jobs.push({ worker, port: port1 });
  }
  options.local(words.slice(threads * chunk));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let seen = Atomics.load(counter, 0);
  while (seen < threads && Date.now() < deadline) {
    Atomics.wait(counter, 0, seen, 1000);
    seen = Atomics.load(counter, 0);
  }
  const out: string[] = [];
  let failed = seen < threads;
  for (const { worker, port } of jobs) {
    const message = failed ? undefined : receiveMessageOnPort(port)?.message;
    if (!message || message.error) failed = true;
    else for (const text of message.texts as string[]) out.push(text);
    port.close();
    void worker.terminate();
  }
  return failed || out.length !== Math.min(words.length, threads * chunk) ? null : out;
}
