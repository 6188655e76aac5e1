import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The reports module's texts (namespace "reports"), loaded when one of its pages is first shown. */
export const reportsResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
