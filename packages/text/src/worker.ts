// Runs inside a worker thread (startTextWorker in runner.ts): keeps one analysis and
// answers requests from the main thread, so that edits reuse the lemmatised corpus.
import { parentPort } from "node:worker_threads";
import { type Analysis, analyzeAnswers, themesForK } from "./analyze.js";
import { mergeThemes, renameTheme, splitTheme } from "./edit.js";
import { TextError } from "./errors.js";
import { applyLlmLabels, type LlmThemeResult, llmDescribeThemes } from "./llm.js";
import { buildReport } from "./report.js";
import type { ThemeSet } from "./themes.js";
import type { WorkerAnalyzeOptions, WorkerRequest, WorkerResponse } from "./worker-protocol.js";

let analysis: Analysis | undefined;
let set: ThemeSet | undefined;
let groups: WorkerAnalyzeOptions["groups"];
let llm: LlmThemeResult[] | undefined;

function send(message: WorkerResponse): void {
  parentPort!.postMessage(message);
}

function current(): { analysis: Analysis; set: ThemeSet } {
  if (!analysis || !set)
    throw new TextError("BAD_OPTION", "no analysis yet: send an analyze request first");
  return { analysis, set };
}

async function handle(request: WorkerRequest): Promise<void> {
  const progress = (step: string, done: number, total: number) =>
    send({ id: request.id, type: "progress", step, done, total });
  switch (request.type) {
    case "analyze": {
      const { groups: g, ...options } = request.options;
      analysis = analyzeAnswers({
        ...options,
        onProgress: (e) => progress(e.step, e.done, e.total),
      });
      set = analysis.themes;
      groups = g;
      llm = undefined;
      break;
    }
    case "selectK": {
      const c = current();
      llm = undefined;
      analysis = { ...c.analysis, k: request.k };
      set = themesForK({
        corpus: c.analysis.corpus,
        k: request.k,
        seed: c.analysis.seed,
        otherThreshold: c.analysis.otherThreshold,
      });
      analysis.themes = set;
      break;
    }
    case "merge":
      llm = undefined;
      set = mergeThemes({
        corpus: current().analysis.corpus,
        set: current().set,
        ids: request.ids,
        label: request.label,
      });
      break;
    case "split":
      llm = undefined;
      set = splitTheme({
        corpus: current().analysis.corpus,
        set: current().set,
        id: request.themeId,
        parts: request.parts,
      });
      break;
    case "rename":
      set = renameTheme({ set: current().set, id: request.themeId, label: request.label });
      break;
    case "llm": {
      const c = current();
      const results = await llmDescribeThemes({
        corpus: c.analysis.corpus,
        set: c.set,
        config: request.config,
        onProgress: (done, total) => progress("llm", done, total),
      });
      set = applyLlmLabels({ set: c.set, results });
      llm = results;
      break;
    }
  }
}

parentPort!.on("message", async (request: WorkerRequest) => {
  const t0 = performance.now();
  try {
    await handle(request);
    const c = current();
    send({
      id: request.id,
      type: "result",
      report: buildReport({ analysis: c.analysis, set: c.set, groups, llm }),
      ms: performance.now() - t0,
    });
  } catch (error) {
    send({
      id: request.id,
      type: "error",
      code: error instanceof TextError ? error.code : "INTERNAL",
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
