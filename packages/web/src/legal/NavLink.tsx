import { NavLink } from "react-router";
import { useLt } from "./i18n/index.js";

/** The staff navigation's link to the legal pages, for those who may edit them. */
export function LegalNavLink({ base }: { base: string }) {
  const { lt } = useLt();
  return <NavLink to={`${base}/legal`}>{lt("staff.navLink")}</NavLink>;
}
