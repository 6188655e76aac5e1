import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The actions module's texts (namespace "actions"), loaded when one of its pages is first shown. */
export const actionsResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
