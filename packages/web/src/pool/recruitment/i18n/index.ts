import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../../i18n/index.js" {
  interface Namespaces {
    poolRecruitment: typeof fi;
  }
}

/** `rt("title")` translates the recruitment pages' keys; `t` the app's shared ones. */
export function useRt() {
  const { t: rt, i18n } = useTranslation("poolRecruitment");
  const { t } = useTranslation();
  return { rt, t, i18n };
}
