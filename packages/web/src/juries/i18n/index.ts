import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    juries: typeof fi;
  }
}

/** `jt("staff.title")` translates the juries module's own keys; `t` the app's shared ones. */
export function useJt() {
  const { t: jt, i18n } = useTranslation("juries");
  const { t } = useTranslation();
  return { jt, t, language: i18n.language };
}
