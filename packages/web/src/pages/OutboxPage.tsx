import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../api/client.js";
import { keys } from "../api/hooks.js";
import { ApiError } from "../api/problem.js";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { formatDateTime } from "../lib/format.js";
import { splitMailLinks } from "../lib/mailLinks.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

function linkify(text: string): ReactNode[] {
  return splitMailLinks(text).map((part, i) =>
    "href" in part ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text
      <a key={i} href={part.href} className="break">
        {part.url}
      </a>
    ) : (
      part.text
    ),
  );
}

/** Development mail outbox: the mails the server would have sent. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("outbox.title"));
  const outbox = useQuery({
    queryKey: keys.outbox,
    queryFn: () => call("get", "/api/dev/outbox"),
  });

  return (
    <div className="page">
      <h1 tabIndex={-1}>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void outbox.refetch()}
        >
          {t("outbox.refresh")}
        </button>
      </p>
      {outbox.isPending ? <Status>{t("common.loading")}</Status> : null}
      {outbox.error ? (
        <p className="notice notice--error">
          {outbox.error instanceof ApiError && outbox.error.status === 404
            ? t("outbox.disabled")
            : errorMessage(outbox.error, t)}
        </p>
      ) : null}
      {outbox.data && outbox.data.messages.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {outbox.data?.messages.map((m) => (
        <article className="mail" key={m.id} aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`} className="mail__subject">
            {m.channel === "sms" ? t("outbox.sms") : m.subject}
          </h2>
          <dl className="mail__meta">
            <dt>{t("outbox.to")}</dt>
            <dd className="break">{m.to}</dd>
            <dt>{t("outbox.sent")}</dt>
            <dd>{formatDateTime(m.createdAt, i18n.language)}</dd>
          </dl>
          <div className="mail__body">{linkify(m.text)}</div>
        </article>
      ))}
    </div>
  );
}
