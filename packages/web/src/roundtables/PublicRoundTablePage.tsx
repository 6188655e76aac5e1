import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { roundTableEndpoints } from "./api.js";
import { useRt } from "./i18n/index.js";
import { RoleTable } from "./RoleTable.js";
import { SnapshotSummary } from "./SnapshotSummary.js";
import { StatementSection } from "./StatementSection.js";
import "./roundtables.css";

/** `/:slug/roundtables/:roundTableId`: meetings, the results taken to them, the statement. */
export function PublicRoundTablePage() {
  const { slug = "", roundTableId = "" } = useParams();
  const { rt, t, language } = useRt();
  const data = useQuery({
    queryKey: ["roundtables", slug, "public", roundTableId],
    queryFn: () => roundTableEndpoints.page(slug, roundTableId),
  });
  const title = data.data ? localized(data.data.title, language) : "";
  useDocumentTitle(title || rt("public.title"));
  if (data.isPending) return <p className="page status">{t("common.loading")}</p>;
  if (data.isError || !data.data) {
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {rt("public.notFound")}
        </p>
      </div>
    );
  }
  const r = data.data;
  return (
    <div className="page roundtable-page">
      <p className="roundtable-kicker">{rt("kicker")}</p>
      <h1 tabIndex={-1}>{title}</h1>
      <dl className="roundtable-facts">
        {r.theme ? (
          <>
            <dt>{rt("public.theme")}</dt>
            <dd>{r.theme}</dd>
          </>
        ) : null}
        {r.organizerUnit ? (
          <>
            <dt>{rt("public.organizer")}</dt>
            <dd>{r.organizerUnit}</dd>
          </>
        ) : null}
        <dt>{rt("staff.status")}</dt>
        <dd>{rt(`status.${r.status}`)}</dd>
      </dl>
      <section aria-labelledby="rt-meetings">
        <h2 id="rt-meetings">{rt("public.meetings")}</h2>
        {r.meetings.length === 0 ? <p>{rt("public.noMeetings")}</p> : null}
        {r.meetings.length > 1 ? (
          <RoleTable counts={r.participants} caption={rt("public.allParticipants")} />
        ) : null}
        {r.meetings.map((m) => (
          <article key={m.id} aria-labelledby={`m-${m.id}`} className="roundtable-meeting">
            <h3 id={`m-${m.id}`}>
              {formatDate(m.heldOn, language)}
              {m.place ? ` – ${m.place}` : ""}
              {m.online ? ` (${rt("public.online")})` : ""}
            </h3>
            <RoleTable
              counts={m.participants}
              caption={rt("public.participantsCaption", { date: formatDate(m.heldOn, language) })}
            />
            {m.snapshots.map((s, i) => (
              <SnapshotSummary key={s.takenAt} snapshot={s} headingId={`snap-${m.id}-${i}`} />
            ))}
          </article>
        ))}
      </section>
      <section aria-labelledby="rt-statement">
        <h2 id="rt-statement">{rt("public.statement")}</h2>
        {r.statement ? (
          <>
            <p>
              <Link to={`/${slug}/statements/${r.statement.id}`}>{rt("public.readStatement")}</Link>
            </p>
            <StatementSection statement={r.statement} />
          </>
        ) : (
          <p>{rt("public.noStatement")}</p>
        )}
      </section>
      {r.distribution.length > 0 ? (
        <section aria-labelledby="rt-distribution">
          <h2 id="rt-distribution">{rt("public.distribution")}</h2>
          <ul>
            {r.distribution.map((d) => (
              <li key={d.id}>
                {d.recipient} – {formatDate(d.sentOn, language)} ({rt(`channels.${d.channel}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="rt-responses">
        <h2 id="rt-responses">{rt("public.responses")}</h2>
        {r.responses.length === 0 ? <p>{rt("public.noResponses")}</p> : null}
        {r.responses.map((x) => (
          <article key={x.id} aria-labelledby={`resp-${x.id}`} className="roundtable-response">
            <h3 id={`resp-${x.id}`}>
              {x.body}, {formatDate(x.receivedOn, language)}
            </h3>
            <p className="roundtable-text">{x.text}</p>
            {x.link ? (
              <p>
                <a href={x.link}>{rt("public.responseLink", { body: x.body })}</a>
              </p>
            ) : null}
          </article>
        ))}
      </section>
    </div>
  );
}
