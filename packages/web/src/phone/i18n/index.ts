import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    phone: typeof fi;
  }
}

/** `pt("staff.title")` translates the phone module's own keys; `t` the app's shared ones. */
export function usePh() {
  const { t: pt, i18n } = useTranslation("phone");
  const { t } = useTranslation();
  return { pt, t, language: i18n.language };
}
