import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useOrg } from "../api/hooks.js";
import type { PublicOrg } from "../api/types.js";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { formatDate } from "../lib/format.js";
import { isLanguage, localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { type LegalKind, legalEndpoints } from "./api.js";
import { FeedbackForm } from "./FeedbackForm.js";
import { useLt } from "./i18n/index.js";
import { hasOwnTitle, LegalText } from "./LegalText.js";
import "./legal.css";

/**
 * `/:slug/privacy` and `/:slug/accessibility`: the organization's document in the resident's
 * language, or in Finnish (marked `lang="fi"`) when that language has no text. The
 * accessibility statement ends with the feedback form.
 */
export function LegalPage({ kind }: { kind: LegalKind }) {
  // The organization's shell (pages/OrgShell) has loaded it: this reads the same query.
  const org = useOrg(useParams().slug ?? "").data;
  return org ? <LegalDocumentPage kind={kind} org={org} /> : null;
}

function LegalDocumentPage({ kind, org }: { kind: LegalKind; org: PublicOrg }) {
  const { lt, t, language } = useLt();
  const { i18n } = useTranslation();
  const title = kind === "privacy" ? lt("privacyTitle") : lt("accessibilityTitle");
  useDocumentTitle(`${title} – ${localized(org.name, i18n.language)}`);
  const doc = useQuery({
    queryKey: ["legal", org.slug, kind],
    queryFn: () => legalEndpoints.document(org.slug, kind),
  });

  if (doc.isPending) return <Status>{t("common.loading")}</Status>;
  if (doc.error) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{title}</h1>
        <p className="notice notice--error">{errorMessage(doc.error, t)}</p>
      </div>
    );
  }
  const lang = isLanguage(language) ? language : "fi";
  const own = doc.data.body[lang].trim();
  const text = own ? doc.data.body[lang] : doc.data.body.fi;
  const fallback = !own && lang !== "fi";
  return (
    <div className="page page--narrow legal-page">
      {hasOwnTitle(text) ? null : <h1 tabIndex={-1}>{title}</h1>}
      {fallback ? <p className="notice">{lt("fallback")}</p> : null}
      <LegalText text={text} lang={fallback ? "fi" : undefined} />
      <p className="legal-page__updated">
        {lt("updated", { date: formatDate(doc.data.updatedAt, language) })}
      </p>
      {kind === "accessibility" ? <FeedbackForm slug={org.slug} /> : null}
    </div>
  );
}
