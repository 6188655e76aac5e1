import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { endpoints } from "../api/endpoints.js";
import { keys } from "../api/hooks.js";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

export function OrgPickerPage() {
  const { t, i18n } = useTranslation();
  const orgs = useQuery({ queryKey: keys.orgs, queryFn: endpoints.orgs });
  useDocumentTitle(t("orgPicker.title"));

  const list = orgs.data?.organizations;
  if (list && list.length === 1) return <Navigate to={`/${list[0]!.slug}`} replace />;

  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{t("orgPicker.title")}</h1>
      <p>{t("orgPicker.intro")}</p>
      {orgs.isPending ? <Status>{t("common.loading")}</Status> : null}
      {orgs.error ? <p className="notice notice--error">{errorMessage(orgs.error, t)}</p> : null}
      {list && list.length === 0 ? <p>{t("orgPicker.empty")}</p> : null}
      {list && list.length > 1 ? (
        <ul className="link-list">
          {list.map((org) => (
            <li key={org.slug}>
              <Link to={`/${org.slug}`}>{localized(org.name, i18n.language)}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
