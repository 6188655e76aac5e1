import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The phone module's texts (namespace "phone"), loaded when one of its pages is first shown. */
export const phoneResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
