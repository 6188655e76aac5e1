import { useQuery } from "@tanstack/react-query";
import { Status } from "../components/form.js";
import { pickStatement, type ShownText } from "../lib/language.js";
import { type Access, residentEndpoints } from "./api.js";
import { useCt } from "./i18n/index.js";
import type { VoteValue } from "./types.js";
import { residentKeys } from "./useConversationEvents.js";
import { useVote } from "./useVote.js";

const VALUES: VoteValue[] = ["agree", "disagree", "pass"];

/** The statements with the resident's own votes, each changeable. */
export function MyVotes({
  publicId,
  access,
  readOnly,
}: {
  publicId: string;
  access: Access;
  readOnly: boolean;
}) {
  const { ct, t, language } = useCt();
  const list = useQuery({
    queryKey: residentKeys.statements(publicId, access.t),
    queryFn: () => residentEndpoints.statements(publicId, access),
  });
  const { cast, busy, problem } = useVote(publicId, access);
  if (list.isPending) return <Status>{t("common.loading")}</Status>;
  if (list.error) return <p className="notice notice--error">{ct("vote.problem.other")}</p>;
  const statements = list.data.statements;
  const voted = statements.filter((s) => s.myVote !== null).length;
  return (
    <section aria-labelledby="conv-mine-title">
      <h2 id="conv-mine-title">{ct("mine.title")}</h2>
      <p>{readOnly ? ct("mine.readOnly") : ct("mine.help", { voted, total: statements.length })}</p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {ct(`vote.problem.${problem}`)}
        </p>
      ) : null}
      <ul className="conv-mine">
        {statements.map((s) => (
          <li key={s.tid} className="conv-mine__item">
            <StatementText id={`conv-mine-${s.tid}`} shown={pickStatement(s, language)} />
            <p className="conv-mine__current">
              {s.myVote
                ? ct("mine.yourVote", { vote: ct(`vote.${s.myVote}`) })
                : ct("mine.notVoted")}
            </p>
            {readOnly ? null : (
              // biome-ignore lint/a11y/useSemanticElements: the statement text names the group; a legend would repeat it
              <div
                className="conv-mine__buttons"
                role="group"
                aria-labelledby={`conv-mine-${s.tid}`}
              >
                {VALUES.map((v) => (
                  <button
                    key={v}
                    type="button"
                    className="button button--secondary button--small"
                    aria-pressed={s.myVote === v}
                    aria-disabled={busy || undefined}
                    onClick={() => {
                      if (s.myVote !== v) void cast(s.tid, v);
                    }}
                  >
                    {ct(`vote.${v}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatementText({ id, shown }: { id: string; shown: ShownText }) {
  return (
    <p id={id} className="conv-mine__text" lang={shown.lang}>
      {shown.text}
    </p>
  );
}
