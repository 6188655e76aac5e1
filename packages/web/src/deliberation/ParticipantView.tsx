import { type FormEvent, useState } from "react";
import { localized } from "../lib/language.js";
import { useDt } from "./i18n/index.js";
import "./deliberation.css";

type Texts = { fi: string; sv: string; en: string };

/**
 * The draft as a participant sees it: the shape of the server's `participantDraft` service
 * (modules/deliberation/participant.ts), which the owner module's route (the panel's space,
 * the jury's) answers after authenticating its panelist or juror.
 */
export interface ParticipantDraft {
  statement: {
    id: string;
    title: string;
    preamble: Partial<Texts>;
    status: "drafting" | "amending" | "support_check" | "adopted" | "published";
    supportScale: "gradients" | "consent";
  };
  participant: { label: string; role: string };
  scale: { level: number; label: Texts }[];
  recommendations: {
    id: string;
    number: number;
    title: string;
    text: string;
    rationale: string;
    version: number;
    myLevel: number | null;
    myAmendments: {
      id: string;
      proposedText: string | null;
      comment: string;
      status: "proposed" | "accepted" | "rejected";
      reason: string;
    }[];
  }[];
}

interface Props {
  draft: ParticipantDraft;
  /** Saves an answer; the owner module calls `giveSupport` and refetches the draft. */
  onSupport: (recommendationId: string, level: number) => void;
  onAmend: (recommendationId: string, input: { proposedText: string; comment: string }) => void;
  /** The recommendation whose write is on its way, to disable its controls meanwhile. */
  busy?: string | undefined;
}

function AmendmentForm(props: { id: string; onAmend: Props["onAmend"]; busy: boolean }) {
  const { dt } = useDt();
  const [proposedText, setProposedText] = useState("");
  const [comment, setComment] = useState("");
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!proposedText.trim() && !comment.trim()) {
      setError(true);
      return;
    }
    setError(false);
    props.onAmend(props.id, { proposedText, comment });
    setProposedText("");
    setComment("");
  };
  const errorId = `amend-error-${props.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`amend-heading-${props.id}`}>
      <h4 id={`amend-heading-${props.id}`}>{dt("participant.amend")}</h4>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {dt("participant.amendEmpty")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`amend-text-${props.id}`}>{dt("participant.proposedText")}</label>
        <textarea
          id={`amend-text-${props.id}`}
          value={proposedText}
          rows={4}
          maxLength={5000}
          aria-invalid={error || undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setProposedText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`amend-comment-${props.id}`}>{dt("participant.comment")}</label>
        <textarea
          id={`amend-comment-${props.id}`}
          value={comment}
          rows={3}
          maxLength={5000}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" disabled={props.busy}>
        {dt("participant.sendAmendment")}
      </button>
    </form>
  );
}

/**
 * A participant's view of the statement draft: each recommendation with a radio group of the
 * support scale (during the support check) and an amendment form (while amending). Phone
 * first; the panel's and the jury's spaces mount it with their own calls.
 */
export function ParticipantView({ draft, onSupport, onAmend, busy }: Props) {
  const { dt, language } = useDt();
  const { statement } = draft;
  const preamble = localized(statement.preamble, language);
  return (
    <div className="deliberation-participant">
      <h2>{statement.title}</h2>
      <p>{dt(`participant.phase.${statement.status}`)}</p>
      {preamble ? <p className="deliberation-preamble">{preamble}</p> : null}
      {draft.recommendations.map((r) => (
        <article
          key={r.id}
          className="deliberation-recommendation"
          aria-labelledby={`p-rec-${r.id}`}
        >
          <h3 id={`p-rec-${r.id}`}>
            {r.number}. {r.title}
          </h3>
          <p>{r.text}</p>
          {r.rationale ? <p>{r.rationale}</p> : null}
          {statement.status === "support_check" ? (
            <fieldset className="deliberation-choices" disabled={busy === r.id}>
              <legend>{dt("participant.supportLegend", { number: r.number })}</legend>
              {draft.scale.map((s) => (
                <label key={s.level}>
                  <input
                    type="radio"
                    name={`support-${r.id}`}
                    value={s.level}
                    checked={r.myLevel === s.level}
                    onChange={() => onSupport(r.id, s.level)}
                  />{" "}
                  {s.level} – {localized(s.label, language)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {r.myAmendments.length > 0 ? (
            <>
              <h4>{dt("participant.myAmendments")}</h4>
              <ul className="deliberation-amendments">
                {r.myAmendments.map((a) => (
                  <li key={a.id}>
                    {a.proposedText ?? a.comment} – {dt(`amendmentStatus.${a.status}`)}
                    {a.reason ? `: ${a.reason}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {statement.status === "amending" ? (
            <AmendmentForm id={r.id} onAmend={onAmend} busy={busy === r.id} />
          ) : null}
        </article>
      ))}
    </div>
  );
}
