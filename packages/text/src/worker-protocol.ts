import type { AnalyzeOptions } from "./analyze.js";
import type { TextErrorCode } from "./errors.js";
import type { LlmConfig } from "./llm.js";
import type { AnalysisReport } from "./report.js";

export type WorkerAnalyzeOptions = Omit<AnalyzeOptions, "onProgress"> & {
  groups?: { by: string; values: (string | null)[] };
};

export type WorkerRequest =
  | { id: number; type: "analyze"; options: WorkerAnalyzeOptions }
  | { id: number; type: "selectK"; k: number }
  | { id: number; type: "merge"; ids: string[]; label?: string }
  | { id: number; type: "split"; themeId: string; parts?: number }
  | { id: number; type: "rename"; themeId: string; label: string }
  | { id: number; type: "llm"; config: Omit<LlmConfig, "fetch"> };

export type WorkerResponse =
  | { id: number; type: "progress"; step: string; done: number; total: number }
  | { id: number; type: "result"; report: AnalysisReport; ms: number }
  | { id: number; type: "error"; code: TextErrorCode | "INTERNAL"; message: string };
