import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import type { PublicRoundTable } from "./api.js";
import { useRt } from "./i18n/index.js";

type Statement = NonNullable<PublicRoundTable["statement"]>;

const percent = (share: number | null, language: string) =>
  share === null
    ? "–"
    : new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);

/**
 * The published statement's recommendations on the round table's page: each with its support
 * and what has happened to it since, once an action table says so.
 */
export function StatementSection({ statement }: { statement: Statement }) {
  const { rt, language } = useRt();
  return (
    <>
      <h3>{statement.title}</h3>
      {statement.recommendations.map((r) => (
        <article key={r.id} aria-labelledby={`rec-${r.id}`} className="roundtable-recommendation">
          <h4 id={`rec-${r.id}`}>
            {r.number}. {r.title}
          </h4>
          <p className="roundtable-text">{r.text}</p>
          {r.support.answered > 0 ? (
            <p>
              {rt("statement.support", {
                share: percent(r.support.acceptableShare, language),
                answered: r.support.answered,
              })}
            </p>
          ) : null}
          <h5>{rt("statement.outcome")}</h5>
          {r.outcomes.length === 0 ? <p>{rt("statement.noOutcome")}</p> : null}
          {r.outcomes.map((o) => (
            <div key={o.table.slug}>
              <ul>
                {o.measures.map((m) => (
                  <li key={m.number}>
                    {m.text}: <strong>{localized(m.statusLabel, language)}</strong>
                  </li>
                ))}
              </ul>
              {o.latestUpdate ? (
                <p>
                  {rt("statement.latest", { date: formatDate(o.latestUpdate.at, language) })}{" "}
                  <a href={`../actions/${encodeURIComponent(o.table.slug)}`}>
                    {rt("statement.table", { title: o.table.title })}
                  </a>
                </p>
              ) : null}
            </div>
          ))}
        </article>
      ))}
    </>
  );
}
