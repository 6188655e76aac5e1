import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { actionEndpoints, type Trail } from "./api.js";
import { useAt } from "./i18n/index.js";
import "./actions.css";

const percent = (share: number | undefined) => Math.round((share ?? 0) * 100);

/** What a source said when it was linked: its words, and its figures when it has them. */
function SourceFigures({ source }: { source: Trail["sources"][number] }) {
  const { at } = useAt();
  const s = source.snapshot;
  if (s.voters !== undefined) {
    return (
      <p>
        {at("trail.consensus", {
          agree: percent(s.agreeShare),
          disagree: percent(s.disagreeShare),
          voters: s.voters,
        })}
      </p>
    );
  }
  if (s.themeSize !== undefined) return <p>{at("trail.themeSize", { count: s.themeSize })}</p>;
  if (s.support) {
    return (
      <p>
        {s.support.acceptableShare === null
          ? at("trail.noSupport")
          : at("trail.support", {
              share: percent(s.support.acceptableShare),
              answered: s.support.answered,
              eligible: s.support.eligible,
            })}
      </p>
    );
  }
  return null;
}

/** `/:slug/actions/:table/:number`: one recommendation's trail, from its sources to decisions. */
export function TrailPage() {
  const { slug = "", table = "", number = "" } = useParams();
  const { at, t, language } = useAt();
  const data = useQuery({
    queryKey: ["actions", slug, table, "trail", number],
    queryFn: () => actionEndpoints.trail(slug, table, number),
  });
  useDocumentTitle(data.data ? `${data.data.number}. ${data.data.text}` : at("trail.title"));
  if (data.isPending) return <p className="page status">{t("common.loading")}</p>;
  if (data.isError || !data.data) {
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {at("trail.notFound")}
        </p>
      </div>
    );
  }
  const trail = data.data;
  const label = (key: string) =>
    localized(trail.table.statuses.find((s) => s.key === key)?.label, language) || key;
  return (
    <div className="page actions-page actions-trail">
      <p>
        <Link to={`/${slug}/actions/${table}`}>
          {at("trail.back", { table: trail.table.title })}
        </Link>
      </p>
      <h1 tabIndex={-1}>
        <span className="actions-trail-kicker">{at("trail.title")}</span> {trail.number}.{" "}
        {trail.text}
      </h1>
      <p className="actions-updated">
        {at("public.updated", { date: formatDate(trail.updatedAt, language) })}
      </p>
      <section aria-labelledby="trail-sources">
        <h2 id="trail-sources">{at("trail.sources")}</h2>
        {trail.sources.length === 0 ? (
          <p>{at("trail.noSources")}</p>
        ) : (
          <ol className="actions-trail-list">
            {trail.sources.map((source) => (
              <li key={`${source.kind}-${source.linkedAt}`}>
                <p className="actions-trail-kind">
                  {at(`kinds.${source.kind}`)}
                  {source.snapshot.title ? `: ${source.snapshot.title}` : ""}
                </p>
                <blockquote>{source.snapshot.text}</blockquote>
                <SourceFigures source={source} />
                <p className="actions-trail-meta">
                  {at("trail.linkedAt", { date: formatDate(source.linkedAt, language) })}
                  {source.page ? (
                    <>
                      {" · "}
                      <Link to={source.page}>{at("trail.openSource")}</Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="trail-measures">
        <h2 id="trail-measures">{at("trail.measures")}</h2>
        {trail.measures.length === 0 ? (
          <p>{at("trail.noMeasures")}</p>
        ) : (
          <ol className="actions-trail-list">
            {trail.measures.map((m) => (
              <li key={m.id}>
                <h3>
                  {m.number} {m.text}
                </h3>
                <dl className="actions-trail-facts">
                  <dt>{at("public.status")}</dt>
                  <dd>
                    <span className={`actions-status actions-status--${m.status}`}>
                      {label(m.status)}
                    </span>
                    {m.statusReason ? ` – ${m.statusReason}` : ""}
                  </dd>
                  <dt>{at("public.schedule")}</dt>
                  <dd>{m.schedule || "–"}</dd>
                  <dt>{at("public.unit")}</dt>
                  <dd>{m.unit || "–"}</dd>
                  {m.notes ? (
                    <>
                      <dt>{at("public.notes")}</dt>
                      <dd>{m.notes}</dd>
                    </>
                  ) : null}
                  <dt>{at("trail.decisions")}</dt>
                  <dd>
                    {m.decisions.length === 0 ? (
                      at("trail.noDecisions")
                    ) : (
                      <ul>
                        {m.decisions.map((d) => (
                          <li key={`${d.body}-${d.date}-${d.section}`}>
                            {at("trail.decision", {
                              body: d.body,
                              date: formatDate(d.date, language),
                              section: d.section,
                            })}
                            {d.minutesUrl ? (
                              <>
                                {" "}
                                <a href={d.minutesUrl}>{at("trail.minutes")}</a>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dt>{at("trail.measureUpdated")}</dt>
                  <dd>{formatDate(m.updatedAt, language)}</dd>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
