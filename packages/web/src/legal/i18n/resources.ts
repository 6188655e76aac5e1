import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The legal module's texts (namespace "legal"), loaded when one of its pages is first shown. */
export const legalResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
