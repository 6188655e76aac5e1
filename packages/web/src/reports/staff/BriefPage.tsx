import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type BriefKind, type BriefLanguage, reportEndpoints } from "../api.js";
import { BriefView } from "../BriefView.js";
import { useRt } from "../i18n/index.js";
import "../reports.css";

const LANGUAGES: BriefLanguage[] = ["fi", "sv", "en"];

/** `/:slug/staff/reports/{conversations|surveys}/:id`: an activity's brief, with its PDF. */
export function BriefPage({ kind }: { kind: BriefKind }) {
  const { id = "" } = useParams();
  const { rt, t, language } = useRt();
  const { org } = useStaffContext();
  const [lang, setLang] = useState<BriefLanguage>(
    LANGUAGES.includes(language as BriefLanguage) ? (language as BriefLanguage) : "fi",
  );
  const brief = useQuery({
    queryKey: ["reports", org.slug, kind, id, lang],
    queryFn: () => reportEndpoints.brief(org.slug, kind, id, lang),
  });
  useDocumentTitle(brief.data ? `${rt("title")}: ${brief.data.title}` : rt("title"));
  if (brief.error)
    return (
      <p className="page" role="alert">
        {rt("error", { message: brief.error.message })}
      </p>
    );
  if (!brief.data) return <p className="page status">{t("common.loading")}</p>;
  const data = brief.data;
  return (
    <div className="page report-page">
      <h1 tabIndex={-1}>
        {rt("title")}: <span lang={data.language}>{data.title}</span>
      </h1>
      <p>
        {rt("generated", { date: formatDate(data.generatedAt, language) })}. {rt("aggregated")}{" "}
        {data.resultsPublic ? rt("public") : rt("notPublic")}
      </p>
      <div className="report-controls">
        <label htmlFor="report-language">{rt("language")}</label>
        <select
          id="report-language"
          value={lang}
          onChange={(e) => setLang(e.target.value as BriefLanguage)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {rt(`languages.${l}`)}
            </option>
          ))}
        </select>
        <a href={reportEndpoints.pdfUrl(org.slug, kind, id, lang)} download>
          {rt("pdf", { language: rt(`languages.${lang}`) })}
        </a>
      </div>
      <BriefView brief={data} />
    </div>
  );
}
