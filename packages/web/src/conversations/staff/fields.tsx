import type { ReactNode } from "react";

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => !!id);
  return list.length ? list.join(" ") : undefined;
}

interface BaseProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  lang?: string | undefined;
}

function Frame(props: BaseProps & { children: ReactNode }) {
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
      {props.children}
    </div>
  );
}

const aria = (p: BaseProps) => ({
  "aria-invalid": p.error ? true : undefined,
  "aria-describedby": describedBy(
    p.hint ? `${p.id}-hint` : undefined,
    p.error ? `${p.id}-error` : undefined,
  ),
});

export function TextArea(
  props: BaseProps & { value: string; onChange: (v: string) => void; rows?: number },
) {
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        className="conv-textarea"
        rows={props.rows ?? 4}
        value={props.value}
        lang={props.lang}
        onChange={(e) => props.onChange(e.target.value)}
        {...aria(props)}
      />
    </Frame>
  );
}

export function InputField(
  props: BaseProps & {
    value: string;
    onChange: (v: string) => void;
    type: "text" | "number" | "datetime-local";
    min?: number;
    max?: number;
  },
) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        type={props.type}
        className="conv-input"
        value={props.value}
        min={props.min}
        max={props.max}
        lang={props.lang}
        onChange={(e) => props.onChange(e.target.value)}
        {...aria(props)}
      />
    </Frame>
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        />
        <label htmlFor={props.id}>{props.label}</label>
      </div>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
