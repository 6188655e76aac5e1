import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The panels module's texts (namespace "panels"), loaded when one of its pages is first shown. */
export const panelsResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
