import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type BriefLanguage, reportEndpoints } from "../api.js";
import { BriefView } from "../BriefView.js";
import { useRt } from "../i18n/index.js";
import "../reports.css";

const LANGUAGES: BriefLanguage[] = ["fi", "sv", "en"];

/** This year from 1 January to today (Helsinki's date). */
function thisYear(): { from: string; to: string } {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * `/:slug/staff/reports/period`: the period report across activities (e.g. the participation
 * chapter of the annual wellbeing report), made for the chosen days and language, with its PDF
 * and Word files.
 */
export function PeriodPage() {
  const { org } = useStaffContext();
  const { rt, t, language } = useRt();
  const [draft, setDraft] = useState(thisYear);
  const [period, setPeriod] = useState(draft);
  const [lang, setLang] = useState<BriefLanguage>(
    LANGUAGES.includes(language as BriefLanguage) ? (language as BriefLanguage) : "fi",
  );
  useDocumentTitle(rt("period.title"));
  const report = useQuery({
    queryKey: ["reports", "period", org.slug, period.from, period.to, lang],
    queryFn: () => reportEndpoints.periodReport(org.slug, period.from, period.to, lang),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };
  return (
    <div className="page report-page">
      <h1 tabIndex={-1}>{rt("period.title")}</h1>
      <p>{rt("period.intro")}</p>
      <form className="report-controls" onSubmit={submit}>
        <label htmlFor="period-from">{rt("period.from")}</label>
        <input
          id="period-from"
          type="date"
          required
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <label htmlFor="period-to">{rt("period.to")}</label>
        <input
          id="period-to"
          type="date"
          required
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <label htmlFor="period-language">{rt("language")}</label>
        <select
          id="period-language"
          value={lang}
          onChange={(e) => setLang(e.target.value as BriefLanguage)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {rt(`languages.${l}`)}
            </option>
          ))}
        </select>
        <button type="submit">{rt("period.make")}</button>
      </form>
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
