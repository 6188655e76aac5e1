import { safeReturnTo } from "@kuulo/paths";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { endpoints } from "../api/endpoints.js";
import { keys } from "../api/hooks.js";
import { ApiError } from "../api/problem.js";
import type { SignedIn } from "../api/types.js";
import { Status } from "../components/form.js";
import { RequestLinkForm } from "../components/RequestLinkForm.js";
import { errorMessage } from "../lib/errors.js";
import { signInDestination } from "../lib/paths.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

/**
 * One request per token, even when React runs the effect twice (StrictMode) — a second
 * POST of the same token would be refused as already used. (So not a useMutation: the page
 * signs in when it opens, not on a user's action, and a mutation would be sent twice.)
 */
const attempts = new Map<string, Promise<SignedIn>>();

function signInOnce(token: string): Promise<SignedIn> {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = endpoints.signIn(token);
    attempts.set(token, attempt);
  }
  return attempt;
}

type LinkProblem = "expired" | "used" | "invalid";

function linkProblem(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "auth.link_expired") return "expired";
  if (error.code === "auth.link_used") return "used";
  if (error.code === "auth.link_invalid" || error.status === 400) return "invalid";
  if (error.status === 410) return "expired";
  return null;
}

export function VerifyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const token = params.get("token") ?? "";
  const returnTo = safeReturnTo(params.get("returnTo"));
  const org = params.get("org") ?? undefined;
  const [problem, setProblem] = useState<LinkProblem | null>(token ? null : "invalid");
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!token) return;
    let active = true;
    signInOnce(token).then(
      async (me) => {
        if (!active) return;
        // A GET /api/me sent before the cookie existed may still be on its way; its 401
        // must not overwrite the signed-in user.
        await queryClient.cancelQueries({ queryKey: keys.me });
        queryClient.setQueryData(keys.me, me);
        navigate(signInDestination(me, returnTo), { replace: true });
      },
      (error: unknown) => {
        if (!active) return;
        const kind = linkProblem(error);
        if (kind) setProblem(kind);
        else {
          attempts.delete(token);
          setFailure(error);
        }
      },
    );
    return () => {
      active = false;
    };
  }, [token, returnTo, navigate, queryClient]);

  const title = problem
    ? t(`verify.${problem}.title`)
    : failure
      ? t("verify.failedTitle")
      : t("verify.title");
  useDocumentTitle(title);

  if (problem) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{title}</h1>
        <p>{t(`verify.${problem}.body`)}</p>
        <h2>{t("verify.newLinkTitle")}</h2>
        <p>{t("verify.newLinkIntro")}</p>
        <RequestLinkForm
          org={org}
          returnTo={returnTo}
          idPrefix="new-link"
          submitLabel={t("verify.newLinkSubmit")}
        />
      </div>
    );
  }
  if (failure) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{title}</h1>
        <p className="notice notice--error">{errorMessage(failure, t)}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t("common.tryAgain")}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <Status>{t("verify.working")}</Status>
    </div>
  );
}
