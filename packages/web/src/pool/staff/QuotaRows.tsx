import type { ReactElement } from "react";
import { usePt } from "../i18n/index.js";
import { newQuota, QUOTA_FEATURES, type QuotaFeature, type QuotaRow } from "./drawForm.js";

interface QuotaRowsProps {
  rows: QuotaRow[];
  onChange: (rows: QuotaRow[]) => void;
  /** The values each feature can take, with their labels. */
  values: Record<QuotaFeature, { value: string; label: string }[]>;
  fieldError: (id: string) => string | undefined;
}

/** Quotas for a LEXIMIN draw: rows of feature, value, at least, at most; rows added and removed. */
export function QuotaRows({ rows, onChange, values, fieldError }: QuotaRowsProps) {
  const { pt } = usePt();
  const set = (i: number, change: Partial<QuotaRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const listError = fieldError("draw-quotas");
  return (
    <fieldset id="draw-quotas" tabIndex={-1} className={listError ? "field--invalid" : undefined}>
      <legend>{pt("draws.quotas")}</legend>
      <p className="field__hint">{pt("draws.quotasHint")}</p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {rows.map((row, i) => {
        const id = (part: string) => `draw-quota-${i}-${part}`;
        const cell = (
          part: "feature" | "value" | "min" | "max",
          label: string,
          input: ReactElement,
        ) => {
          const error = fieldError(id(part));
          return (
            <div className={error ? "field field--invalid" : "field"}>
              <label htmlFor={id(part)}>{label}</label>
              {error ? (
                <p id={`${id(part)}-error`} className="field__error">
                  {error}
                </p>
              ) : null}
              {input}
            </div>
          );
        };
        const aria = (part: string) => ({
          id: id(part),
          "aria-invalid": fieldError(id(part)) ? true : undefined,
          "aria-describedby": fieldError(id(part)) ? `${id(part)}-error` : undefined,
        });
        return (
          <fieldset key={row.key} className="pool-quota">
            <legend>{pt("draws.quotaRow", { n: i + 1 })}</legend>
            {cell(
              "feature",
              pt("draws.feature"),
              <select
                {...aria("feature")}
                value={row.feature}
                onChange={(e) => set(i, { feature: e.target.value as QuotaFeature, value: "" })}
              >
                {QUOTA_FEATURES.map((f) => (
                  <option key={f} value={f}>
                    {pt(`draws.features.${f}`)}
                  </option>
                ))}
              </select>,
            )}
            {cell(
              "value",
              pt("draws.value"),
              <select
                {...aria("value")}
                value={row.value}
                onChange={(e) => set(i, { value: e.target.value })}
              >
                <option value="">{pt("draws.choose")}</option>
                {values[row.feature].map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label}
                  </option>
                ))}
              </select>,
            )}
            {cell(
              "min",
              pt("draws.min"),
              <input
                {...aria("min")}
                inputMode="numeric"
                value={row.min}
                onChange={(e) => set(i, { min: e.target.value })}
              />,
            )}
            {cell(
              "max",
              pt("draws.max"),
              <input
                {...aria("max")}
                inputMode="numeric"
                value={row.max}
                onChange={(e) => set(i, { max: e.target.value })}
              />,
            )}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {pt("draws.removeQuota", { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...rows, newQuota()])}
      >
        {pt("draws.addQuota")}
      </button>
    </fieldset>
  );
}
