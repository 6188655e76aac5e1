import { useTranslation } from "react-i18next";

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  maxLength: number;
  required?: boolean;
  lang?: string;
}

/** A multi-line field with the same label, hint and error wiring as the shared `TextField`. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { t } = useTranslation();
  const ids = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter((x) => x !== "")
    .join(" ");
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="field__required"> ({t("form.required")})</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="field__error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {props.error}
        </p>
      ) : null}
      <textarea
        id={props.id}
        name={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        maxLength={props.maxLength}
        required={props.required}
        lang={props.lang}
        rows={4}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ids || undefined}
      />
    </div>
  );
}

/** A field id for an error path under a prefix: (body.)question.fi → jury-question-fi. */
export const fieldsUnder = (prefix: string) => (path: string) => {
  const m = /^(?:body\.)?([\w.]+)$/.exec(path);
  return m ? `${prefix}-${m[1]!.replace(/\./g, "-")}` : undefined;
};

/** Today plus `days`, as YYYY-MM-DD. */
export const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const LANGUAGES = ["fi", "sv", "en"] as const;

/** A text in the reader's language, else in Finnish. */
export const inLanguage = (language: string, text: { fi?: string; sv?: string; en?: string }) =>
  text[language as "fi" | "sv" | "en"] || text.fi || "";
