import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { isReservedSlug, rememberedOidcOrg } from "../lib/paths.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

/**
 * Failure codes the server sends (`auth.forbidden`: the account is not staff of the
 * organization; `auth.oidc_failed`: the provider could not be used or its answer was not
 * valid), each with its own explanation.
 */
const KNOWN = ["auth_forbidden", "auth_oidc_failed", "org_not_found"] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (key: string): key is Known => (KNOWN as readonly string[]).includes(key);

/** Where an OpenID Connect sign-in ends when it fails (`/sign-in/error?code=…`). */
export function SignInErrorPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = params.get("code") ?? "";
  // The server does not say which organization; the sign-in page remembered it.
  const org = params.get("org") ?? rememberedOidcOrg();
  const key = code.replace(/^oidc\./, "").replace(/\./g, "_");

  useDocumentTitle(t("signInError.title"));
  const retry = org && !isReservedSlug(org) ? `/${encodeURIComponent(org)}/sign-in` : "/";

  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{t("signInError.title")}</h1>
      <p>{isKnown(key) ? t(`signInError.codes.${key}`) : t("signInError.generic")}</p>
      {code ? (
        <p className="muted">
          {t("signInError.code")} <code>{code}</code>
        </p>
      ) : null}
      <p>
        <Link to={retry}>{t("signInError.retry")}</Link>
      </p>
    </div>
  );
}
