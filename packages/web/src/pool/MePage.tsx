import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, Status, useFormErrors } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { isLanguage } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { poolEndpoints } from "./api.js";
import { ContactFields } from "./ContactFields.js";
import { usePt } from "./i18n/index.js";
import { MyDataView } from "./MyDataView.js";
import "./pool.css";

const STORAGE = "kuulo.pool.session";

/**
 * `/:slug/pool/me`: self-service. With a one-time link (`#token`) it opens a 30-minute session
 * (kept in this tab only); without one it asks for a new link by email or phone.
 */
export function MePage() {
  const slug = useParams().slug ?? "";
  const { pt, t } = usePt();
  useDocumentTitle(pt("me.title"));
  const [session, setSession] = useState<string | null>(() => sessionStorage.getItem(STORAGE));
  const open = useMutation({
    mutationFn: (token: string) => poolEndpoints.openSession(slug, token),
    onSuccess: (opened) => {
      sessionStorage.setItem(STORAGE, opened.session);
      setSession(opened.session);
    },
  });
  const mutate = open.mutate;
  useEffect(() => {
    // The link's token, on opening the page or when a link is followed on this page.
    const take = () => {
      const token = window.location.hash.slice(1);
      if (!token) return;
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
      mutate(token);
    };
    take();
    window.addEventListener("hashchange", take);
    return () => window.removeEventListener("hashchange", take);
  }, [mutate]);
  const end = () => {
    sessionStorage.removeItem(STORAGE);
    setSession(null);
  };
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("me.title")}</h1>
      {open.isPending ? (
        <Status>{t("common.loading")}</Status>
      ) : session ? (
        <MyDataView slug={slug} session={session} onEnd={end} />
      ) : (
        <>
          {open.error ? (
            <p className="notice notice--error" role="alert">
              {errorMessage(open.error, t)}
            </p>
          ) : null}
          <LinkRequest slug={slug} />
        </>
      )}
    </div>
  );
}

function LinkRequest({ slug }: { slug: string }) {
  const { pt, language } = usePt();
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const { errors, attempt, failWith, clear, fieldError } = useFormErrors((path) =>
    path.endsWith("email") ? "me-email" : path.endsWith("phone") ? "me-phone" : undefined,
  );
  const request = useMutation({
    mutationFn: () =>
      poolEndpoints.requestLink(slug, {
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        language: isLanguage(language) ? language : "fi",
      }),
    onSuccess: clear,
    onError: failWith,
  });
  if (request.isSuccess) return <Status>{pt("me.linkSent")}</Status>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{pt("me.askLink")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ContactFields
        idPrefix="me"
        email={email}
        phone={phone}
        onEmail={setEmail}
        onPhone={setPhone}
        fieldError={fieldError}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {pt("me.sendLink")}
      </button>
    </form>
  );
}
