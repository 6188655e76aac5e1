import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import type { SparseVector } from "./sparse.js";
import type { KSweep, KSweepEntry } from "./sweep.js";
import { type CsrMatrix, csrRows } from "./tfidf.js";
import { startThread } from "./threads.js";

type MessagePort = import("node:worker_threads").MessagePort;

/** Below this many answers the sweep is fast enough that a thread would not pay for itself. */
export const PARALLEL_SWEEP_MIN_ANSWERS = 2000;

/** What the sweep worker gets: the TF-IDF vectors as one compressed sparse row matrix. */
export interface SweepJob {
  offsets: Uint32Array;
  indices: Uint32Array;
  values: Float64Array;
  dim: number;
  kMin: number;
  kMax: number;
  seed: number;
  done: SharedArrayBuffer;
  port: MessagePort;
}

/** A sweep running in a worker thread; `result()` blocks until it is there. */
export interface PendingSweep {
  /** The sweep, or null when the worker failed or timed out (the caller then sweeps itself). */
  result(timeoutMs?: number): KSweep | null;
}

export function toCsr(vectors: SparseVector[]): CsrMatrix {
  const offsets = new Uint32Array(vectors.length + 1);
  for (let i = 0; i < vectors.length; i++)
    offsets[i + 1] = offsets[i]! + vectors[i]!.indices.length;
  const indices = new Uint32Array(offsets[vectors.length]!);
  const values = new Float64Array(indices.length);
  vectors.forEach((v, i) => {
    indices.set(v.indices, offsets[i]!);
    values.set(v.values, offsets[i]!);
  });
  return { offsets, indices, values };
}

export function fromCsr(csr: CsrMatrix): SparseVector[] {
  return csrRows(csr);
}

/**
 * Starts `sweepK` in a worker thread so that the calling thread can compute the themes at the
 * same time (the sweep is pure: the worker's result is the one `sweepK` gives in-thread).
 */
export function sweepInThread(options: {
  vectors: SparseVector[];
  /** The same vectors as compressed sparse rows in SharedArrayBuffers: read in place, no copy. */
  csr?: CsrMatrix;
  dim: number;
  kMin: number;
  kMax: number;
  seed: number;
}): PendingSweep {
  const { port1, port2 } = new MessageChannel();
  const done = new SharedArrayBuffer(4);
  const counter = new Int32Array(done);
  const shared = options.csr && options.csr.values.buffer instanceof SharedArrayBuffer;
  const csr = shared ? options.csr! : toCsr(options.vectors);
  const { dim, kMin, kMax, seed } = options;
  const job: SweepJob = { ...csr, dim, kMin, kMax, seed, done, port: port2 };
  const transfer = shared ? [] : [csr.offsets.buffer, csr.indices.buffer, csr.values.buffer];
  const worker = startThread("sweep-worker", {
    workerData: job,
    transferList: [port2, ...transfer] as never,
    // The sweep keeps little alive (the vectors, one partition per k): a small heap is
    // collected often, which keeps the process' peak memory near the single-threaded one.
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 },
  });
  worker.unref();
  // The worker posts an error message itself; this only keeps a crash from throwing here.
  worker.on("error", () => {});
  return {
    result(timeoutMs = 300_000) {
      const deadline = Date.now() + timeoutMs;
      while (Atomics.load(counter, 0) === 0 && Date.now() < deadline)
        Atomics.wait(counter, 0, 0, 1000);
      const message = receiveMessageOnPort(port1)?.message as
        | { entries: KSweepEntry[]; suggestedK: number }
        | { error: string }
        | undefined;
      port1.close();
      void worker.terminate();
      if (!message || "error" in message) return null;
      return { entries: message.entries, suggestedK: message.suggestedK };
    },
  };
}
