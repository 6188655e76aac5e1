import { Worker, type WorkerOptions } from "node:worker_threads";

/** True when this package runs from its TypeScript sources (development, tests) rather than dist/. */
const fromSources = import.meta.url.endsWith(".ts");

/**
 * Starts a worker thread on one of this package's modules, given by its base name: `worker`
 * runs `worker.js` when the package is compiled (dist/), and `worker-entry.mjs` from the
 * TypeScript sources, an entry that registers tsx before it loads `worker.ts`. A plain
 * JavaScript module (`lemma-worker.mjs`) runs as it is either way. From the sources the thread
 * resolves the @kuulo packages to their sources too (the `kuulo-source` condition).
 */
export function startThread(module: string, options: WorkerOptions = {}): Worker {
  if (module.endsWith(".mjs"))
    return new Worker(new URL(`./${module}`, import.meta.url), sourceOptions(options));
  if (!fromSources) return new Worker(new URL(`./${module}.js`, import.meta.url), options);
  return new Worker(new URL(`./${module}-entry.mjs`, import.meta.url), sourceOptions(options));
}

function sourceOptions(options: WorkerOptions): WorkerOptions {
  if (!fromSources) return options;
  // Per-process flags such as --expose-gc (the benchmarks' runner) are refused by Worker.
  const inherited = process.execArgv.filter((a) => a !== "--expose-gc");
  return { ...options, execArgv: [...inherited, "--conditions=kuulo-source"] };
}
