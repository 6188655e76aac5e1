import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    pool: typeof fi;
  }
}

/** `pt("join.title")` translates the pool module's own keys; `t` the app's shared ones. */
export function usePt() {
  const { t: pt, i18n } = useTranslation("pool");
  const { t } = useTranslation();
  return { pt, t, language: i18n.language };
}
