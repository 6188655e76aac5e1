import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useStaffContext } from "../components/StaffContext.js";
import { localized } from "../lib/language.js";
import { staffPath } from "../lib/paths.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { webModules } from "../modules.js";

export function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const { org, me, membership, isAdmin } = useStaffContext();
  useDocumentTitle(t("staff.home.title"));
  const base = staffPath(org.slug);

  return (
    <div>
      <h1 tabIndex={-1}>{t("staff.home.title")}</h1>
      <p>
        {t("staff.home.welcome", {
          name: me.user.displayName || me.user.email,
          org: localized(org.name, i18n.language),
        })}
      </p>
      <p>
        {t("staff.home.roles")}{" "}
        {membership.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(", ")}
      </p>
      <ul className="cards">
        {webModules.map((m) =>
          m.StaffHomeCard ? <m.StaffHomeCard key={m.name} base={base} /> : null,
        )}
      </ul>
      {isAdmin ? (
        <ul className="cards">
          <li className="card">
            <h2 className="card__title">
              <Link to={`${base}/settings`}>{t("staff.nav.settings")}</Link>
            </h2>
            <p>{t("staff.home.settings")}</p>
          </li>
          <li className="card">
            <h2 className="card__title">
              <Link to={`${base}/users`}>{t("staff.nav.users")}</Link>
            </h2>
            <p>{t("staff.home.users")}</p>
          </li>
          <li className="card">
            <h2 className="card__title">
              <Link to={`${base}/audit`}>{t("staff.nav.audit")}</Link>
            </h2>
            <p>{t("staff.home.audit")}</p>
          </li>
        </ul>
      ) : (
        <p>{t("staff.home.notAdmin")}</p>
      )}
    </div>
  );
}
