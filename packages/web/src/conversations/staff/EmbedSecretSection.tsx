import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { useCt } from "../i18n/index.js";
import { type EmbedSecret, staffEndpoints } from "./api.js";
import { CopyButton } from "./DetailPage.js";

/** The embed secret for signing participant ids (admins): shown on request, copyable, replaceable. */
export function EmbedSecretSection({ slug, id }: { slug: string; id: string }) {
  const { ct, t, language } = useCt();
  const titleId = useId();
  const [secret, setSecret] = useState<EmbedSecret | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // Showing the secret is a read the server audits, made on each request and never cached:
  // a mutation like the replacement, not a query.
  const fetchSecret = useMutation({
    mutationFn: (rotate: boolean) =>
      rotate ? staffEndpoints.rotateEmbedSecret(slug, id) : staffEndpoints.embedSecret(slug, id),
  });
  const busy = fetchSecret.isPending;

  const run = (rotate: boolean, done?: string) => {
    setMessage(null);
    fetchSecret.mutate(rotate, {
      onSuccess: (answer: EmbedSecret) => {
        setSecret(answer);
        if (done) setMessage({ kind: "ok", text: done });
      },
      onError: (error) => setMessage({ kind: "error", text: errorMessage(error, t) }),
      onSettled: () => setConfirming(false),
    });
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{ct("staff.embedSecret.title")}</h2>
      <p>{ct("staff.embedSecret.help")}</p>
      {secret ? (
        <>
          <p>
            {ct("staff.embedSecret.label", { date: formatDateTime(secret.createdAt, language) })}
          </p>
          <pre className="conv-snippet">
            <code>{secret.secret}</code>
          </pre>
          <CopyButton text={secret.secret} label={ct("staff.embedSecret.copy")} />{" "}
          {confirming ? (
            <div>
              <p>{ct("staff.embedSecret.rotateConfirm")}</p>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => run(true, ct("staff.embedSecret.rotated"))}
              >
                {ct("staff.embedSecret.rotateYes")}
              </button>{" "}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirming(false)}
              >
                {ct("staff.embedSecret.cancel")}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setConfirming(true)}
            >
              {ct("staff.embedSecret.rotate")}
            </button>
          )}
        </>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => run(false)}
        >
          {ct("staff.embedSecret.show")}
        </button>
      )}
      <p role="status" className={message?.kind === "error" ? "notice notice--error" : undefined}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}
