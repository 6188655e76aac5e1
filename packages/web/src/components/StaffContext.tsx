import { useTranslation } from "react-i18next";
import { useOutletContext } from "react-router";
import type { Me, Membership, PublicOrg } from "../api/types.js";

/** What the staff area (pages/StaffLayout) gives every staff page, the features' ones too. */
export interface StaffContext {
  org: PublicOrg;
  me: Me;
  membership: Membership;
  isAdmin: boolean;
}

export function useStaffContext(): StaffContext {
  return useOutletContext<StaffContext>();
}

/**
 * Whether the member may do this here (a permission from the server's table, sent with
 * `/api/me`): the pages show only what the person may do. The server checks every request anyway.
 */
export function can(membership: Membership, permission: string): boolean {
  return membership.permissions.includes(permission);
}

/** Shown instead of an admin-only page to other staff. */
export function AdminOnly() {
  const { t } = useTranslation();
  return (
    <div>
      <h1 tabIndex={-1}>{t("staff.adminOnlyTitle")}</h1>
      <p>{t("staff.adminOnlyBody")}</p>
    </div>
  );
}
