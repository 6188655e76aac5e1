import { type Condition, type LocalText, QUESTION_TYPES, type QuestionInput } from "@kuulo/survey";
import type { FieldProblem } from "../../api/problem.js";
import { fieldMessage } from "../../lib/errors.js";
import { useSt } from "../i18n/index.js";
import { ConditionPicker } from "./ConditionPicker.js";
import { optionsToText, retype, textToOptions } from "./draft.js";
import { QuestionLimits } from "./QuestionLimits.js";

const LANGS = ["fi", "sv", "en"] as const;

/** One question in the builder: key, type, texts in fi/sv/en, options, required, condition, order. */
export function QuestionEditor(props: {
  question: QuestionInput;
  label: string;
  earlier: QuestionInput[];
  problems: FieldProblem[];
  disabled: boolean;
  onChange: (q: QuestionInput) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { st, t } = useSt();
  const q = props.question;
  const id = `b-${q.id}`;
  const set = (patch: Partial<QuestionInput>) =>
    props.onChange({ ...q, ...patch } as QuestionInput);
  const hasOptions = "options" in q;
  return (
    <fieldset className="survey-builder__question" disabled={props.disabled}>
      <legend>
        {props.label}: {q.text.fi ?? q.text.sv ?? q.text.en}
      </legend>
      {props.problems.length ? (
        <ul className="field__error" role="alert">
          {props.problems.map((p) => (
            <li key={p.path + p.code}>{fieldMessage(p, t)}</li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-type`}>{st("staff.builder.type")}</label>
        <select
          id={`${id}-type`}
          value={q.type}
          onChange={(e) => props.onChange(retype(q, e.target.value as QuestionInput["type"]))}
        >
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {st(`staff.builder.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      {LANGS.map((lang) => (
        <div className="field" key={lang}>
          <label htmlFor={`${id}-text-${lang}`}>{st("staff.builder.text", { lang })}</label>
          <input
            id={`${id}-text-${lang}`}
            lang={lang}
            maxLength={4000}
            value={q.text[lang] ?? ""}
            onChange={(e) =>
              set({ text: { ...q.text, [lang]: e.target.value || undefined } as LocalText })
            }
          />
        </div>
      ))}
      {"rows" in q
        ? (["rows", "columns"] as const).map((part) => (
            <div className="field" key={part}>
              <label htmlFor={`${id}-${part}`}>{st(`staff.builder.${part}`)}</label>
              <textarea
                id={`${id}-${part}`}
                aria-describedby={`${id}-${part}-hint`}
                rows={3}
                defaultValue={optionsToText(q[part])}
                onBlur={(e) =>
                  set({ [part]: textToOptions(e.target.value) } as Partial<QuestionInput>)
                }
              />
              <p className="field__hint" id={`${id}-${part}-hint`}>
                {st("staff.builder.optionsHint")}
              </p>
            </div>
          ))
        : null}
      {hasOptions ? (
        <div className="field">
          <label htmlFor={`${id}-options`}>{st("staff.builder.options")}</label>
          <p className="field__hint" id={`${id}-options-hint`}>
            {st("staff.builder.optionsHint")}
          </p>
          <textarea
            id={`${id}-options`}
            aria-describedby={`${id}-options-hint`}
            rows={4}
            defaultValue={optionsToText(
              (q as { options: { value: string; label: LocalText }[] }).options,
            )}
            onBlur={(e) =>
              set({ options: textToOptions(e.target.value) } as Partial<QuestionInput>)
            }
          />
        </div>
      ) : null}
      <label className="survey-q__choice">
        <input
          type="checkbox"
          checked={Boolean(q.required)}
          onChange={(e) => set({ required: e.target.checked })}
        />{" "}
        {st("staff.builder.requiredAnswer")}
      </label>
      <QuestionLimits id={id} question={q} onChange={props.onChange} />
      <ConditionPicker
        id={id}
        label={st("staff.builder.showIf")}
        value={q.showIf as Condition | undefined}
        earlier={props.earlier}
        onChange={(next) => {
          const { showIf: _drop, ...rest } = q;
          props.onChange((next ? { ...rest, showIf: next } : rest) as QuestionInput);
        }}
      />
      <p className="survey-builder__actions">
        <button type="button" className="button" onClick={() => props.onMove(-1)}>
          {st("staff.builder.up")}
        </button>
        <button type="button" className="button" onClick={() => props.onMove(1)}>
          {st("staff.builder.down")}
        </button>
        <button type="button" className="button" onClick={props.onRemove}>
          {st("staff.builder.remove")}
        </button>
      </p>
    </fieldset>
  );
}
