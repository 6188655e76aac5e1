import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    panels: typeof fi;
  }
}

/** `pt("staff.title")` translates the panels module's own keys; `t` the app's shared ones. */
export function usePt() {
  const { t: pt, i18n } = useTranslation("panels");
  const { t } = useTranslation();
  return { pt, t, language: i18n.language };
}
