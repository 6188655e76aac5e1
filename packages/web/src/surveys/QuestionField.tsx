import { type Answer, DONT_KNOW, type Lang, OTHER, type Question } from "@kuulo/survey";
import type { ReactNode } from "react";
import { surveyText } from "./answers.js";
import { useSt } from "./i18n/index.js";
import { SingleInput } from "./SingleInput.js";

interface Props {
  question: Question;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  error?: string | undefined;
  languages: readonly Lang[];
  /** Municipality names by code (else the code is shown). */
  municipalityName?: (code: string) => string;
}

type Choice = { choice?: string; other?: string };
type Choices = { choices?: string[]; other?: string };

/**
 * One question with plain native controls (radio, checkbox, select, number, textarea), so it
 * works on old phones, with the keyboard and screen readers: choice groups are fieldsets with a
 * legend, and the error is tied to the group by aria-describedby.
 */
export function QuestionField({
  question: q,
  value,
  onChange,
  error,
  languages,
  municipalityName,
}: Props) {
  const { st, language } = useSt();
  const text = (t: Parameters<typeof surveyText>[0]) => surveyText(t, language, languages).text;
  const id = `q-${q.id}`;
  const errorId = `${id}-error`;
  const describedBy = error ? errorId : undefined;
  const legend = (
    <legend>
      {text(q.text)}
      {q.required ? <span className="field__required"> ({st("answer.required")})</span> : null}
    </legend>
  );
  const help = q.help ? <p className="field__hint">{text(q.help)}</p> : null;
  const errorText = error ? (
    <p id={errorId} className="field__error" role="alert">
      {error}
    </p>
  ) : null;
  const group = (children: ReactNode) => (
    <fieldset
      className={error ? "survey-q field--invalid" : "survey-q"}
      aria-describedby={describedBy}
    >
      {legend}
      {help}
      {errorText}
      {children}
    </fieldset>
  );
  const radio = (name: string, key: string, label: string, checked: boolean, set: () => void) => (
    <label key={key} className="survey-q__choice">
      <input type="radio" name={name} value={key} checked={checked} onChange={set} /> {label}
    </label>
  );

  switch (q.type) {
    case "single": {
      const v = (value ?? {}) as Choice;
      return group(
        <>
          {q.options.map((o) =>
            radio(id, o.value, text(o.label), v.choice === o.value, () =>
              onChange({ choice: o.value }),
            ),
          )}
          {q.other
            ? radio(id, OTHER, st("answer.otherWhat"), v.choice === OTHER, () =>
                onChange({ choice: OTHER, other: v.other ?? "" }),
              )
            : null}
          {q.other && v.choice === OTHER ? (
            <input
              aria-label={st("answer.otherWhat")}
              value={v.other ?? ""}
              maxLength={500}
              onChange={(e) => onChange({ choice: OTHER, other: e.target.value })}
            />
          ) : null}
        </>,
      );
    }
    case "multiple": {
      const v = (value ?? {}) as Choices;
      const chosen = v.choices ?? [];
      const toggle = (key: string) => {
        const next = chosen.includes(key) ? chosen.filter((c) => c !== key) : [...chosen, key];
        onChange(
          next.length
            ? { choices: next, ...(next.includes(OTHER) ? { other: v.other ?? "" } : {}) }
            : undefined,
        );
      };
      const all = [
        ...q.options.map((o) => ({ value: o.value, label: text(o.label) })),
        ...(q.other ? [{ value: OTHER, label: st("answer.otherWhat") }] : []),
      ];
      return group(
        <>
          {q.maxChoices ? (
            <p className="field__hint">{st("answer.chooseUpTo", { n: q.maxChoices })}</p>
          ) : null}
          {all.map((o) => (
            <label key={o.value} className="survey-q__choice">
              <input
                type="checkbox"
                name={id}
                value={o.value}
                checked={chosen.includes(o.value)}
                onChange={() => toggle(o.value)}
              />{" "}
              {o.label}
            </label>
          ))}
          {chosen.includes(OTHER) ? (
            <input
              aria-label={st("answer.otherWhat")}
              value={v.other ?? ""}
              maxLength={500}
              onChange={(e) => onChange({ choices: chosen, other: e.target.value })}
            />
          ) : null}
        </>,
      );
    }
    case "scale":
    case "likert": {
      const points =
        q.type === "scale"
          ? Array.from({ length: q.max - q.min + 1 }, (_, i) => ({
              n: q.min + i,
              label: String(q.min + i),
            }))
          : Array.from({ length: q.points }, (_, i) => ({
              n: i + 1,
              label: q.labels?.[i]
                ? text(q.labels[i])
                : ((
                    st(q.points === 7 ? "answer.likert7" : "answer.likert5", {
                      returnObjects: true,
                    }) as string[]
                  )[i] ?? String(i + 1)),
            }));
      return group(
        <div className={q.type === "scale" ? "survey-q__scale" : undefined}>
          {q.type === "scale" && q.minLabel ? (
            <span className="field__hint">
              {q.min} = {text(q.minLabel)}
            </span>
          ) : null}
          {points.map((p) => radio(id, String(p.n), p.label, value === p.n, () => onChange(p.n)))}
          {q.type === "scale" && q.maxLabel ? (
            <span className="field__hint">
              {q.max} = {text(q.maxLabel)}
            </span>
          ) : null}
          {q.dontKnow
            ? radio(id, DONT_KNOW, st("answer.dontKnow"), value === DONT_KNOW, () =>
                onChange(DONT_KNOW),
              )
            : null}
        </div>,
      );
    }
    case "grid": {
      const v = (value ?? {}) as Record<string, string>;
      return group(
        q.rows.map((row) => (
          <div key={row.value} className="field">
            <label htmlFor={`${id}-${row.value}`}>{text(row.label)}</label>
            <select
              id={`${id}-${row.value}`}
              value={v[row.value] ?? ""}
              onChange={(e) => {
                const next = { ...v, [row.value]: e.target.value };
                if (!e.target.value) delete next[row.value];
                onChange(Object.keys(next).length ? next : undefined);
              }}
            >
              <option value="">{st("answer.choose")}</option>
              {q.columns.map((c) => (
                <option key={c.value} value={c.value}>
                  {text(c.label)}
                </option>
              ))}
            </select>
          </div>
        )),
      );
    }
    case "ranking": {
      const v = (Array.isArray(value) ? value : []) as string[];
      const count = q.rankCount ?? q.options.length;
      return group(
        Array.from({ length: count }, (_, i) => `rank-${i + 1}`).map((rank, i) => (
          <div key={rank} className="field">
            <label htmlFor={`${id}-${i}`}>{st("answer.rank", { n: i + 1 })}</label>
            <select
              id={`${id}-${i}`}
              value={v[i] ?? ""}
              onChange={(e) => {
                const next = [...v];
                next[i] = e.target.value;
                const kept = next.slice(0, count).filter((x) => x);
                onChange(kept.length ? kept : undefined);
              }}
            >
              <option value="">{st("answer.choose")}</option>
              {q.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {text(o.label)}
                </option>
              ))}
            </select>
          </div>
        )),
      );
    }
    default:
      return (
        <SingleInput
          {...{ q, id, value, onChange, describedBy, errorText, help, text, st, municipalityName }}
        />
      );
  }
}
