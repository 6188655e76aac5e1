import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { useMe } from "../api/hooks.js";
import { Status } from "../components/form.js";
import { PageSuspense } from "../components/lazy.js";
import type { StaffContext } from "../components/StaffContext.js";
import { ConversationsNavLink } from "../conversations/NavLink.js";
import { LegalNavLink } from "../legal/NavLink.js";
import { errorMessage } from "../lib/errors.js";
import { staffPath } from "../lib/paths.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { useOrgContext } from "./OrgShell.js";

function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t("staff.forbiddenTitle"));
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{t("staff.forbiddenTitle")}</h1>
      <p>{t("staff.forbiddenBody")}</p>
    </div>
  );
}

/** The staff area of an organization: requires a session and membership. */
export function StaffLayout() {
  const { t } = useTranslation();
  const { org } = useOrgContext();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <Status>{t("common.loading")}</Status>;
  if (me.error) return <p className="notice notice--error">{errorMessage(me.error, t)}</p>;
  if (!me.data) {
    const returnTo = location.pathname + location.search;
    return (
      <Navigate to={`/${org.slug}/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />
    );
  }
  const membership = me.data.memberships.find((m) => m.org.slug === org.slug);
  if (!membership) return <Forbidden />;
  const isAdmin = membership.roles.includes("admin");
  const context: StaffContext = { org, me: me.data, membership, isAdmin };
  const base = staffPath(org.slug);

  return (
    <div className="staff">
      <nav className="staff-nav" aria-label={t("staff.nav.label")}>
        <ul>
          <li>
            <NavLink to={base} end>
              {t("staff.nav.home")}
            </NavLink>
          </li>
          <li>
            <ConversationsNavLink base={base} />
          </li>
          {isAdmin ? (
            <>
              <li>
                <NavLink to={`${base}/settings`}>{t("staff.nav.settings")}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/users`}>{t("staff.nav.users")}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/audit`}>{t("staff.nav.audit")}</NavLink>
              </li>
              <li>
                <LegalNavLink base={base} />
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <div className="staff__content">
        <PageSuspense>
          <Outlet context={context} />
        </PageSuspense>
      </div>
    </div>
  );
}
