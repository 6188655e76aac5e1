/** A labelled multi-line field with its error (the forms' shared look). */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  maxLength: number;
}) {
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.error ? (
        <p className="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={3}
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
