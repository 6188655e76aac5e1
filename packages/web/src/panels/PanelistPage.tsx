import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { formatDate, formatDateTime } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";
import { PanelistFees } from "./PanelistFees.js";
import { PanelistSessions } from "./PanelistSessions.js";
import { PanelistStatement } from "./PanelistStatement.js";

/** The panelist's space: opened by the invitation's one-time link, confirm or decline the seat. */
export function PanelistPage() {
  const { pt, language } = usePt();
  const { slug = "" } = useParams();
  const client = useQueryClient();
  useDocumentTitle(pt("me.title"));
  const [opened, setOpened] = useState(!window.location.hash);
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  useEffect(() => {
    const token = window.location.hash.slice(1);
    if (!token) return;
    // The token is spent on first use: take it out of the address at once.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    panelEndpoints
      .open(slug, token)
      .then(() => client.invalidateQueries({ queryKey: ["panelist", slug] }))
      .catch(failWith)
      .finally(() => setOpened(true));
  }, [slug, client, failWith]);
  const me = useQuery({
    queryKey: ["panelist", slug],
    queryFn: () => panelEndpoints.me(slug),
    enabled: opened,
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (a: "confirm" | "decline") => panelEndpoints.answer(slug, a),
    onSuccess: (data) => client.setQueryData(["panelist", slug], data),
    onError: failWith,
  });
  const p = me.data;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{p ? p.panel.title : pt("me.title")}</h1>
      <ErrorSummary errors={errors} attempt={attempt} />
      {!opened ? <p>{pt("me.opening")}</p> : null}
      {opened && !p && me.isError ? <p>{pt("me.noLink")}</p> : null}
      {p ? (
        <>
          <p role="status">{pt(`me.status.${p.status as "selected"}`)}</p>
          {p.status === "selected" && p.panel.responseDeadline ? (
            <p>{pt("me.deadline", { at: formatDateTime(p.panel.responseDeadline, language) })}</p>
          ) : null}
          {p.status === "selected" ? (
            <div className="button-row">
              <button
                type="button"
                onClick={() => answer.mutate("confirm")}
                disabled={answer.isPending}
              >
                {pt("me.confirm")}
              </button>
              <button
                type="button"
                onClick={() => answer.mutate("decline")}
                disabled={answer.isPending}
              >
                {pt("me.decline")}
              </button>
            </div>
          ) : null}
          {p.panel.coreQuestions.length > 0 ? (
            <>
              <h2>{pt("me.question")}</h2>
              {p.panel.coreQuestions.map((q) => (
                <p key={q.text.fi}>{q.text[language as "fi"] || q.text.fi}</p>
              ))}
            </>
          ) : null}
          {p.status === "confirmed" || p.status === "selected" ? (
            <>
              <PanelistSessions slug={slug} sessions={p.panel.sessions} />
              <PanelistStatement slug={slug} />
            </>
          ) : null}
          {p.status === "confirmed" || p.status === "selected" ? (
            <PanelistFees slug={slug} />
          ) : null}
          <h2>{pt("me.schedule")}</h2>
          <ul>
            {p.panel.sessions.map((s) => (
              <li key={s.id}>
                {formatDate(s.date, language)} {s.startTime}–{s.endTime},{" "}
                {s.onlineUrl ? <a href={s.onlineUrl}>{pt("me.online")}</a> : s.place}
                {s.accessibility ? ` (${s.accessibility})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
