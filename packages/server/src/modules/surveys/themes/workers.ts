import { startTextWorker, type TextWorker } from "@kuulo/text";

/** How long an analysis' worker (and its corpus) stays for the analyst's next edit. */
const IDLE_MS = 10 * 60_000;

interface Held {
  worker: TextWorker;
  timer: NodeJS.Timeout;
  /** Edits run one at a time per analysis. */
  queue: Promise<unknown>;
}

/**
 * The @kuulo/text workers of analyses being edited, one per analysis, each holding its corpus
 * so that merge and split need not analyse again. A worker idle for ten minutes is closed; the
 * next edit rebuilds it from the stored answers, k, seed and edits (the analysis is seeded, so
 * the same themes come back).
 */
export class ThemeWorkers {
  private held = new Map<string, Held>();
  /** Workers of analyses still running (closed with the rest). */
  private running = new Set<TextWorker>();

  /** A new worker for an analysis job; `keep` it when done, or close it. */
  start(): TextWorker {
    const worker = startTextWorker();
    this.running.add(worker);
    const close = worker.close;
    worker.close = async () => {
      this.running.delete(worker);
      await close();
    };
    return worker;
  }

  /** Keeps `worker` for the analysis (closing one it replaces). */
  keep(analysisId: string, worker: TextWorker): void {
    this.running.delete(worker);
    const old = this.held.get(analysisId);
    if (old && old.worker !== worker) void this.drop(analysisId);
    const timer = setTimeout(() => void this.drop(analysisId), IDLE_MS);
    timer.unref();
    this.held.set(analysisId, { worker, timer, queue: old?.queue ?? Promise.resolve() });
  }

  /** Runs `fn` with the analysis' worker, made by `rebuild` when none is held; one at a time. */
  async use<T>(
    analysisId: string,
    rebuild: (worker: TextWorker) => Promise<void>,
    fn: (worker: TextWorker) => Promise<T>,
  ): Promise<T> {
    let held = this.held.get(analysisId);
    if (!held) {
      const worker = startTextWorker();
      try {
        await rebuild(worker);
      } catch (error) {
        await worker.close();
        throw error;
      }
      this.keep(analysisId, worker);
      held = this.held.get(analysisId)!;
    }
    const h = held;
    const run = h.queue.then(() => fn(h.worker));
    h.queue = run.catch(() => undefined);
    this.keep(analysisId, h.worker);
    return run;
  }

  async drop(analysisId: string): Promise<void> {
    const held = this.held.get(analysisId);
    if (!held) return;
    this.held.delete(analysisId);
    clearTimeout(held.timer);
    await held.worker.close();
  }

  async close(): Promise<void> {
    await Promise.all([...this.running].map((w) => w.close()));
    await Promise.all([...this.held.keys()].map((id) => this.drop(id)));
  }
}
