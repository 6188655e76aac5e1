import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.js";
import { currentLanguage } from "../i18n/index.js";
import { ErrorSummary, TextField, useFormErrors } from "./form.js";

interface Props {
  /** Organization slug the link is for, when known. */
  org?: string | undefined;
  returnTo?: string | undefined;
  /** Prefix for element ids, so two forms never share them. */
  idPrefix: string;
  submitLabel: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks for an email address and requests a one-time sign-in link for it. */
export function RequestLinkForm({ org, returnTo, idPrefix, submitLabel }: Props) {
  const { t } = useTranslation();
  const emailId = `${idPrefix}-email`;
  const form = useFormErrors((path) => (path === "email" ? emailId : undefined));
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation({ mutationFn: endpoints.requestSignInLink });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!EMAIL.test(trimmed)) {
      form.fail([{ field: emailId, message: t("signIn.emailInvalid") }]);
      return;
    }
    request.mutate(
      {
        email: trimmed,
        ...(org ? { org } : {}),
        ...(returnTo ? { returnTo } : {}),
        language: currentLanguage(),
      },
      {
        onSuccess: () => {
          form.clear();
          setSentTo(trimmed);
        },
        onError: form.failWith,
      },
    );
  };

  if (sentTo) {
    return (
      <div className="notice notice--success" role="status">
        <h2>{t("signIn.sentTitle")}</h2>
        <p>{t("signIn.sentBody", { email: sentTo })}</p>
        <p>
          <button type="button" className="button button--quiet" onClick={() => setSentTo(null)}>
            {t("signIn.sendAgain")}
          </button>
        </p>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <TextField
        id={emailId}
        label={t("signIn.email")}
        hint={t("signIn.emailHint")}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        required
        maxLength={320}
        value={email}
        onChange={setEmail}
        error={form.fieldError(emailId)}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
