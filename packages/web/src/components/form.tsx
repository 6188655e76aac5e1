import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem.js";
import { errorMessage, fieldMessage } from "../lib/errors.js";

/** An error in a form: the field it belongs to (its input id) or none for the whole form. */
export interface FormError {
  field?: string | undefined;
  message: string;
}

interface FieldMessagesProps {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The aria-describedby of a field: its hint's and its error's ids, when they are shown. */
function messageIds({ id, hint, error }: FieldMessagesProps): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter((x) => x !== "");
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A field's hint and error (the error announced with its prefix), ids as in `messageIds`. */
function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: "text" | "email" | "url" | "password" | "search" | "tel";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  lang?: string;
  inputMode?: "text" | "email" | "url" | "tel" | "numeric" | "decimal";
  spellCheck?: boolean;
  /** Id of a <datalist> with suggestions. */
  list?: string;
}

export function TextField(props: TextFieldProps) {
  const { t } = useTranslation();
  const describedBy = messageIds(props);
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="field__required"> ({t("form.required")})</span> : null}
      </label>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        required={props.required}
        maxLength={props.maxLength}
        lang={props.lang}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  options: { value: T; label: string; lang?: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const describedBy = messageIds(props);
  const toggle = (option: T, checked: boolean) => {
    const next = checked ? [...props.value, option] : props.value.filter((v) => v !== option);
    // Keep the order of the options.
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      className={props.error ? "field field--invalid" : "field"}
      aria-describedby={describedBy}
    >
      <legend>{props.legend}</legend>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
      <div className="checkboxes">
        {props.options.map((option) => {
          const inputId = `${props.id}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                id={inputId}
                type="checkbox"
                checked={props.value.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                aria-invalid={props.error ? true : undefined}
              />
              <label htmlFor={inputId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; lang?: string }[];
  error?: string | undefined;
  hint?: string | undefined;
}

export function SelectField(props: SelectFieldProps) {
  const describedBy = messageIds(props);
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ErrorSummaryProps {
  errors: FormError[];
  /** Changes on every failed submit so that focus moves to the summary again. */
  attempt: number;
}

/**
 * The visible name of a field: its `<label for>`, else the legend of the group it is in. The
 * summary names each field, since "Fill in this field." alone says nothing about which one.
 */
function fieldName(id: string): string | null {
  if (typeof document === "undefined") return null;
  const field = document.getElementById(id);
  const label = field?.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  const text = (label?.textContent ?? "").trim();
  if (text) return text;
  const legend = field?.closest("fieldset")?.querySelector("legend")?.textContent?.trim();
  return legend || null;
}

/**
 * The list of a form's errors, each naming its field ("Title (Finnish): Fill in this field.");
 * takes focus after each failed submit and links to the fields.
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed submit
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  const named = (field: string, message: string) => {
    const name = fieldName(field);
    return name ? t("form.fieldError", { field: name, message }) : message;
  };
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <h2>{t("form.errorSummary")}</h2>
      <ul>
        {errors.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; order is stable
          <li key={i}>
            {e.field ? (
              <a
                href={`#${e.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.field!)?.focus();
                }}
              >
                {named(e.field, e.message)}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The errors of one form. `fieldFor` maps an API field path ("name.fi") to the input id
 * ("settings-name-fi"); errors for other paths and the problem itself go to the summary. Every
 * text is the user's language, worded from the problem's codes.
 */
export function useFormErrors(fieldFor: (path: string) => string | undefined) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const fail = useCallback((list: FormError[]) => {
    setErrors(list);
    setAttempt((a) => a + 1);
  }, []);

  const failWith = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.problem.errors.length > 0) {
        fail(
          error.problem.errors.map((e) => {
            const field = fieldFor(e.path);
            const message = fieldMessage(e, t);
            return field
              ? { field, message }
              : { message: e.path ? `${e.path}: ${message}` : message };
          }),
        );
      } else {
        fail([{ message: errorMessage(error, t) }]);
      }
    },
    [fail, fieldFor, t],
  );

  const clear = useCallback(() => setErrors([]), []);
  const fieldError = (id: string) => errors.find((e) => e.field === id)?.message;

  return { errors, attempt, fail, failWith, clear, fieldError };
}

export function Status({ children }: { children: ReactNode }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}
