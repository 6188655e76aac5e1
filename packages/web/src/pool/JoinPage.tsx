import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { useOrg } from "../api/hooks.js";
import { ErrorSummary, Status, TextField, useFormErrors } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { isLanguage, localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { poolEndpoints } from "./api.js";
import { ConsentFields } from "./ConsentFields.js";
import { EMPTY_DRAFT, fieldOf, type MemberDraft, missingFields, toJoinInput } from "./draft.js";
import { usePt } from "./i18n/index.js";
import { MemberFields } from "./MemberFields.js";
import "./pool.css";

/** `/:slug/pool`: joining the organization's resident pool. */
export function JoinPage() {
  const slug = useParams().slug ?? "";
  const { pt, t, language } = usePt();
  const org = useOrg(slug).data;
  useDocumentTitle(`${pt("join.title")} – ${org ? localized(org.name, language) : ""}`);
  const form = useQuery({ queryKey: ["pool-form", slug], queryFn: () => poolEndpoints.form(slug) });
  const [draft, setDraft] = useState<MemberDraft>(EMPTY_DRAFT);
  const { errors, attempt, fail, failWith, clear, fieldError } = useFormErrors(fieldOf);
  const lang = isLanguage(language) ? language : "fi";
  const join = useMutation({
    mutationFn: () => poolEndpoints.join(slug, toJoinInput(draft, lang)),
    onSuccess: clear,
    onError: failWith,
  });

  if (form.isPending) return <Status>{t("common.loading")}</Status>;
  if (form.error) return <p className="notice notice--error">{errorMessage(form.error, t)}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(draft);
    if (missing.length > 0) {
      fail(missing.map((field) => ({ field, message: t("errors.fields.required") })));
      return;
    }
    join.mutate();
  };
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("join.title")}</h1>
      {!form.data.open ? (
        <p className="notice">{pt("join.closed")}</p>
      ) : join.data ? (
        join.data.confirmBy === "email" ? (
          <Status>{pt("join.checkEmail")}</Status>
        ) : (
          <CodeForm slug={slug} phone={draft.phone} />
        )
      ) : (
        <>
          <p>{pt("join.intro")}</p>
          <form onSubmit={submit} noValidate>
            <ErrorSummary errors={errors} attempt={attempt} />
            <MemberFields
              form={form.data}
              draft={draft}
              onChange={setDraft}
              fieldError={fieldError}
            />
            <ConsentFields
              form={form.data}
              draft={draft}
              onChange={setDraft}
              fieldError={fieldError}
            />
            <p>
              <Link to={`/${slug}/privacy`}>{pt("join.privacy")}</Link>
            </p>
            <button
              id="pool-join-submit"
              type="submit"
              className="button"
              disabled={join.isPending}
            >
              {join.isPending ? pt("join.sending") : pt("join.submit")}
            </button>
          </form>
          <p>
            <Link to={`/${slug}/pool/me`}>{pt("join.alreadyMember")}</Link>
          </p>
        </>
      )}
    </div>
  );
}

/** Phone-only members confirm with the code sent by SMS. */
export function CodeForm({ slug, phone }: { slug: string; phone: string }) {
  const { pt } = usePt();
  const [code, setCode] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) =>
    path.endsWith("code") ? "pool-code" : undefined,
  );
  const confirm = useMutation({
    mutationFn: () => poolEndpoints.confirmCode(slug, phone, code.trim()),
    onError: failWith,
  });
  if (confirm.isSuccess) return <Status>{pt("join.confirmed")}</Status>;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate();
      }}
      noValidate
    >
      <Status>{pt("join.checkSms")}</Status>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="pool-code"
        label={pt("join.code")}
        value={code}
        onChange={(v) => setCode(v.replace(/\D/g, "").slice(0, 6))}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        error={fieldError("pool-code")}
      />
      <button type="submit" className="button" disabled={confirm.isPending}>
        {pt("join.confirm")}
      </button>
    </form>
  );
}
