import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The recruitment pages' texts (namespace "poolRecruitment"), loaded with the sign-up page. */
export const poolRecruitmentResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
