import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    roundtables: typeof fi;
  }
}

/** `rt("public.meetings")` translates the round-table module's keys; `t` the app's shared ones. */
export function useRt() {
  const { t: rt, i18n } = useTranslation("roundtables");
  const { t } = useTranslation();
  return { rt, t, language: i18n.language };
}
