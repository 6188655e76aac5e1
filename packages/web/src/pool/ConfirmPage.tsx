import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useParams } from "react-router";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { poolEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";
import "./pool.css";

/** `/:slug/pool/confirm#token`: the email link confirms joining (double opt-in). */
export function ConfirmPage() {
  const slug = useParams().slug ?? "";
  const { pt, t } = usePt();
  useDocumentTitle(pt("confirm.title"));
  const confirm = useMutation({
    mutationFn: (token: string) => poolEndpoints.confirm(slug, token),
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.slice(1);
    // The token leaves the address bar (and the history) once read.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    if (token) confirm.mutate(token);
  }, [confirm]);
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("confirm.title")}</h1>
      {confirm.isSuccess ? (
        <>
          <Status>{pt("confirm.done")}</Status>
          <p>
            <Link to={`/${slug}/pool/me`}>{pt("confirm.toMe")}</Link>
          </p>
        </>
      ) : confirm.error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(confirm.error, t)}
        </p>
      ) : confirm.isIdle ? (
        <p className="notice">{pt("confirm.noToken")}</p>
      ) : (
        <Status>{t("common.loading")}</Status>
      )}
    </div>
  );
}
