import { NavLink } from "react-router";
import { useCt } from "./i18n/index.js";

/** The staff navigation's link to the conversations ("Keskustelut"). */
export function ConversationsNavLink({ base }: { base: string }) {
  const { ct } = useCt();
  return <NavLink to={`${base}/conversations`}>{ct("navLink")}</NavLink>;
}
