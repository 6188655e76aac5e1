import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    actions: typeof fi;
  }
}

/** `at("public.search")` translates the actions module's own keys; `t` the app's shared ones. */
export function useAt() {
  const { t: at, i18n } = useTranslation("actions");
  const { t } = useTranslation();
  return { at, t, language: i18n.language };
}
