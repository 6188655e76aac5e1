import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Status } from "../../components/form.js";
import { AdminOnly, can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useLt } from "../i18n/index.js";
import { type FeedbackList, legalStaffEndpoints } from "./api.js";
import { TextArea } from "./TextArea.js";

type Item = FeedbackList["items"][number];

function AnswerForm({ slug, item }: { slug: string; item: Item }) {
  const { lt, t } = useLt();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const answer = useMutation({
    mutationFn: () => legalStaffEndpoints.answer(slug, item.id, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["legal", slug] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextArea
        id={`answer-${item.id}`}
        rows={2}
        label={lt("feedbackList.note")}
        value={note}
        onChange={setNote}
      />
      {answer.error ? (
        <p className="notice notice--error">{errorMessage(answer.error, t)}</p>
      ) : null}
      <button type="submit" className="button" disabled={answer.isPending}>
        {lt("feedbackList.markAnswered")}
      </button>
    </form>
  );
}

function FeedbackItem({ slug, item, mayAnswer }: { slug: string; item: Item; mayAnswer: boolean }) {
  const { lt, t, language } = useLt();
  return (
    <li className={item.overdue ? "card legal-overdue" : "card"}>
      <dl className="legal-meta">
        <dt>{lt("feedbackList.received")}</dt>
        <dd>{formatDateTime(item.receivedAt, language)}</dd>
        <dt>{lt("feedbackList.due")}</dt>
        <dd>{formatDate(item.dueAt, language)}</dd>
        <dt>{lt("feedbackList.status")}</dt>
        <dd>
          {item.status === "answered" ? (
            lt("feedbackList.answered", {
              date: formatDate(item.answeredAt, language),
              who: item.answeredBy ?? "–",
            })
          ) : item.overdue ? (
            <strong className="legal-badge--overdue">{lt("feedbackList.overdue")}</strong>
          ) : (
            lt("feedbackList.open")
          )}
        </dd>
        {item.concerns ? (
          <>
            <dt>{lt("feedbackList.concerns")}</dt>
            <dd>{item.concerns}</dd>
          </>
        ) : null}
        {item.email ? (
          <>
            <dt>{lt("feedbackList.email")}</dt>
            <dd>{item.email}</dd>
          </>
        ) : null}
        <dt>{lt("feedbackList.language")}</dt>
        <dd>{t(`languages.${item.language as "fi"}`, { defaultValue: item.language })}</dd>
      </dl>
      <p className="legal-message" lang={item.language}>
        {item.message}
      </p>
      {item.answerNote ? <p>{lt("feedbackList.answerNote", { note: item.answerNote })}</p> : null}
      {item.status === "open" && mayAnswer ? <AnswerForm slug={slug} item={item} /> : null}
    </li>
  );
}

/** `/:slug/staff/legal/feedback`: accessibility feedback with its 14-day due dates. */
export function FeedbackPage() {
  const { lt, t } = useLt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(lt("feedbackList.title"));
  const mayRead = can(membership, "accessibility.feedback.read");
  const list = useQuery({
    queryKey: ["legal", org.slug, "feedback"],
    queryFn: () => legalStaffEndpoints.feedback(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return <AdminOnly />;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{lt("feedbackList.title")}</h1>
      <p>{lt("feedbackList.intro")}</p>
      {list.isPending ? <Status>{t("common.loading")}</Status> : null}
      {list.error ? <p className="notice notice--error">{errorMessage(list.error, t)}</p> : null}
      {list.data ? (
        <>
          <p
            className={
              list.data.overdue > 0 ? "legal-summary legal-badge--overdue" : "legal-summary"
            }
          >
            {lt("feedbackList.summary", { open: list.data.open, overdue: list.data.overdue })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="empty-state">{lt("feedbackList.empty")}</p>
          ) : (
            <ul className="cards legal-feedback-list">
              {list.data.items.map((item) => (
                <FeedbackItem
                  key={item.id}
                  slug={org.slug}
                  item={item}
                  mayAnswer={can(membership, "accessibility.feedback.answer")}
                />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
