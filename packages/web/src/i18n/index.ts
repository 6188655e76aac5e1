import i18next, { type BackendModule, type ResourceKey } from "i18next";
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
 * their bundle, and list it in their module definition (`registerNamespaces`); this module
 * knows none of them:
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

/** A feature module's namespace: its name and how to load its texts in every language. */
export type NamespaceSource = {
  [N in Exclude<keyof Namespaces, "app">]: {
    namespace: N;
    /** Loads the bundles (a chunk of their own, fetched when a page first asks for them). */
    load: () => Promise<Record<Language, Namespaces[N]>>;
  };
}[Exclude<keyof Namespaces, "app">];

const loaders = new Map<string, () => Promise<Record<Language, object>>>();

/**
 * Registers the namespaces of the app's feature modules (src/modules.ts). A namespace's texts
 * are loaded the first time a component asks for it (`useTranslation("conversations")`, which
 * suspends meanwhile), all three languages at once, so that switching language never waits.
 */
export function registerNamespaces(sources: readonly NamespaceSource[]): void {
  for (const source of sources) {
    if (loaders.has(source.namespace))
      throw new Error(`The namespace "${source.namespace}" is registered twice`);
    loaders.set(source.namespace, source.load);
  }
}

/** The i18next backend that loads a module's namespace through its registered loader. */
const moduleNamespaces: BackendModule = {
  type: "backend",
  init: () => {},
  read: (language, namespace, callback) => {
    const load = loaders.get(namespace);
    if (!load) {
      callback(new Error(`No module registered the namespace "${namespace}"`), false);
      return;
    }
    load().then(
      (bundles) => {
        for (const other of LANGUAGES) {
          if (other !== language && !i18next.hasResourceBundle(other, namespace))
            i18next.addResourceBundle(other, namespace, bundles[other], true, false);
        }
        callback(null, isLanguage(language) ? (bundles[language] as ResourceKey) : false);
      },
      (error: unknown) => callback(error as Error, false),
    );
  },
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

/** The browser's languages in the user's order, if the browser tells them. */
function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}

/** The language to show where the given languages are allowed (all when none given). */
export function languageFor(allowed?: readonly string[], fallback?: string): Language {
  return chooseLanguage({
    stored: storedLanguage(),
    browser: browserLanguages(),
    allowed,
    fallback,
  });
}

/**
 * A link with `?lang=sv` (e.g. in a Swedish newsletter) opens every page in that language and
 * counts as the user's choice, which the switcher can change later.
 */
function rememberLinkLanguage(): void {
  if (typeof location === "undefined") return;
  const asked = new URLSearchParams(location.search).get("lang");
  if (isLanguage(asked)) storage()?.setItem(STORAGE_KEY, asked);
}

rememberLinkLanguage();

/** Applies a language chosen by the user and remembers it. */
export function chooseAndRemember(language: Language): void {
  storage()?.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

i18next.on("languageChanged", applyDocumentLanguage);

void i18next
  .use(moduleNamespaces)
  .use(initReactI18next)
  .init({
    resources: {
      fi: { app: appResources.fi },
      sv: { app: appResources.sv },
      en: { app: appResources.en },
    },
    ns: ["app"],
    defaultNS: "app",
    // The app's texts are bundled; the modules' namespaces come through moduleNamespaces.
    partialBundledLanguages: true,
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
