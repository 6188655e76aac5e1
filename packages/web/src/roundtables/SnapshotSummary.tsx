import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import type { Snapshot } from "./api.js";
import { useRt } from "./i18n/index.js";

type Shown = Omit<Snapshot, "id">;
type Statement = Shown["results"]["consensus"]["agree"][number];

const percent = (share: number, language: string) =>
  new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);

/** A conversation's results as they were taken to the table (frozen), in words. */
export function SnapshotSummary({ snapshot, headingId }: { snapshot: Shown; headingId: string }) {
  const { rt, language } = useRt();
  const r = snapshot.results;
  const line = (s: Statement) => (
    <li key={`${s.direction}-${s.tid}`}>
      {s.text} – {rt(`snapshot.${s.direction}`, { share: percent(s.share, language) })}
    </li>
  );
  const consensus = [...r.consensus.agree, ...r.consensus.disagree];
  return (
    <section aria-labelledby={headingId} className="roundtable-snapshot">
      <h4 id={headingId}>{rt("snapshot.heading")}</h4>
      <p>
        {rt("snapshot.taken", {
          title: localized(r.conversationTitle, language),
          date: formatDate(snapshot.takenAt, language),
          participants: r.participants,
          votes: r.votes,
        })}
      </p>
      {r.computedAt === null ? <p>{rt("snapshot.noMath")}</p> : null}
      {consensus.length > 0 ? (
        <>
          <h5>{rt("snapshot.consensus")}</h5>
          <ul>{consensus.map(line)}</ul>
        </>
      ) : null}
      {r.divisive.length > 0 ? (
        <>
          <h5>{rt("snapshot.divisive")}</h5>
          <ul>
            {r.divisive.map((d) => (
              <li key={d.tid}>{d.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.groups.length > 0 ? (
        <>
          <h5>{rt("snapshot.groups")}</h5>
          {r.groups.map((g) => (
            <div key={g.id}>
              <p>{rt("snapshot.group", { id: g.id + 1, size: g.size })}</p>
              <ul>{g.statements.map(line)}</ul>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
