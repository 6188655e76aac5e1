import i18next from "i18next";
import { initReactI18next } from "react-i18next";
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

/**
 * The app's own texts (namespace "app", the default) in each language. Swedish and English
 * must have every Finnish key: a missing one is a type error here.
 */
export const appResources = {
  fi,
  sv: sv satisfies typeof fi,
  en: en satisfies typeof fi,
};

/**
 * The translation namespaces and their texts' shape, which makes `t("a.b")` a type error when
 * there is no such key. Features add their own namespace by declaration merging, next to
 * their bundle, and register it with `registerNamespace`; this module knows none of them:
 *
 *     declare module "../../i18n/index.js" {
 *       interface Namespaces { conversations: typeof fi }
 *     }
 */
export interface Namespaces {
  app: typeof fi;
}

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "app";
    resources: Namespaces;
  }
}

/** Adds a feature's texts under its own namespace (`useTranslation("conversations")`). */
export function registerNamespace<N extends Exclude<keyof Namespaces, "app">>(
  namespace: N,
  bundles: Record<Language, Namespaces[N]>,
): void {
  const add = () => {
    for (const language of LANGUAGES) {
      i18next.addResourceBundle(language, namespace, bundles[language], true, false);
    }
  };
  if (i18next.isInitialized) add();
  else i18next.on("initialized", add);
}

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
  resources: {
    fi: { app: appResources.fi },
    sv: { app: appResources.sv },
    en: { app: appResources.en },
  },
  ns: ["app"],
  defaultNS: "app",
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
