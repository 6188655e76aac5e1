import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../../i18n/index.js" {
  interface Namespaces {
    surveyThemes: typeof fi;
  }
}

/** `tt("results.title")` translates the themes and results pages' keys; `t` the app's shared ones. */
export function useTt() {
  const { t: tt, i18n } = useTranslation("surveyThemes");
  const { t } = useTranslation();
  return { tt, t, language: i18n.language };
}
