import { useTranslation } from "react-i18next";
import { Outlet, useOutletContext, useParams } from "react-router";
import { useOrg } from "../api/hooks.js";
import { ApiError } from "../api/problem.js";
import type { PublicOrg } from "../api/types.js";
import { Status } from "../components/form.js";
import { PageSuspense } from "../components/lazy.js";
import { Shell } from "../components/Shell.js";
import { errorMessage } from "../lib/errors.js";
import { isReservedSlug } from "../lib/paths.js";
import { NotFoundPage } from "./NotFoundPage.js";

export interface OrgContext {
  org: PublicOrg;
}

/** The organization of the page, for routes under /:slug. */
export function useOrgContext(): OrgContext {
  return useOutletContext<OrgContext>();
}

/** Loads the organization named by the first path segment; unknown slugs get the 404 page. */
export function OrgShell() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? "";
  const reserved = isReservedSlug(slug);
  const org = useOrg(slug, !reserved);

  if (reserved || (org.error instanceof ApiError && org.error.status === 404)) {
    return (
      <Shell>
        <NotFoundPage />
      </Shell>
    );
  }
  if (org.error) {
    return (
      <Shell>
        <h1 tabIndex={-1}>{t("errors.title")}</h1>
        <p>{errorMessage(org.error, t)}</p>
      </Shell>
    );
  }
  if (!org.data) {
    return (
      <Shell>
        <Status>{t("common.loading")}</Status>
      </Shell>
    );
  }
  const context: OrgContext = { org: org.data };
  return (
    <Shell org={org.data}>
      <PageSuspense>
        <Outlet context={context} />
      </PageSuspense>
    </Shell>
  );
}
