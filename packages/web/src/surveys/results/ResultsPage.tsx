import { type Definition, type Lang, pickText, type Question, valueLabels } from "@kuulo/survey";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { WhatCameOfThis } from "../../actions/WhatCameOfThis.js";
import { Status } from "../../components/form.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { resultsEndpoints } from "./api.js";
import { useTt } from "./i18n/index.js";
import {
  type Count,
  CountBars,
  GridFigures,
  NumberSummary,
  type PublicResult,
  RankingTable,
} from "./QuestionFigures.js";
import "../surveys.css";

interface PublishedTheme {
  id: string;
  label: string;
  isOther: boolean;
  count: number | null;
  sentiment: { positive: number; negative: number; scored: number } | null;
  quotes: { id: string; text: string }[];
  /** The language model's summary, checked and signed off by the analyst. */
  summary?: string | null;
}
interface Content {
  title: string;
  definition: Definition;
  responses: number;
  results: PublicResult[];
  /** Names of the municipalities offered (absent from pages published before names were kept). */
  municipalities?: Record<string, { fi: string; sv: string }>;
  themes: Record<string, { answers: number; themes: PublishedTheme[] }>;
}

function Themes({ data }: { data: { answers: number; themes: PublishedTheme[] } }) {
  const { tt } = useTt();
  return (
    <section>
      <h3>{tt("results.themesOf", { count: data.answers })}</h3>
      <p className="results-note">{tt("results.sentimentNote")}</p>
      <ul className="results-themes">
        {data.themes.map((th) => (
          <li key={th.id}>
            <h4>
              {th.label} <span className="results-count">({th.count ?? "<5"})</span>
            </h4>
            {th.sentiment && th.sentiment.scored > 0 ? (
              <p>
                {tt("results.sentiment")}:{" "}
                {tt("results.balance", {
                  positive: Math.round((th.sentiment.positive / th.sentiment.scored) * 100),
                  negative: Math.round((th.sentiment.negative / th.sentiment.scored) * 100),
                })}
              </p>
            ) : null}
            {th.summary ? (
              <p>
                {th.summary} <span className="results-note">({tt("results.llmSummary")})</span>
              </p>
            ) : null}
            {th.quotes.map((q) => (
              <blockquote key={q.id}>{q.text}</blockquote>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuestionResult(props: {
  q: Question;
  r: PublicResult | undefined;
  content: Content;
  lang: Lang;
}) {
  const { tt } = useTt();
  const { q, r, content, lang } = props;
  const text = (t: Parameters<typeof pickText>[0]) =>
    pickText(t, lang, content.definition.languages)?.text ?? "";
  const labels = new Map(valueLabels(q).map((v) => [v.value, text(v.label)]));
  const names = content.municipalities ?? {};
  const labelOf = (v: string) =>
    q.type === "municipality"
      ? (names[v]?.[lang === "sv" ? "sv" : "fi"] ?? v)
      : (labels.get(v) ?? v);
  const themes = content.themes[q.id];
  const title = text(q.text);
  const figures = () => {
    if (!r || r.suppressed) return <p>{tt("results.suppressed")}</p>;
    if (q.type === "grid" && r.rows) return <GridFigures q={q} rows={r.rows} text={text} />;
    if (q.type === "ranking" && r.options)
      return (
        <RankingTable
          options={r.options as Parameters<typeof RankingTable>[0]["options"]}
          labelOf={labelOf}
          caption={title}
        />
      );
    if (q.type === "number") return <NumberSummary answered={r.answered} summary={r.summary} />;
    const counts = (r.options ?? r.distribution ?? r.municipalities) as Count[] | undefined;
    if (!counts) return <p>{tt("results.noResultsFor")}</p>;
    return (
      <>
        <CountBars counts={counts} labelOf={labelOf} caption={title} />
        {r.summary?.mean !== undefined ? (
          <p>{tt("results.mean", { mean: r.summary.mean.toFixed(1) })}</p>
        ) : null}
      </>
    );
  };
  return (
    <section className="results-question">
      <h2>{title}</h2>
      {q.type === "text" ? (
        themes ? (
          <Themes data={themes} />
        ) : (
          <p>{tt("results.noResultsFor")}</p>
        )
      ) : (
        figures()
      )}
    </section>
  );
}

/** `/{org}/surveys/{slug}/results`: a survey's published results (a link-only page: `#token`). */
export function ResultsPage() {
  const { slug = "", surveySlug = "" } = useParams();
  const { tt, t, language } = useTt();
  const token =
    typeof window === "undefined" ? undefined : window.location.hash.slice(1) || undefined;
  const page = useQuery({
    queryKey: ["survey-results", slug, surveySlug, token],
    queryFn: () => resultsEndpoints.page(slug, surveySlug, token),
    retry: false,
  });
  const content = page.data?.content as unknown as Content | undefined;
  useDocumentTitle(content ? tt("results.title", { title: content.title }) : t("common.loading"));
  if (page.isError) return <Status>{tt("results.notFound")}</Status>;
  if (!page.data || !content) return <Status>{t("common.loading")}</Status>;
  const lang = (["fi", "sv", "en"].includes(language) ? language : "fi") as Lang;
  const byQuestion = new Map(content.results.map((r) => [r.question, r]));
  return (
    <main className="page survey-results">
      <h1 tabIndex={-1}>
        {tt("results.title", {
          title: pickText(content.definition.title, lang)?.text ?? content.title,
        })}
      </h1>
      <p>
        {tt("results.responses", { count: content.responses })} ·{" "}
        {tt("results.publishedAt", {
          at: new Date(page.data.publishedAt).toLocaleDateString(language),
        })}
      </p>
      {content.definition.pages.flatMap((p) =>
        p.questions.map((q) => (
          <QuestionResult key={q.id} q={q} r={byQuestion.get(q.id)} content={content} lang={lang} />
        )),
      )}
      <WhatCameOfThis slug={slug} survey={surveySlug} />
    </main>
  );
}
