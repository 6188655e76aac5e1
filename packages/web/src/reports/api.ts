import { call } from "../api/client.js";
import type { ApiResponse } from "../api/contract.js";

export type Brief = ApiResponse<"/api/orgs/{slug}/reports/conversations/{id}">;
export type BriefBlock = Brief["sections"][number]["blocks"][number];
export type BriefLanguage = Brief["language"];
export type BriefKind = "conversations" | "surveys" | "panels";
export type PeriodReport = ApiResponse<"/api/orgs/{slug}/reports/period">;
export type Metrics = ApiResponse<"/api/orgs/{slug}/reports/metrics">;

/** Staff calls: an activity's brief in a language, and the address of its PDF. */
export const reportEndpoints = {
  brief: (slug: string, kind: BriefKind, id: string, lang: BriefLanguage) =>
    kind === "conversations"
      ? call("get", "/api/orgs/{slug}/reports/conversations/{id}", {
          params: { slug, id },
          query: { lang },
        })
      : kind === "panels"
        ? call("get", "/api/orgs/{slug}/reports/panels/{panelId}", {
            params: { slug, panelId: id },
            query: { lang },
          })
        : call("get", "/api/orgs/{slug}/reports/surveys/{surveyId}", {
            params: { slug, surveyId: id },
            query: { lang },
          }),
  fileUrl: (
    slug: string,
    kind: BriefKind,
    id: string,
    lang: BriefLanguage,
    audience: string,
    format: "pdf" | "docx",
  ) =>
    `/api/orgs/${encodeURIComponent(slug)}/reports/${audience}${kind}/${encodeURIComponent(id)}/${format}?lang=${lang}`,
  periodReport: (slug: string, from: string, to: string, lang: BriefLanguage) =>
    call("get", "/api/orgs/{slug}/reports/period", {
      params: { slug },
      query: { from, to, lang },
    }),
  metrics: (slug: string, from: string, to: string, lang: BriefLanguage) =>
    call("get", "/api/orgs/{slug}/reports/metrics", {
      params: { slug },
      query: { from, to, lang },
    }),
  periodFileUrl: (
    slug: string,
    period: { from: string; to: string },
    lang: BriefLanguage,
    format: "pdf" | "docx",
  ) =>
    `/api/orgs/${encodeURIComponent(slug)}/reports/period/${format}?from=${period.from}&to=${period.to}&lang=${lang}`,
  /** Anyone's call: the brief of an activity whose results are public (else 404). */
  publicBrief: (slug: string, kind: BriefKind, id: string, lang: BriefLanguage) =>
    kind === "conversations"
      ? call("get", "/api/orgs/{slug}/reports/public/conversations/{id}", {
          params: { slug, id },
          query: { lang },
          csrf: false,
        })
      : kind === "panels"
        ? call("get", "/api/orgs/{slug}/reports/public/panels/{panelId}", {
            params: { slug, panelId: id },
            query: { lang },
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/public/surveys/{surveyId}", {
            params: { slug, surveyId: id },
            query: { lang },
            csrf: false,
          }),
};
