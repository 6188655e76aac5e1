import { Fragment } from "react";
import { useTt } from "../../results/i18n/index.js";
import type { Analysis } from "./api.js";

/** A summary's text with each cited answer id as a link to that answer (shown under its theme). */
function Cited({ text }: { text: string }) {
  const { tt } = useTt();
  // Each part keyed by where it starts in the text.
  let at = 0;
  const parts = text.split(/(\[[^\]]+\])/g).map((part) => {
    const start = at;
    at += part.length;
    return { part, start };
  });
  return (
    <p>
      {parts.map(({ part, start }) => {
        const ids = /^\[([^\]]+)\]$/.exec(part)?.[1]?.split(/,\s*/);
        if (!ids) return <Fragment key={start}>{part}</Fragment>;
        return (
          <Fragment key={start}>
            [
            {ids.map((id, j) => (
              <Fragment key={id}>
                {j > 0 ? ", " : null}
                <a href={`#answer-${id}`} aria-label={tt("themes.llmCited", { id })}>
                  {id.slice(0, 8)}
                </a>
              </Fragment>
            ))}
            ]
          </Fragment>
        );
      })}
    </p>
  );
}

/**
 * The language model's summaries of the themes (when the county configured one): the button
 * that starts the job sending the answers, its progress or why it failed (the page polls), and
 * per theme the checked summary or why it fell back to keywords.
 */
export function LlmSummaries(props: {
  analysis: Analysis;
  mayEdit: boolean;
  pending: boolean;
  onSummarise: () => void;
}) {
  const { tt, language } = useTt();
  const { analysis: a } = props;
  const summaries = a.llm.summaries;
  const labels = new Map(a.themes.map((t) => [t.id, t.label]));
  return (
    <section aria-labelledby="llm-title" className="llm-summaries">
      <h2 id="llm-title">{tt("themes.llmTitle")}</h2>
      <p>{tt("themes.llmNote")}</p>
      {props.mayEdit ? (
        <button
          type="button"
          onClick={props.onSummarise}
          disabled={props.pending || a.llm.status === "running"}
        >
          {tt(summaries ? "themes.llmAgain" : "themes.llmRun")}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {a.llm.status === "running"
          ? tt("themes.llmRunning", { done: a.llm.done, total: a.llm.total })
          : null}
        {a.llm.status === "failed" ? tt("themes.llmFailed", { error: a.llm.error ?? "" }) : null}
      </p>
      {summaries ? (
        <>
          <p>
            {tt("themes.llmMade", {
              model: summaries.model,
              at: new Date(summaries.at).toLocaleString(language),
            })}{" "}
            {a.signedOff && Date.parse(a.signedOff.at) >= Date.parse(summaries.at)
              ? tt("themes.llmSignedOff")
              : tt("themes.llmNotSignedOff")}
          </p>
          <ul>
            {summaries.themes.map((s) => (
              <li key={s.themeId}>
                <h3>{labels.get(s.themeId) ?? s.themeId}</h3>
                {s.source === "llm" && s.summary ? (
                  <Cited text={s.summary} />
                ) : (
                  <p>{tt("themes.llmFellBack", { reason: s.error ?? "" })}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
