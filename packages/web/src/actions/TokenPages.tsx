import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { actionEndpoints } from "./api.js";
import { useAt } from "./i18n/index.js";

/** The token after `#` in the address, taken out of the address bar (and history) once read. */
function useHashToken(): string {
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }, []);
  return token;
}

/** `/:slug/actions/:table/confirm#token`: the mailed link confirms a subscription. */
export function ConfirmSubscriptionPage() {
  const { slug = "", table = "" } = useParams();
  const { at, t } = useAt();
  useDocumentTitle(at("confirm.title"));
  const token = useHashToken();
  const confirm = useMutation({ mutationFn: () => actionEndpoints.confirm(slug, token) });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    confirm.mutate();
  }, [confirm, token]);
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{at("confirm.title")}</h1>
      {!token ? (
        <p className="notice">{at("confirm.noToken")}</p>
      ) : confirm.isSuccess ? (
        <Status>{at("confirm.done")}</Status>
      ) : confirm.error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(confirm.error, t)}
        </p>
      ) : (
        <Status>{t("common.loading")}</Status>
      )}
      <p>
        <Link to={`/${slug}/actions/${table}`}>{at("confirm.back")}</Link>
      </p>
    </div>
  );
}

/** `/:slug/actions/unsubscribe#token`: asks, then unsubscribes. */
export function UnsubscribePage() {
  const { slug = "" } = useParams();
  const { at, t } = useAt();
  useDocumentTitle(at("unsubscribe.title"));
  const token = useHashToken();
  const leave = useMutation({ mutationFn: () => actionEndpoints.unsubscribe(slug, token) });
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{at("unsubscribe.title")}</h1>
      {leave.isSuccess ? (
        <Status>{at("unsubscribe.done")}</Status>
      ) : (
        <>
          <p>{at("unsubscribe.ask")}</p>
          {leave.error ? (
            <p className="notice notice--error" role="alert">
              {errorMessage(leave.error, t)}
            </p>
          ) : null}
          <button type="button" onClick={() => leave.mutate()} disabled={!token || leave.isPending}>
            {at("unsubscribe.button")}
          </button>
        </>
      )}
    </div>
  );
}
