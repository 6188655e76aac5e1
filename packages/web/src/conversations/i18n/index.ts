import i18next from "i18next";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

/** The conversations module's texts, under the top-level key "conversations". */
export const conversationResources = { fi, sv, en };

function register(): void {
  for (const [language, resources] of Object.entries(conversationResources)) {
    i18next.addResourceBundle(language, "translation", { conversations: resources }, true, false);
  }
}

if (i18next.isInitialized) register();
else i18next.on("initialized", register);

/**
 * `ct("vote.agree")` translates "conversations.vote.agree". Also returns the plain `t` (for the
 * app's shared keys) and the current language.
 */
export function useCt() {
  const { t, i18n } = useTranslation();
  const ct = useCallback(
    (key: string, options?: Record<string, unknown>): string =>
      t(`conversations.${key}`, options ?? {}) as string,
    [t],
  );
  return { ct, t, language: i18n.language, i18n };
}
