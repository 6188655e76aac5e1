import { safeReturnTo } from "@kuulo/paths";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { useMe } from "../api/hooks.js";
import { RequestLinkForm } from "../components/RequestLinkForm.js";
import { localized } from "../lib/language.js";
import { rememberOidcOrg, staffPath } from "../lib/paths.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { useOrgContext } from "./OrgShell.js";

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { org } = useOrgContext();
  const [params] = useSearchParams();
  const me = useMe();
  const returnTo = safeReturnTo(params.get("returnTo"));
  useDocumentTitle(t("signIn.title"));

  if (me.data?.memberships.some((m) => m.org.slug === org.slug)) {
    return <Navigate to={returnTo ?? staffPath(org.slug)} replace />;
  }

  const oidcHref = `/api/auth/oidc/${encodeURIComponent(org.slug)}/start${
    returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""
  }`;

  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{t("signIn.title")}</h1>
      <p>{t("signIn.intro", { org: localized(org.name, i18n.language) })}</p>
      <RequestLinkForm
        org={org.slug}
        returnTo={returnTo}
        idPrefix="sign-in"
        submitLabel={t("signIn.submit")}
      />
      {org.oidcEnabled ? (
        <section className="alt-sign-in" aria-labelledby="oidc-heading">
          <h2 id="oidc-heading">{t("signIn.oidcTitle")}</h2>
          <p>
            <a
              className="button button--secondary"
              href={oidcHref}
              onClick={() => rememberOidcOrg(org.slug)}
            >
              {t("signIn.oidcButton")}
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
