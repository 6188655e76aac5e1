/** A labelled textarea with an optional hint and error (the legal staff pages' long texts). */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string | undefined;
  error?: string | undefined;
  lang?: string | undefined;
}) {
  const described = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="field__error">
          {props.error}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={props.rows ?? 12}
        value={props.value}
        lang={props.lang}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}
