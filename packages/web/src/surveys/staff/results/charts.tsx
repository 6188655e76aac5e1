import { useRt } from "./i18n/index.js";

export interface BarRow {
  label: string;
  count: number;
  share: number | null;
  weightedShare?: number | null | undefined;
}

const pct = (share: number | null | undefined, language: string) =>
  share === null || share === undefined
    ? "–"
    : new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(share);

/**
 * Horizontal bars drawn with CSS; every bar's figures are also text beside it, and the same
 * figures are a table behind "Show as a table" (WCAG 1.1.1: the chart has a text equivalent).
 */
export function BarChart({
  rows,
  caption,
  weighted,
}: {
  rows: BarRow[];
  caption: string;
  weighted: boolean;
}) {
  const { rt, language } = useRt();
  return (
    <>
      <ul className="result-bars">
        {rows.map((r) => (
          <li key={r.label}>
            <span>
              {r.label}: {r.count} ({pct(r.share, language)})
              {weighted
                ? ` · ${rt("results.weightedShare")} ${pct(r.weightedShare, language)}`
                : ""}
            </span>
            <div className="result-bar" aria-hidden="true">
              <div className="result-bar__fill" style={{ width: `${(r.share ?? 0) * 100}%` }} />
            </div>
            {weighted ? (
              <div className="result-bar" aria-hidden="true">
                <div
                  className="result-bar__fill result-bar__fill--weighted"
                  style={{ width: `${(r.weightedShare ?? 0) * 100}%` }}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <details>
        <summary>{rt("results.showTable")}</summary>
        <div className="table-scroll">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{rt("results.value")}</th>
                <th scope="col">{rt("results.count")}</th>
                <th scope="col">{rt("results.share")}</th>
                {weighted ? <th scope="col">{rt("results.weightedShare")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{r.count}</td>
                  <td>{pct(r.share, language)}</td>
                  {weighted ? <td>{pct(r.weightedShare, language)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** Likert's disagree / neutral / agree as one diverging bar, the shares as text beside it. */
export function DivergingBar({
  shares,
}: {
  shares: { disagree: number | null; neutral: number | null; agree: number | null };
}) {
  const { rt, language } = useRt();
  const parts = ["disagree", "neutral", "agree"] as const;
  return (
    <>
      <p>{parts.map((p) => `${rt(`results.${p}`)} ${pct(shares[p], language)}`).join(" · ")}</p>
      <div className="result-diverging" aria-hidden="true">
        {parts.map((p) => (
          <div
            key={p}
            className={`result-diverging__${p}`}
            style={{ width: `${(shares[p] ?? 0) * 100}%` }}
          />
        ))}
      </div>
    </>
  );
}

export { pct };
