import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { pickStatement } from "../lib/language.js";
import { type Access, residentEndpoints } from "./api.js";
import { useCt } from "./i18n/index.js";
import type { VoteProblem } from "./lib.js";
import type { NextStatement, VoteValue } from "./types.js";
import { residentKeys } from "./useConversationEvents.js";
import { useVote } from "./useVote.js";

interface Props {
  publicId: string;
  access: Access;
  onVoted: (voted: number) => void;
  onShowResults: () => void;
}

const VOTES: { value: VoteValue; icon: string }[] = [
  { value: "agree", icon: "✓" },
  { value: "disagree", icon: "✗" },
  { value: "pass", icon: "→" },
];

export function problemKey(problem: VoteProblem) {
  return `vote.problem.${problem}` as const;
}

/** One statement at a time with agree / disagree / pass, progress, and a live announcement. */
export function VoteCard({ publicId, access, onVoted, onShowResults }: Props) {
  const { ct, language } = useCt();
  const queryClient = useQueryClient();
  const statementId = useId();
  const next = useQuery({
    queryKey: residentKeys.next(publicId, access.t),
    queryFn: () => residentEndpoints.next(publicId, access),
    staleTime: 0,
  });
  const { cast, busy, retrying, problem, failed } = useVote(publicId, access);
  const retryable = failed !== null && problem !== null;
  const [announcement, setAnnouncement] = useState("");

  const vote = async (value: VoteValue) => {
    const statement = next.data?.statement;
    if (!statement || busy) return;
    const outcome = await cast(statement.tid, value);
    if (!outcome) return;
    if ("problem" in outcome) {
      // Only a removed or unknown statement is replaced; otherwise the same one can be retried.
      if (outcome.problem !== "removed" && outcome.problem !== "unknown_statement") return;
      const fresh = await queryClient.fetchQuery({
        queryKey: residentKeys.next(publicId, access.t),
        queryFn: () => residentEndpoints.next(publicId, access),
        staleTime: 0,
      });
      if (fresh.statement?.tid !== statement.tid) {
        setAnnouncement(
          fresh.statement
            ? ct("vote.announceNext", { text: pickStatement(fresh.statement, language).text })
            : "",
        );
      }
      return;
    }
    onVoted(outcome.answer.progress.voted);
    const fresh: NextStatement = await queryClient.fetchQuery({
      queryKey: residentKeys.next(publicId, access.t),
      queryFn: () => residentEndpoints.next(publicId, access),
      staleTime: 0,
    });
    const saved = ct("vote.announceSaved", { vote: ct(`vote.${value}`) });
    const progress = ct("vote.progress", { ...fresh.progress });
    setAnnouncement(
      fresh.statement
        ? `${saved} ${progress}. ${ct("vote.announceNext", { text: pickStatement(fresh.statement, language).text })}`
        : `${saved} ${ct("vote.allDone")}`,
    );
  };

  const data = next.data;
  const progress = data?.progress;
  const statement = data?.statement ?? null;
  const shown = statement ? pickStatement(statement, language) : null;

  return (
    <section className="conv-card" aria-labelledby={`${statementId}-title`}>
      <h2 id={`${statementId}-title`} className="visually-hidden">
        {ct("vote.cardTitle")}
      </h2>
      {progress ? (
        <div className="conv-progress">
          <p className="conv-progress__text" id={`${statementId}-progress`}>
            {ct("vote.progress", { ...progress })}
          </p>
          <div className="conv-progress__bar" aria-hidden="true">
            <div
              className="conv-progress__fill"
              style={{
                width: `${progress.total > 0 ? (100 * progress.voted) / progress.total : 0}%`,
              }}
            />
          </div>
        </div>
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {next.isPending ? (
        <p className="conv-statement conv-statement--loading">{ct("vote.loading")}</p>
      ) : statement ? (
        <>
          <p className="conv-statement__label">{ct("vote.statementLabel")}</p>
          <blockquote className="conv-statement" id={statementId} lang={shown?.lang}>
            <p>{shown?.text}</p>
          </blockquote>
          {/* biome-ignore lint/a11y/useSemanticElements: the statement above names the group; a fieldset legend would repeat it */}
          <div className="conv-votes" role="group" aria-labelledby={statementId}>
            {VOTES.map((v) => (
              <button
                key={v.value}
                type="button"
                className={`conv-vote conv-vote--${v.value}`}
                aria-disabled={busy || undefined}
                onClick={() => void vote(v.value)}
              >
                <span className="conv-vote__icon" aria-hidden="true">
                  {v.icon}
                </span>
                {ct(`vote.${v.value}`)}
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className="conv-done">
          <p>
            <strong>{ct("vote.allDone")}</strong>
          </p>
          <p>{ct("vote.allDoneHelp")}</p>
          <button type="button" className="button" onClick={onShowResults}>
            {ct("vote.showResults")}
          </button>
        </div>
      )}
      {retrying ? (
        <p className="notice conv-retrying" role="status">
          {ct("vote.retrying")}
        </p>
      ) : null}
      {problem ? (
        <div className="notice notice--error conv-problem" role="alert">
          <p>{ct(problemKey(problem))}</p>
          {retryable && failed ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void vote(failed.vote)}
            >
              {ct("vote.retry")}
            </button>
          ) : null}
        </div>
      ) : null}
      {next.error ? (
        <p className="notice notice--error" role="alert">
          {ct("vote.problem.other")}
        </p>
      ) : null}
    </section>
  );
}
