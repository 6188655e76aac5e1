import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../../../i18n/index.js" {
  interface Namespaces {
    surveyResults: typeof fi;
  }
}

/** `rt("results.title")` translates the survey results and import pages' keys. */
export function useRt() {
  const { t: rt, i18n } = useTranslation("surveyResults");
  const { t } = useTranslation();
  return { rt, t, language: i18n.language };
}
