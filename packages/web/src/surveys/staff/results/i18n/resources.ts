import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The survey results and import pages' texts (namespace "surveyResults"). */
export const surveyResultResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
