import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The deliberation module's texts (namespace "deliberation"), loaded with its first page. */
export const deliberationResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
