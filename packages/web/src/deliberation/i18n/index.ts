import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    deliberation: typeof fi;
  }
}

/** `dt("public.preamble")` translates the deliberation module's keys; `t` the app's shared ones. */
export function useDt() {
  const { t: dt, i18n } = useTranslation("deliberation");
  const { t } = useTranslation();
  return { dt, t, language: i18n.language };
}
