import { useTranslation } from "react-i18next";
import type fi from "./fi.json";

declare module "../../i18n/index.js" {
  interface Namespaces {
    conversations: typeof fi;
  }
}

/**
 * `ct("vote.agree")` translates the module's own key (a missing one is a type error). Also
 * returns the app's `t` (for shared keys) and the current language. The namespace's texts are
 * registered by the module's definition (../module.tsx) and loaded on first use.
 */
export function useCt() {
  const { t: ct, i18n } = useTranslation("conversations");
  const { t } = useTranslation();
  return { ct, t, language: i18n.language, i18n };
}
