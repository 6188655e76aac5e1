import { Link } from "react-router";
import { formatDate } from "../../lib/format.js";
import type { PanelDetail } from "../api.js";
import { usePt } from "../i18n/index.js";

/** On a seated panel's page: each session's tables (seating, facilitators, notes, proposals). */
export function SessionLinks({ panel }: { panel: PanelDetail }) {
  const { pt, language } = usePt();
  if (!["selected", "running", "finished"].includes(panel.status)) return null;
  return (
    <section aria-labelledby="panel-tables-links">
      <h2 id="panel-tables-links">{pt("tables.heading")}</h2>
      <ul>
        {panel.sessions.map((s) => (
          <li key={s.id}>
            <Link to={`tables/${s.id}`}>
              {pt("tables.open", { date: formatDate(s.date, language), time: s.startTime })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
