import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    surveys: typeof fi;
  }
}

/** `st("answer.next")` translates the surveys module's own keys; `t` the app's shared ones. */
export function useSt() {
  const { t: st, i18n } = useTranslation("surveys");
  const { t } = useTranslation();
  return { st, t, language: i18n.language };
}
