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
