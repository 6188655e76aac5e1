import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The pool module's texts (namespace "pool"), loaded when one of its pages is first shown. */
export const poolResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
