import { useTranslation } from "react-i18next";
import { registerNamespace } from "../../i18n/index.js";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    conversations: typeof fi;
  }
}

/** The conversations module's texts, in its own namespace "conversations". */
export const conversationResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};

registerNamespace("conversations", conversationResources);

/**
 * `ct("vote.agree")` translates the module's own key (a missing one is a type error). Also
 * returns the app's `t` (for shared keys) and the current language.
 */
export function useCt() {
  const { t: ct, i18n } = useTranslation("conversations");
  const { t } = useTranslation();
  return { ct, t, language: i18n.language, i18n };
}
