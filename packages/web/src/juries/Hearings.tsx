import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { juryEndpoints, type Space } from "./api.js";
import { useJt } from "./i18n/index.js";
import { inLanguage } from "./JurySpacePage.js";

type Hearing = Space["hearings"][number];

/** Expert hearings: a juror asks (in the hearing phase); the expert answers their own hearing's questions. */
export function Hearings({ slug, space }: { slug: string; space: Space }) {
  const { jt } = useJt();
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  if (space.hearings.length === 0) return null;
  return (
    <section aria-labelledby="jury-hearings">
      <h2 id="jury-hearings">{jt("space.hearings")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {space.hearings.map((h) => (
        <HearingView key={h.id} slug={slug} hearing={h} space={space} onError={failWith} />
      ))}
    </section>
  );
}

function HearingView({
  slug,
  hearing,
  space,
  onError,
}: {
  slug: string;
  hearing: Hearing;
  space: Space;
  onError: (e: unknown) => void;
}) {
  const { jt, language } = useJt();
  const client = useQueryClient();
  const [question, setQuestion] = useState("");
  const [sent, setSent] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ["jury-space", slug] });
  const ask = useMutation({
    mutationFn: () => juryEndpoints.ask(slug, hearing.id, question),
    onSuccess: () => {
      setQuestion("");
      setSent(true);
      return refresh();
    },
    onError,
  });
  const juror = space.me.kind === "juror";
  const canAsk = juror && space.jury.phase === "hear_experts";
  const fieldId = `ask-${hearing.id}`;
  return (
    <article className="card">
      <h3>{inLanguage(hearing.subject, language)}</h3>
      <p>{jt("space.expert", { name: hearing.expert })}</p>
      <ul>
        {hearing.questions.map((q) => (
          <li key={q.id}>
            <p>
              <strong>{q.askedBy}:</strong> {q.question}
            </p>
            {q.answer || q.answerVideoUrl ? (
              <p>
                {q.answer}
                {q.answerVideoUrl ? (
                  <>
                    {" "}
                    <a href={q.answerVideoUrl}>{jt("space.answerVideo")}</a>
                  </>
                ) : null}
              </p>
            ) : juror ? (
              <p>{jt("space.noAnswer")}</p>
            ) : (
              <AnswerForm slug={slug} questionId={q.id} onDone={refresh} onError={onError} />
            )}
          </li>
        ))}
      </ul>
      {canAsk ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (question.trim()) ask.mutate();
          }}
        >
          <label htmlFor={fieldId}>{jt("space.yourQuestion")}</label>
          <textarea
            id={fieldId}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            maxLength={2000}
            rows={3}
          />
          <button type="submit" disabled={ask.isPending}>
            {jt("space.ask")}
          </button>
          {sent ? <p role="status">{jt("space.asked")}</p> : null}
        </form>
      ) : null}
    </article>
  );
}

function AnswerForm({
  slug,
  questionId,
  onDone,
  onError,
}: {
  slug: string;
  questionId: string;
  onDone: () => unknown;
  onError: (e: unknown) => void;
}) {
  const { jt } = useJt();
  const [answer, setAnswer] = useState("");
  const [videoUrl, setVideoUrl] = useState("");
  const save = useMutation({
    mutationFn: () => juryEndpoints.answer(slug, questionId, answer, videoUrl.trim() || null),
    onSuccess: onDone,
    onError,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor={`answer-${questionId}`}>{jt("space.answer")}</label>
      <textarea
        id={`answer-${questionId}`}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        maxLength={8000}
        rows={4}
      />
      <label htmlFor={`video-${questionId}`}>{jt("space.videoUrl")}</label>
      <input
        id={`video-${questionId}`}
        type="url"
        value={videoUrl}
        onChange={(e) => setVideoUrl(e.target.value)}
      />
      <button type="submit" disabled={save.isPending}>
        {jt("space.sendAnswer")}
      </button>
    </form>
  );
}
