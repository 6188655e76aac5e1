import { useQuery } from "@tanstack/react-query";
import { formatDate } from "../lib/format.js";
import { type Panelist, panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

type Lang = "fi" | "sv" | "en";

/**
 * The panelist's own table in each session, the panel's materials (a link or a PDF; a video
 * with its captions) and, after the panel, the feedback survey.
 */
export function PanelistSessions({
  slug,
  sessions,
}: {
  slug: string;
  sessions: Panelist["panel"]["sessions"];
}) {
  const { pt, language } = usePt();
  const data = useQuery({
    queryKey: ["panelist", slug, "sessions"],
    queryFn: () => panelEndpoints.sessions(slug),
    retry: false,
  });
  const d = data.data;
  if (!d) return null;
  const dateOf = (sessionId: string | null) => {
    const s = sessions.find((x) => x.id === sessionId);
    return s ? formatDate(s.date, language) : pt("me.wholePanel");
  };
  const title = (t: Record<Lang, string>) => t[language as Lang] || t.fi;
  return (
    <>
      <h2>{pt("me.tables")}</h2>
      {d.tables.length === 0 ? (
        <p>{pt("me.noTable")}</p>
      ) : (
        <ul>
          {sessions.flatMap((s) => {
            const table = d.tables.find((x) => x.sessionId === s.id);
            return table
              ? [
                  <li key={s.id}>
                    {pt("me.tableOf", {
                      date: formatDate(s.date, language),
                      number: table.tableNumber,
                    })}
                    {table.facilitator
                      ? `, ${pt("me.facilitator", { name: table.facilitator })}`
                      : ""}
                  </li>,
                ]
              : [];
          })}
        </ul>
      )}
      {d.materials.length > 0 ? (
        <>
          <h2>{pt("me.materials")}</h2>
          <ul className="panel-materials">
            {d.materials.map((m) => (
              <li key={m.id}>
                <a
                  href={
                    m.pdf ? `/api/orgs/${slug}/panelists/me/materials/${m.id}/pdf` : (m.url ?? "#")
                  }
                >
                  {title(m.title)}
                </a>{" "}
                ({pt(`me.kind.${m.kind}`)}, {dateOf(m.sessionId)}
                {m.pdf ? `, ${pt("me.pdf", { size: Math.ceil(m.pdf.bytes / 1024) })}` : ""})
                {m.captionUrl ? (
                  <>
                    {" "}
                    <a href={m.captionUrl}>
                      {pt("me.captions")}: {title(m.title)}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.feedbackPath ? (
        <>
          <h2>{pt("me.feedback")}</h2>
          <p>
            <a href={d.feedbackPath}>{pt("me.feedbackLink")}</a>
          </p>
        </>
      ) : null}
    </>
  );
}
