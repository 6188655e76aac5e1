import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    legal: typeof fi;
  }
}

/** `lt("privacyTitle")` translates the legal module's own keys; `t` the app's shared ones. */
export function useLt() {
  const { t: lt, i18n } = useTranslation("legal");
  const { t } = useTranslation();
  return { lt, t, language: i18n.language };
}
