import { call, fillPath } from "../../../api/client.js";
import type { ApiBody, ApiResponse } from "../../../api/contract.js";

export type SurveyResults = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}/results">;
export type QuestionResultData = SurveyResults["questions"][number];
export type Weights = NonNullable<SurveyResults["weights"]>;
export type SurveyCrosstab = ApiResponse<"/api/orgs/{slug}/surveys/{surveyId}/results/crosstab">;
export type ImportPreview = ApiResponse<"/api/orgs/{slug}/surveys/import/preview", "post">;
export type ImportInput = ApiBody<"/api/orgs/{slug}/surveys/import", "post">;
export type ImportResult = ApiResponse<"/api/orgs/{slug}/surveys/import", "post">;

export interface ResultFilter {
  channel?: string;
  version?: string;
  weighted: boolean;
}

const query = (f: ResultFilter) => ({
  ...(f.channel ? { channel: f.channel } : {}),
  ...(f.version ? { version: f.version } : {}),
  weighted: f.weighted ? ("true" as const) : ("false" as const),
});

/** Staff calls of the results and import pages. */
export const surveyResultEndpoints = {
  results: (slug: string, surveyId: string, f: ResultFilter) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}/results", {
      params: { slug, surveyId },
      query: query(f),
    }),
  crosstab: (slug: string, surveyId: string, f: ResultFilter & { question: string; by: string }) =>
    call("get", "/api/orgs/{slug}/surveys/{surveyId}/results/crosstab", {
      params: { slug, surveyId },
      query: { ...query(f), question: f.question, by: f.by },
    }),
  /** A download link (opened by the browser, not fetched). */
  exportUrl: (slug: string, surveyId: string, format: "csv" | "xlsx" | "codebook", lang: string) =>
    `${fillPath("/api/orgs/{slug}/surveys/{surveyId}/export", { slug, surveyId })}?format=${format}&lang=${lang}`,
  preview: (slug: string, file: string) =>
    call("post", "/api/orgs/{slug}/surveys/import/preview", { params: { slug }, json: { file } }),
  importFile: (slug: string, json: ImportInput) =>
    call("post", "/api/orgs/{slug}/surveys/import", { params: { slug }, json }),
};

/** A file's bytes as base64 (the import routes take files in JSON). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
