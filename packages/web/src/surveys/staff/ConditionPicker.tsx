import type { Condition, LocalText, QuestionInput } from "@kuulo/survey";
import { useSt } from "../i18n/index.js";
import { conditionChoices, editCondition } from "./draft.js";

const OPS = ["is", "is_not", "includes", "answered", "at_least", "at_most"] as const;
type SimpleCondition = Extract<Condition, { question: string }>;

const textOf = (t: LocalText, language: string) =>
  t[language as "fi"] ?? t.fi ?? t.sv ?? t.en ?? "";

/**
 * "Show when …" for a question or a page: an earlier question, an operator and a value — chosen
 * from that question's options where it has them, typed otherwise. Combined conditions (all/any)
 * made elsewhere are shown as they are and kept.
 */
export function ConditionPicker(props: {
  id: string;
  label: string;
  value: Condition | undefined;
  earlier: readonly QuestionInput[];
  onChange: (next: SimpleCondition | undefined) => void;
}) {
  const { st, language } = useSt();
  const { id, earlier } = props;
  if (props.value && !("question" in props.value))
    return <p className="field__hint">{st("staff.builder.combined")}</p>;
  const condition = props.value;
  const question = earlier.find((q) => q.id === condition?.question);
  const choices = question ? conditionChoices(question) : undefined;
  const edit = (patch: Partial<SimpleCondition>) =>
    props.onChange(editCondition(condition, patch, earlier));
  return (
    <div className="survey-builder__condition">
      <label htmlFor={`${id}-if`}>{props.label}</label>
      <select
        id={`${id}-if`}
        value={condition?.question ?? ""}
        onChange={(e) =>
          props.onChange(
            e.target.value
              ? editCondition(condition, { question: e.target.value }, earlier)
              : undefined,
          )
        }
      >
        <option value="">{st("staff.builder.always")}</option>
        {earlier.map((q) => (
          <option key={q.id} value={q.id}>
            {q.id}: {textOf(q.text, language)}
          </option>
        ))}
      </select>
      {condition ? (
        <>
          <select
            aria-label={st("staff.builder.operator")}
            value={condition.op}
            onChange={(e) => edit({ op: e.target.value as (typeof OPS)[number] })}
          >
            {OPS.map((op) => (
              <option key={op} value={op}>
                {st(`staff.builder.ops.${op}`)}
              </option>
            ))}
          </select>
          {condition.op === "answered" ? null : choices ? (
            <select
              aria-label={st("staff.builder.value")}
              value={String(condition.value ?? "")}
              onChange={(e) => edit({ value: e.target.value })}
            >
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {textOf(c.label, language) || c.value}
                </option>
              ))}
            </select>
          ) : (
            <input
              aria-label={st("staff.builder.value")}
              maxLength={200}
              inputMode={condition.op.startsWith("at_") ? "decimal" : undefined}
              value={String(condition.value ?? "")}
              onChange={(e) => edit({ value: e.target.value })}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
