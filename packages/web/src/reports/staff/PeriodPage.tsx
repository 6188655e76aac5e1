import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type BriefLanguage, reportEndpoints } from "../api.js";
import { BriefView } from "../BriefView.js";
import { useRt } from "../i18n/index.js";
import { LANGUAGES, PeriodForm, yearsToToday } from "./PeriodForm.js";
import "../reports.css";

/**
 * `/:slug/staff/reports/period`: the period report across activities (e.g. the participation
 * chapter of the annual wellbeing report), made for the chosen days and language, with its PDF
 * and Word files.
 */
export function PeriodPage() {
  const { org } = useStaffContext();
  const { rt, t, language } = useRt();
  const [period, setPeriod] = useState(() => yearsToToday(0));
  const [lang, setLang] = useState<BriefLanguage>(
    LANGUAGES.includes(language as BriefLanguage) ? (language as BriefLanguage) : "fi",
  );
  useDocumentTitle(rt("period.title"));
  const report = useQuery({
    queryKey: ["reports", "period", org.slug, period.from, period.to, lang],
    queryFn: () => reportEndpoints.periodReport(org.slug, period.from, period.to, lang),
  });
  return (
    <div className="page report-page">
      <h1 tabIndex={-1}>{rt("period.title")}</h1>
      <p>{rt("period.intro")}</p>
      <PeriodForm id="period" initial={period} lang={lang} onLang={setLang} onPeriod={setPeriod} />
      {report.error ? (
        <p role="alert">{rt("error", { message: report.error.message })}</p>
      ) : !report.data ? (
        <p className="status">{t("common.loading")}</p>
      ) : (
        <>
          <p className="report-controls">
            <a href={reportEndpoints.periodFileUrl(org.slug, period, lang, "pdf")} download>
              {rt("pdf", { language: rt(`languages.${lang}`) })}
            </a>
            <a href={reportEndpoints.periodFileUrl(org.slug, period, lang, "docx")} download>
              {rt("docx", { language: rt(`languages.${lang}`) })}
            </a>
          </p>
          <h2 lang={report.data.language}>{report.data.title}</h2>
          <p>{rt("aggregated")}</p>
          <BriefView brief={report.data} />
        </>
      )}
    </div>
  );
}
