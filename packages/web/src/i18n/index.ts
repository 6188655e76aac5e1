import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import "../conversations/i18n/index.js";
import {
  chooseLanguage,
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Language,
  STORAGE_KEY,
} from "../lib/language.js";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
};

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language the user last chose with the switcher, if any. */
export function storedLanguage(): string | null {
  return storage()?.getItem(STORAGE_KEY) ?? null;
}

/** The language to show where the given languages are allowed (all when none given). */
export function languageFor(allowed?: readonly string[], fallback?: string): Language {
  return chooseLanguage({ stored: storedLanguage(), allowed, fallback });
}

/** Applies a language chosen by the user and remembers it. */
export function chooseAndRemember(language: Language): void {
  storage()?.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

i18next.on("languageChanged", applyDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources,
  lng: languageFor(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyDocumentLanguage(i18next.language);

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export default i18next;
