import { call } from "../api/client.js";
import type { ApiResponse } from "../api/contract.js";
import type { BriefKind } from "./kinds.js";

export type Brief = ApiResponse<"/api/orgs/{slug}/reports/conversations/{id}">;
export type BriefBlock = Brief["sections"][number]["blocks"][number];
export type BriefLanguage = Brief["language"];
export type PeriodReport = ApiResponse<"/api/orgs/{slug}/reports/period">;
export type Metrics = ApiResponse<"/api/orgs/{slug}/reports/metrics">;
export { BRIEF_KINDS, type BriefKind } from "./kinds.js";

/** A brief's JSON, for staff (`audience` "") or anyone (`"public/"`; csrf-free). */
function briefCall(
  audience: "" | "public/",
  slug: string,
  kind: BriefKind,
  id: string,
  lang: BriefLanguage,
): Promise<Brief> {
  const query = { lang };
  const pub = audience === "public/";
  switch (kind) {
    case "conversations":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/conversations/{id}", {
            params: { slug, id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/conversations/{id}", {
            params: { slug, id },
            query,
          });
    case "surveys":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/surveys/{surveyId}", {
            params: { slug, surveyId: id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/surveys/{surveyId}", {
            params: { slug, surveyId: id },
            query,
          });
    case "panels":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/panels/{panelId}", {
            params: { slug, panelId: id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/panels/{panelId}", {
            params: { slug, panelId: id },
            query,
          });
    case "juries":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/juries/{juryId}", {
            params: { slug, juryId: id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/juries/{juryId}", {
            params: { slug, juryId: id },
            query,
          });
    case "roundtables":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/roundtables/{roundTableId}", {
            params: { slug, roundTableId: id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/roundtables/{roundTableId}", {
            params: { slug, roundTableId: id },
            query,
          });
    case "phone":
      return pub
        ? call("get", "/api/orgs/{slug}/reports/public/phone/{campaignId}", {
            params: { slug, campaignId: id },
            query,
            csrf: false,
          })
        : call("get", "/api/orgs/{slug}/reports/phone/{campaignId}", {
            params: { slug, campaignId: id },
            query,
          });
  }
}

/** Staff calls: an activity's brief in a language, and the address of its PDF. */
export const reportEndpoints = {
  brief: (slug: string, kind: BriefKind, id: string, lang: BriefLanguage) =>
    briefCall("", slug, kind, id, lang),
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
    briefCall("public/", slug, kind, id, lang),
};
