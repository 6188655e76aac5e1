import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** Texts of the themes and results pages (namespace "surveyThemes"), loaded with those pages. */
export const surveyThemeResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
