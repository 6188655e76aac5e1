import {
  DONT_KNOW,
  type Lang,
  OTHER,
  pickText,
  type Question,
  type QuestionResult,
  valueLabels,
} from "@kuulo/survey";
import { BarChart, type BarRow, DivergingBar } from "./charts.js";
import { useRt } from "./i18n/index.js";

type Count = { value: string; count: number; share: number | null; weightedShare?: number | null };

const num = (v: number | undefined | null, language: string) =>
  v === undefined || v === null
    ? "–"
    : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(v);

/** One question's result: bars (with a table), Likert's diverging bar, means and NPS, grid rows, ranks. */
export function QuestionResultView(props: {
  question: Question;
  result: QuestionResult;
  languages: readonly Lang[];
  weighted: boolean;
  municipalityName: (code: string) => string;
}) {
  const { rt, language } = useRt();
  const { question: q, result, weighted } = props;
  const lang = (["fi", "sv", "en"].includes(language) ? language : "fi") as Lang;
  const text = (t: Parameters<typeof pickText>[0]) =>
    pickText(t, lang, props.languages)?.text ?? "";
  const title = text(q.text);
  const labels = new Map(valueLabels(q).map((v) => [v.value, text(v.label)]));
  const label = (value: string) =>
    value === OTHER
      ? rt("results.other")
      : value === DONT_KNOW
        ? rt("results.dontKnow")
        : q.type === "municipality"
          ? props.municipalityName(value)
          : (labels.get(value) ?? value);
  const rows = (counts: Count[]): BarRow[] =>
    counts.map((c) => ({
      label: label(c.value),
      count: c.count,
      share: c.share,
      weightedShare: c.weightedShare,
    }));
  return (
    <section className="result-card" aria-labelledby={`result-${q.id}`}>
      <h2 id={`result-${q.id}`}>{title}</h2>
      <p>
        {rt("results.answered", { answered: result.answered, skipped: result.skipped })}
        {weighted && result.weighted
          ? ` · deff ${num(result.weighted.designEffect, language)}`
          : ""}
      </p>
      {result.type === "single" || result.type === "multiple" ? (
        <BarChart rows={rows(result.options)} caption={title} weighted={weighted} />
      ) : null}
      {result.type === "municipality" ? (
        <BarChart rows={rows(result.municipalities)} caption={title} weighted={weighted} />
      ) : null}
      {result.type === "scale" || result.type === "likert" ? (
        <>
          {result.diverging ? (
            <DivergingBar
              shares={
                weighted && result.diverging.weighted ? result.diverging.weighted : result.diverging
              }
            />
          ) : null}
          <p>
            {rt("results.mean", { value: num(result.summary.mean, language) })}
            {weighted && result.summary.weightedMean !== undefined
              ? `, ${rt("results.weightedMean", { value: num(result.summary.weightedMean, language) })}`
              : ""}
            {result.nps
              ? ` · ${rt("results.nps", { value: num(result.nps.score, language) })}`
              : ""}
          </p>
          <BarChart
            rows={rows(
              [...result.distribution, result.dontKnow].filter(
                (c) => c.count > 0 || c.value !== DONT_KNOW,
              ),
            )}
            caption={title}
            weighted={weighted}
          />
        </>
      ) : null}
      {result.type === "number" ? (
        <>
          <p>{rt("results.mean", { value: num(result.summary.mean, language) })}</p>
          <BarChart rows={rows(result.distribution)} caption={title} weighted={weighted} />
        </>
      ) : null}
      {result.type === "grid" && q.type === "grid"
        ? result.rows.map((row) => {
            const rowLabel = text(q.rows.find((x) => x.value === row.row)?.label);
            const columns = new Map(q.columns.map((c) => [c.value, text(c.label)]));
            return (
              <div key={row.row}>
                <h3>{rowLabel}</h3>
                <BarChart
                  rows={row.columns.map((c) => ({ ...c, label: columns.get(c.value) ?? c.value }))}
                  caption={`${title}: ${rowLabel}`}
                  weighted={weighted}
                />
              </div>
            );
          })
        : null}
      {result.type === "ranking" ? (
        <div className="table-scroll">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{rt("results.value")}</th>
                <th scope="col">{rt("results.meanRank")}</th>
                <th scope="col">{rt("results.firstPlace")}</th>
              </tr>
            </thead>
            <tbody>
              {result.options.map((o) => (
                <tr key={o.value}>
                  <th scope="row">{label(o.value)}</th>
                  <td>
                    {num(weighted ? (o.weightedMeanRank ?? o.meanRank) : o.meanRank, language)}
                  </td>
                  <td>{o.firstPlace}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.type === "text" ? <p>{rt("results.textOnly", { count: result.answered })}</p> : null}
    </section>
  );
}
