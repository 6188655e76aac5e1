import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The surveys module's texts (namespace "surveys"), loaded when one of its pages is first shown. */
export const surveyResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
