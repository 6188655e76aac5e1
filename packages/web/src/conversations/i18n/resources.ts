import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/**
 * The conversations module's texts, in its own namespace "conversations". Loaded in a chunk of
 * its own when a page of the module first asks for them (see ../module.tsx).
 */
export const conversationResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};
