import { TextError } from "./errors.js";
import type { LlmConfig } from "./llm.js";
import type { AnalysisReport } from "./report.js";
import { startThread } from "./threads.js";
import type { WorkerAnalyzeOptions, WorkerRequest, WorkerResponse } from "./worker-protocol.js";

export type ProgressHandler = (event: { step: string; done: number; total: number }) => void;

/** The analysis in a worker thread; every call resolves to the updated report. */
export interface TextWorker {
  analyze(options: WorkerAnalyzeOptions, onProgress?: ProgressHandler): Promise<AnalysisReport>;
  selectK(k: number, onProgress?: ProgressHandler): Promise<AnalysisReport>;
  merge(ids: string[], label?: string): Promise<AnalysisReport>;
  split(themeId: string, parts?: number): Promise<AnalysisReport>;
  rename(themeId: string, label: string): Promise<AnalysisReport>;
  describeWithLlm(
    config: Omit<LlmConfig, "fetch">,
    onProgress?: ProgressHandler,
  ): Promise<AnalysisReport>;
  close(): Promise<void>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Pending = {
  resolve: (r: AnalysisReport) => void;
  reject: (e: Error) => void;
  onProgress?: ProgressHandler;
};

/** Starts a worker thread that runs the text analysis off the main thread. */
export function startTextWorker(): TextWorker {
  const worker = startThread("worker");
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.on("message", (message: WorkerResponse) => {
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === "progress") p.onProgress?.(message);
    else {
      pending.delete(message.id);
      if (message.type === "result") p.resolve(message.report);
      else
        p.reject(
          new TextError(
            message.code === "INTERNAL" ? "WORKER_FAILED" : message.code,
            message.message,
          ),
        );
    }
  });
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new TextError("WORKER_FAILED", message));
    pending.clear();
  };
  worker.on("error", (error) => failAll(`text worker failed: ${error.message}`));
  worker.on("exit", (code) => failAll(`text worker exited (code ${code}) before answering`));
  const request = (body: DistributiveOmit<WorkerRequest, "id">, onProgress?: ProgressHandler) =>
    new Promise<AnalysisReport>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...body, id } as WorkerRequest);
    });
  return {
    analyze: (options, onProgress) => request({ type: "analyze", options }, onProgress),
    selectK: (k, onProgress) => request({ type: "selectK", k }, onProgress),
    merge: (ids, label) => request({ type: "merge", ids, label }),
    split: (themeId, parts) => request({ type: "split", themeId, parts }),
    rename: (themeId, label) => request({ type: "rename", themeId, label }),
    describeWithLlm: (config, onProgress) => request({ type: "llm", config }, onProgress),
    close: async () => {
      await worker.terminate();
    },
  };
}
