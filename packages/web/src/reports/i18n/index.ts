import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    reports: typeof fi;
  }
}

/** `rt("title")` translates the reports module's own keys; `t` the app's shared ones. */
export function useRt() {
  const { t: rt, i18n } = useTranslation("reports");
  const { t } = useTranslation();
  return { rt, t, language: i18n.language };
}
