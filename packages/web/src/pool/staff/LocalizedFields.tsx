import { TextField } from "../../components/form.js";
import { usePt } from "../i18n/index.js";

export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

export const EMPTY_TEXT: Localized = { fi: "", sv: "", en: "" };

/** One text in Finnish, Swedish and English (Finnish required). */
export function LocalizedFields({
  id,
  label,
  value,
  onChange,
  multiline = false,
}: {
  id: string;
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
}) {
  const { pt } = usePt();
  return (
    <fieldset className="pool-group">
      <legend>{label}</legend>
      {(["fi", "sv", "en"] as const).map((lang) =>
        multiline ? (
          <div className="field" key={lang}>
            <label htmlFor={`${id}-${lang}`}>{pt(`settings.lang.${lang}`)}</label>
            <textarea
              id={`${id}-${lang}`}
              rows={3}
              maxLength={4000}
              lang={lang}
              value={value[lang]}
              onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            />
          </div>
        ) : (
          <TextField
            key={lang}
            id={`${id}-${lang}`}
            label={pt(`settings.lang.${lang}`)}
            lang={lang}
            maxLength={500}
            required={lang === "fi"}
            value={value[lang]}
            onChange={(v) => onChange({ ...value, [lang]: v })}
          />
        ),
      )}
    </fieldset>
  );
}
