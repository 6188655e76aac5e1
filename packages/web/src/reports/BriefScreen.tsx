import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { formatDate } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { type BriefKind, type BriefLanguage, reportEndpoints } from "./api.js";
import { BriefView } from "./BriefView.js";
import { useRt } from "./i18n/index.js";
import "./reports.css";

const LANGUAGES: BriefLanguage[] = ["fi", "sv", "en"];

/**
 * An activity's brief in a chosen language with its PDF: for staff, or (`audience` "public/")
 * for anyone when the activity's results are public.
 */
export function BriefScreen({
  slug,
  kind,
  audience,
}: {
  slug: string;
  kind: BriefKind;
  audience: "" | "public/";
}) {
  const { id = "" } = useParams();
  const { rt, t, language } = useRt();
  const [lang, setLang] = useState<BriefLanguage>(
    LANGUAGES.includes(language as BriefLanguage) ? (language as BriefLanguage) : "fi",
  );
  const brief = useQuery({
    queryKey: ["reports", audience, slug, kind, id, lang],
    queryFn: () =>
      audience
        ? reportEndpoints.publicBrief(slug, kind, id, lang)
        : reportEndpoints.brief(slug, kind, id, lang),
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
        <a href={reportEndpoints.fileUrl(slug, kind, id, lang, audience, "pdf")} download>
          {rt("pdf", { language: rt(`languages.${lang}`) })}
        </a>
        <a href={reportEndpoints.fileUrl(slug, kind, id, lang, audience, "docx")} download>
          {rt("docx", { language: rt(`languages.${lang}`) })}
        </a>
        {!audience && data.resultsPublic ? (
          <Link to={`/${slug}/reports/${kind}/${id}`}>{rt("publicPage")}</Link>
        ) : null}
      </div>
      <BriefView brief={data} />
    </div>
  );
}
