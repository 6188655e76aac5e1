import { allQuestions, type Lang, parseDefinition, type QuestionResult } from "@kuulo/survey";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { SelectField, Status } from "../../../components/form.js";
import { useStaffContext } from "../../../components/StaffContext.js";
import { errorMessage } from "../../../lib/errors.js";
import { useDocumentTitle } from "../../../lib/useDocumentTitle.js";
import { type SurveyResults, surveyResultEndpoints } from "./api.js";
import { CrosstabPanel } from "./CrosstabPanel.js";
import { useRt } from "./i18n/index.js";
import { QuestionResultView } from "./QuestionResultView.js";
import "./results.css";

const CHANNELS = ["web", "paper", "phone", "event", "interview", "import"] as const;

function WeightsNote({ weights }: { weights: SurveyResults["weights"] }) {
  const { rt, language } = useRt();
  if (!weights) return null;
  if (!weights.available)
    return (
      <p className="notice" role="status">
        {rt("results.weightsUnavailable", {
          reason: rt(`results.reasons.${weights.reason as "no_population"}`, {
            defaultValue: weights.message ?? "",
          }),
        })}
      </p>
    );
  const n = (v: number | undefined) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(v ?? 0);
  const excluded = (weights.excluded ?? []).reduce((s, e) => s + e.count, 0);
  return (
    <p className="notice" role="status">
      {rt("results.weightsInfo", {
        population: weights.population?.label ?? "",
        dimensions: (weights.dimensions ?? []).join(", "),
        deff: n(weights.designEffect),
        effective: n(weights.effectiveN),
      })}
      {excluded ? ` ${rt("results.weightsExcluded", { count: excluded })}` : ""}
    </p>
  );
}

/** Staff results: per-question charts with tables, filters, weights beside the unweighted, cross-tabs, exports. */
export function ResultsPage() {
  const { surveyId = "" } = useParams();
  const { rt, t, language } = useRt();
  const { org } = useStaffContext();
  useDocumentTitle(rt("results.title"));
  const [channel, setChannel] = useState("");
  const [version, setVersion] = useState("");
  const [weighted, setWeighted] = useState(false);
  const filter = { channel, version, weighted };
  const results = useQuery({
    queryKey: ["survey-results", org.slug, surveyId, filter],
    queryFn: () => surveyResultEndpoints.results(org.slug, surveyId, filter),
    placeholderData: keepPreviousData,
  });
  const definition = useMemo(
    () => (results.data ? parseDefinition(results.data.definition) : undefined),
    [results.data],
  );
  const lang = (["fi", "sv", "en"].includes(language) ? language : "fi") as Lang;
  if (results.error)
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {errorMessage(results.error, t)}
        </p>
      </div>
    );
  if (!results.data || !definition) return <Status>{t("common.loading")}</Status>;
  const data = results.data;
  const byId = new Map(data.questions.map((q) => [q.question, q as unknown as QuestionResult]));
  const showWeighted = weighted && Boolean(data.weights?.available);
  return (
    <div className="page">
      <p>
        <Link to="..">{data.title}</Link>
      </p>
      <h1 tabIndex={-1}>{rt("results.title")}</h1>
      <p>
        {rt("results.responses", { count: data.responses })} ·{" "}
        {rt("results.versions", {
          list: data.versions
            .map((v) => rt("results.versionItem", { number: v.number, count: v.responses }))
            .join(", "),
        })}
      </p>
      <form className="result-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="results-channel"
          label={rt("results.channel")}
          value={channel}
          onChange={setChannel}
          options={[
            { value: "", label: rt("results.all") },
            ...CHANNELS.map((c) => ({ value: c, label: c })),
          ]}
        />
        <SelectField
          id="results-version"
          label={rt("results.version")}
          value={version}
          onChange={setVersion}
          options={[
            { value: "", label: rt("results.all") },
            ...data.versions.map((v) => ({ value: String(v.number), label: String(v.number) })),
          ]}
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={weighted}
              onChange={(e) => setWeighted(e.target.checked)}
            />{" "}
            {rt("results.weighted")}
          </label>
        </div>
      </form>
      <WeightsNote weights={data.weights} />
      <section aria-labelledby="export-title">
        <h2 id="export-title">{rt("results.export")}</h2>
        <p>{rt("results.exportNote")}</p>
        <ul>
          {(["csv", "xlsx", "codebook"] as const).map((format) => (
            <li key={format}>
              <a href={surveyResultEndpoints.exportUrl(org.slug, surveyId, format, lang)} download>
                {rt(
                  `results.export${format === "csv" ? "Csv" : format === "xlsx" ? "Xlsx" : "Codebook"}`,
                )}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`../../import?survey=${surveyId}`} relative="path">
            {rt("import.addHere")}
          </Link>
        </p>
      </section>
      <CrosstabPanel
        slug={org.slug}
        surveyId={surveyId}
        definition={definition}
        filter={filter}
        lang={lang}
      />
      {allQuestions(definition).map(({ question }) => {
        const result = byId.get(question.id);
        return result ? (
          <QuestionResultView
            key={question.id}
            question={question}
            result={result}
            languages={definition.languages}
            weighted={showWeighted}
            municipalityName={(code) =>
              data.municipalities[code]?.[lang === "sv" ? "sv" : "fi"] ?? code
            }
          />
        ) : null;
      })}
    </div>
  );
}
