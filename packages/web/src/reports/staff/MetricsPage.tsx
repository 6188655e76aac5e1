import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type BriefLanguage, reportEndpoints } from "../api.js";
import { BriefView } from "../BriefView.js";
import { useRt } from "../i18n/index.js";
import { LANGUAGES, PeriodForm, yearsToToday } from "./PeriodForm.js";
import "../reports.css";

/**
 * `/:slug/staff/reports/metrics`: the pilots' own measures over a range of days (three calendar
 * years to today by default): participants per activity, channel and quarter, the pool's
 * representativeness over time, feedback, recommendations and decisions.
 */
export function MetricsPage() {
  const { org } = useStaffContext();
  const { rt, t, language } = useRt();
  const [period, setPeriod] = useState(() => yearsToToday(2));
  const [lang, setLang] = useState<BriefLanguage>(
    LANGUAGES.includes(language as BriefLanguage) ? (language as BriefLanguage) : "fi",
  );
  useDocumentTitle(rt("metrics.title"));
  const metrics = useQuery({
    queryKey: ["reports", "metrics", org.slug, period.from, period.to, lang],
    queryFn: () => reportEndpoints.metrics(org.slug, period.from, period.to, lang),
  });
  return (
    <div className="page report-page">
      <h1 tabIndex={-1}>{rt("metrics.title")}</h1>
      <p>{rt("metrics.intro")}</p>
      <p>
        <Link to="../period">{rt("period.title")}</Link>
      </p>
      <PeriodForm id="metrics" initial={period} lang={lang} onLang={setLang} onPeriod={setPeriod} />
      {metrics.error ? (
        <p role="alert">{rt("error", { message: metrics.error.message })}</p>
      ) : !metrics.data ? (
        <p className="status">{t("common.loading")}</p>
      ) : (
        <BriefView brief={metrics.data} />
      )}
    </div>
  );
}
