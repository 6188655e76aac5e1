import { useTranslation } from "react-i18next";
import { chooseAndRemember } from "../i18n/index.js";
import { LANGUAGES, type Language } from "../lib/language.js";

/** Names of the languages in themselves, so that each is readable to its speakers. */
const NATIVE_NAMES: Record<Language, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

interface Props {
  /** Languages offered here; all three when not on an organization's pages. */
  languages?: readonly Language[] | undefined;
}

export function LanguageSwitcher({ languages }: Props) {
  const { t, i18n } = useTranslation();
  const offered = LANGUAGES.filter((l) => !languages || languages.includes(l));
  if (offered.length < 2) return null;
  return (
    <nav className="language-switcher" aria-label={t("layout.languageNav")}>
      <ul>
        {offered.map((language) => {
          const current = i18n.language === language;
          return (
            <li key={language}>
              <button
                type="button"
                lang={language}
                aria-pressed={current}
                onClick={() => chooseAndRemember(language)}
              >
                {NATIVE_NAMES[language]}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
