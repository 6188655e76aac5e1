import { type Definition, type Lang, pickText, type Question, valueLabels } from "@kuulo/survey";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { WhatCameOfThis } from "../../actions/WhatCameOfThis.js";
import { Status } from "../../components/form.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { resultsEndpoints } from "./api.js";
import { useTt } from "./i18n/index.js";
import "../surveys.css";

interface Count {
  value: string;
  count: number | null;
  share: number | null;
  suppressed?: boolean;
}
interface Result {
  question: string;
  type: string;
  answered: number;
  suppressed: boolean;
  options?: Count[];
  distribution?: Count[];
  municipalities?: Count[];
  summary?: { mean?: number };
}
interface PublishedTheme {
  id: string;
  label: string;
  isOther: boolean;
  count: number | null;
  sentiment: { positive: number; negative: number; scored: number } | null;
  quotes: { id: string; text: string }[];
}
interface Content {
  title: string;
  definition: Definition;
  responses: number;
  results: Result[];
  themes: Record<string, { answers: number; themes: PublishedTheme[] }>;
}

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

/** Bars with a table alternative: the bars are hidden from screen readers, the table is not. */
function CountBars({ counts, labelOf }: { counts: Count[]; labelOf: (v: string) => string }) {
  const { tt } = useTt();
  return (
    <>
      <ul className="results-bars" aria-hidden="true">
        {counts.map((c) => (
          <li key={c.value}>
            <span className="results-bar-label">{labelOf(c.value)}</span>
            <span
              className="results-bar"
              style={{ width: `${Math.round((c.share ?? 0) * 100)}%` }}
            />
            <span className="results-bar-value">{c.suppressed ? "<5" : pct(c.share)}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>{tt("results.table")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{tt("results.option")}</th>
              <th scope="col">{tt("results.count")}</th>
              <th scope="col">{tt("results.share")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.value}>
                <th scope="row">{labelOf(c.value)}</th>
                <td>{c.suppressed ? tt("results.suppressed") : c.count}</td>
                <td>{pct(c.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
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
  r: Result | undefined;
  content: Content;
  lang: Lang;
}) {
  const { tt } = useTt();
  const { q, r, content, lang } = props;
  const text = (t: Parameters<typeof pickText>[0]) =>
    pickText(t, lang, content.definition.languages)?.text ?? "";
  const labels = new Map(valueLabels(q).map((v) => [v.value, text(v.label)]));
  const labelOf = (v: string) => labels.get(v) ?? v;
  const counts = r?.options ?? r?.distribution ?? r?.municipalities;
  const themes = content.themes[q.id];
  return (
    <section className="results-question">
      <h2>{text(q.text)}</h2>
      {q.type === "text" ? (
        themes ? (
          <Themes data={themes} />
        ) : (
          <p>{tt("results.noResultsFor")}</p>
        )
      ) : !r || r.suppressed ? (
        <p>{tt("results.suppressed")}</p>
      ) : counts ? (
        <>
          <CountBars counts={counts} labelOf={labelOf} />
          {r.summary?.mean !== undefined ? (
            <p>{tt("results.mean", { mean: r.summary.mean.toFixed(1) })}</p>
          ) : null}
        </>
      ) : (
        <p>{tt("results.noResultsFor")}</p>
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
