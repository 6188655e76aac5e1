import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The round-table module's texts (namespace "roundtables"), loaded with its first page. */
export const roundTableResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
