import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { useOrgContext } from "./OrgShell.js";

/** Public landing page of an organization: its open participation activities. */
export function LandingPage() {
  const { t, i18n } = useTranslation();
  const { org } = useOrgContext();
  const name = localized(org.name, i18n.language);
  useDocumentTitle(name);

  return (
    <div className="page">
      <h1 tabIndex={-1}>{name}</h1>
      <p className="lead">{t("landing.intro")}</p>
      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">{t("landing.activitiesTitle")}</h2>
        {org.activities.length === 0 ? (
          <p className="empty-state">{t("landing.empty")}</p>
        ) : (
          <ul className="cards">
            {org.activities.map((activity) => (
              <li className="card" key={activity.id}>
                <h3 className="card__title">
                  <a href={activity.url}>{localized(activity.title, i18n.language)}</a>
                </h3>
                <p className="card__meta">
                  {t(`landing.kinds.${activity.kind}`, { defaultValue: t("landing.kinds.other") })}
                </p>
                {activity.closesAt ? (
                  <p className="card__meta">
                    {t("landing.closesAt", { date: formatDate(activity.closesAt, i18n.language) })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
