import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import type { PublicStatement } from "./api.js";
import { useDt } from "./i18n/index.js";

type Outcome = PublicStatement["recommendations"][number]["outcomes"][number];

/**
 * What came of one recommendation, once a published action table linked to it says so: each
 * measure with its status, and the latest update.
 */
export function Outcomes({ id, outcomes }: { id: string; outcomes: Outcome[] }) {
  const { dt, language } = useDt();
  return (
    <section aria-labelledby={id} className="deliberation-outcomes">
      <h4 id={id}>{dt("outcomes.heading")}</h4>
      {outcomes.length === 0 ? <p>{dt("outcomes.none")}</p> : null}
      {outcomes.map((o) => (
        <div key={o.table.slug}>
          <p>
            <a href={`../actions/${encodeURIComponent(o.table.slug)}`}>
              {dt("outcomes.table", { title: o.table.title })}
            </a>
          </p>
          <ul>
            {o.measures.map((m) => (
              <li key={m.number}>
                {m.number} {m.text}: <strong>{localized(m.statusLabel, language)}</strong>
                {m.statusReason ? ` (${m.statusReason})` : ""}
              </li>
            ))}
          </ul>
          {o.latestUpdate ? (
            <p>{dt("outcomes.latest", { date: formatDate(o.latestUpdate.at, language) })}</p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
