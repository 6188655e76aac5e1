import type { Question } from "@kuulo/survey";
import { useTt } from "./i18n/index.js";

export interface Count {
  value: string;
  count: number | null;
  share: number | null;
  suppressed?: boolean;
}
interface GridRow {
  row: string;
  answered: number | null;
  columns: Count[];
  suppressed?: boolean;
}
interface RankedOption {
  value: string;
  ranked: number | null;
  meanRank: number | null | undefined;
  firstPlace: number | null;
  suppressed?: boolean;
}
/** A question's published figures (the server's `publicResult`: counts of 1–4 are null). */
export interface PublicResult {
  question: string;
  type: string;
  answered: number;
  suppressed: boolean;
  options?: Count[] | RankedOption[];
  distribution?: Count[];
  municipalities?: Count[];
  rows?: GridRow[];
  summary?: { mean?: number; median?: number; min?: number; max?: number };
}

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

/** Bars with a table alternative: the bars are hidden from screen readers, the table is not. */
export function CountBars(props: {
  counts: Count[];
  labelOf: (v: string) => string;
  caption?: string;
}) {
  const { tt } = useTt();
  const { counts, labelOf } = props;
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
          {props.caption ? <caption>{props.caption}</caption> : null}
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

/** A grid: bars per row; a row answered by fewer than 5 is not shown. */
export function GridFigures(props: {
  q: Extract<Question, { type: "grid" }>;
  rows: GridRow[];
  text: (t: Question["text"] | undefined) => string;
}) {
  const { tt } = useTt();
  const columns = new Map(props.q.columns.map((c) => [c.value, props.text(c.label)]));
  return (
    <>
      {props.rows.map((row) => {
        const label = props.text(props.q.rows.find((r) => r.value === row.row)?.label);
        return (
          <div key={row.row}>
            <h3>{label}</h3>
            {row.suppressed ? (
              <p>{tt("results.suppressed")}</p>
            ) : (
              <CountBars
                counts={row.columns}
                labelOf={(v) => columns.get(v) ?? v}
                caption={label}
              />
            )}
          </div>
        );
      })}
    </>
  );
}

/** A ranking: the mean rank of each option (1 = first) and how many ranked it first. */
export function RankingTable(props: {
  options: RankedOption[];
  labelOf: (v: string) => string;
  caption: string;
}) {
  const { tt, language } = useTt();
  const num = (v: number | null | undefined) =>
    v === null || v === undefined
      ? "–"
      : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tt("results.option")}</th>
            <th scope="col">{tt("results.meanRank")}</th>
            <th scope="col">{tt("results.ranked")}</th>
            <th scope="col">{tt("results.firstPlace")}</th>
          </tr>
        </thead>
        <tbody>
          {props.options.map((o) => (
            <tr key={o.value}>
              <th scope="row">{props.labelOf(o.value)}</th>
              <td>{o.suppressed ? tt("results.suppressed") : num(o.meanRank)}</td>
              <td>{o.suppressed ? "<5" : num(o.ranked)}</td>
              <td>{o.firstPlace === null ? "<5" : o.firstPlace}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A number question: how many answered, the mean, the median and the range. */
export function NumberSummary(props: { answered: number; summary: PublicResult["summary"] }) {
  const { tt, language } = useTt();
  const num = (v: number | undefined) =>
    v === undefined ? "–" : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  const s = props.summary ?? {};
  return (
    <dl className="results-summary">
      <dt>{tt("results.answered")}</dt>
      <dd>{props.answered}</dd>
      <dt>{tt("results.meanLabel")}</dt>
      <dd>{num(s.mean)}</dd>
      <dt>{tt("results.median")}</dt>
      <dd>{num(s.median)}</dd>
      <dt>{tt("results.range")}</dt>
      <dd>
        {num(s.min)}–{num(s.max)}
      </dd>
    </dl>
  );
}
