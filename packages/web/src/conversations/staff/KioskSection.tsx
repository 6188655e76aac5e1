import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ErrorSummary, TextField, useFormErrors } from "../../components/form.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { useCt } from "../i18n/index.js";
import { ScrollTable } from "../ScrollTable.js";
import { staffEndpoints } from "./api.js";
import { CopyButton } from "./DetailPage.js";
import { InputField } from "./fields.js";
import { fromLocalInput } from "./formDraft.js";

/** The form's field for a problem's path (the web's problem paths leave out "body."). */
const FIELDS: Record<string, string> = {
  eventName: "kiosk-event",
  expiresAt: "kiosk-ends",
};

/**
 * Kiosks at events (staff who run events): start one with the event's name, open it on the
 * tablet (the link with its token is shown once), see the kiosks and end one.
 */
export function KioskSection({
  slug,
  id,
  publicId,
  generalUrl,
}: {
  slug: string;
  id: string;
  publicId: string;
  /** The general invitation link: an invitation-only conversation's kiosk needs its `t`. */
  generalUrl: string | undefined;
}) {
  const { ct, t, language } = useCt();
  const titleId = useId();
  const [eventName, setEventName] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const form = useFormErrors((path) => FIELDS[path]);
  const sessions = useQuery({
    queryKey: ["conv-staff", slug, id, "kiosk-sessions"],
    queryFn: () => staffEndpoints.kioskSessions(slug, id),
  });
  const start = useMutation({
    mutationFn: () =>
      staffEndpoints.startKiosk(slug, id, {
        eventName,
        ...(fromLocalInput(endsAt) ? { expiresAt: fromLocalInput(endsAt)! } : {}),
      }),
    onSuccess: (answer) => {
      form.clear();
      setEventName("");
      setEndsAt("");
      const invitation = generalUrl ? new URL(generalUrl, window.location.origin) : null;
      const t = invitation?.searchParams.get("t");
      const query = t ? `?t=${encodeURIComponent(t)}` : "";
      setLink(`${window.location.origin}/${slug}/c/${publicId}/kiosk${query}#${answer.token}`);
      setMessage({ kind: "ok", text: ct("staff.kiosk.started") });
      void sessions.refetch();
    },
    onError: (error) => form.failWith(error),
  });
  const end = useMutation({
    mutationFn: (sessionId: string) => staffEndpoints.endKiosk(slug, id, sessionId),
    onSuccess: () => {
      setLink(null);
      setMessage({ kind: "ok", text: ct("staff.kiosk.ended") });
      void sessions.refetch();
    },
    onError: (error) => setMessage({ kind: "error", text: errorMessage(error, t) }),
  });

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{ct("staff.kiosk.title")}</h2>
      <p>{ct("staff.kiosk.help")}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          start.mutate();
        }}
      >
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <TextField
          id="kiosk-event"
          label={ct("staff.kiosk.eventName")}
          hint={ct("staff.kiosk.eventNameHint")}
          value={eventName}
          onChange={setEventName}
          required
          maxLength={120}
          error={form.fieldError("kiosk-event")}
        />
        <InputField
          id="kiosk-ends"
          type="datetime-local"
          label={ct("staff.kiosk.endsAt")}
          hint={ct("staff.kiosk.endsAtHint")}
          value={endsAt}
          onChange={setEndsAt}
          error={form.fieldError("kiosk-ends")}
        />
        <button type="submit" className="button" disabled={start.isPending}>
          {ct("staff.kiosk.start")}
        </button>
      </form>
      <p role="status" className={message?.kind === "error" ? "notice notice--error" : undefined}>
        {message?.text ?? ""}
      </p>
      {link ? (
        <p>
          <a className="button" href={link}>
            {ct("staff.kiosk.open")}
          </a>{" "}
          <CopyButton text={link} label={ct("staff.kiosk.copy")} />
        </p>
      ) : null}
      {sessions.data && sessions.data.sessions.length > 0 ? (
        <ScrollTable caption={ct("staff.kiosk.sessions")}>
          <thead>
            <tr>
              <th scope="col">{ct("staff.kiosk.colEvent")}</th>
              <th scope="col">{ct("staff.kiosk.colState")}</th>
              <th scope="col">{ct("staff.kiosk.colEnds")}</th>
              <th scope="col">{ct("staff.kiosk.colParticipants")}</th>
              <th scope="col">
                <span className="visually-hidden">{ct("staff.kiosk.end")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.eventName}</th>
                <td>{s.open ? ct("staff.kiosk.stateOpen") : ct("staff.kiosk.stateEnded")}</td>
                <td>{formatDateTime(s.endedAt ?? s.expiresAt, language)}</td>
                <td>{s.participants}</td>
                <td>
                  {s.open ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={ct("staff.kiosk.endLabel", { name: s.eventName })}
                      disabled={end.isPending}
                      onClick={() => end.mutate(s.id)}
                    >
                      {ct("staff.kiosk.end")}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : sessions.data ? (
        <p>{ct("staff.kiosk.none")}</p>
      ) : null}
    </section>
  );
}
