import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The juries module's texts (namespace "juries"), loaded when one of its pages is first shown. */
export const juriesResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
