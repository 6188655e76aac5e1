import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { ErrorSummary, Status, TextField, useFormErrors } from "../components/form.js";
import { formatDate } from "../lib/format.js";
import { isLanguage } from "../lib/language.js";
import { legalEndpoints } from "./api.js";
import { useLt } from "./i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.message": "feedback-message",
  "body.concerns": "feedback-concerns",
  "body.email": "feedback-email",
};

/** The accessibility statement's feedback channel (306/2019 section 15). */
export function FeedbackForm({ slug }: { slug: string }) {
  const { lt, t, language } = useLt();
  const [message, setMessage] = useState("");
  const [concerns, setConcerns] = useState("");
  const [email, setEmail] = useState("");
  const fieldFor = useCallback((path: string) => FIELDS[path], []);
  const { errors, attempt, fail, failWith, clear, fieldError } = useFormErrors(fieldFor);
  const send = useMutation({
    mutationFn: () =>
      legalEndpoints.sendFeedback(slug, {
        message,
        concerns,
        email,
        language: isLanguage(language) ? language : "fi",
      }),
    onSuccess: () => {
      clear();
      setMessage("");
      setConcerns("");
      setEmail("");
    },
    onError: failWith,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      fail([{ field: "feedback-message", message: t("errors.fields.required") }]);
      return;
    }
    send.mutate();
  };

  const messageError = fieldError("feedback-message");
  return (
    <section className="legal-feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{lt("feedback.title")}</h2>
      <p>{lt("feedback.intro")}</p>
      {send.data ? (
        <>
          <Status>
            {lt("feedback.thanks", {
              received: formatDate(send.data.receivedAt, language),
              due: formatDate(send.data.dueAt, language),
            })}
          </Status>
          <button type="button" className="button button--quiet" onClick={() => send.reset()}>
            {lt("feedback.another")}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} attempt={attempt} />
          <div className={messageError ? "field field--invalid" : "field"}>
            <label htmlFor="feedback-message">
              {lt("feedback.message")}
              <span className="field__required"> ({t("form.required")})</span>
            </label>
            {messageError ? (
              <p id="feedback-message-error" className="field__error">
                <span className="visually-hidden">{t("form.errorPrefix")} </span>
                {messageError}
              </p>
            ) : null}
            <textarea
              id="feedback-message"
              rows={6}
              maxLength={4000}
              required
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={messageError ? "feedback-message-error" : undefined}
            />
          </div>
          <TextField
            id="feedback-concerns"
            label={lt("feedback.concerns")}
            hint={lt("feedback.concernsHint")}
            value={concerns}
            onChange={setConcerns}
            maxLength={500}
            error={fieldError("feedback-concerns")}
          />
          <TextField
            id="feedback-email"
            type="email"
            label={lt("feedback.email")}
            hint={lt("feedback.emailHint")}
            value={email}
            onChange={setEmail}
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            error={fieldError("feedback-email")}
          />
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? lt("feedback.sending") : lt("feedback.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
