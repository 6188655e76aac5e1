import type { QuestionInput } from "@kuulo/survey";
import { useSt } from "../i18n/index.js";
import { withLimit } from "./draft.js";

const SCALE_MAX = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The limits of scale (range), number (min, max, whole numbers) and open text (long, length). */
export function QuestionLimits(props: {
  id: string;
  question: QuestionInput;
  onChange: (q: QuestionInput) => void;
}) {
  const { st } = useSt();
  const { id, question: q, onChange } = props;
  const numberInput = (key: "min" | "max" | "maxLength", label: string, value?: number) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        maxLength={12}
        defaultValue={value ?? ""}
        onBlur={(e) => onChange(withLimit(q, key, e.target.value))}
      />
    </div>
  );
  if (q.type === "scale")
    return (
      <div className="survey-builder__limits">
        <div className="field">
          <label htmlFor={`${id}-scale-min`}>{st("staff.builder.scaleMin")}</label>
          <select
            id={`${id}-scale-min`}
            value={q.min ?? 1}
            onChange={(e) => onChange({ ...q, min: Number(e.target.value) as 0 | 1 })}
          >
            <option value={0}>0</option>
            <option value={1}>1</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-scale-max`}>{st("staff.builder.scaleMax")}</label>
          <select
            id={`${id}-scale-max`}
            value={q.max ?? 5}
            onChange={(e) => onChange({ ...q, max: Number(e.target.value) })}
          >
            {SCALE_MAX.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
    );
  if (q.type === "number")
    return (
      <div className="survey-builder__limits">
        {numberInput("min", st("staff.builder.min"), q.min)}
        {numberInput("max", st("staff.builder.max"), q.max)}
        <label className="survey-q__choice">
          <input
            type="checkbox"
            checked={q.integer ?? true}
            onChange={(e) => onChange({ ...q, integer: e.target.checked })}
          />{" "}
          {st("staff.builder.integer")}
        </label>
      </div>
    );
  if (q.type === "text")
    return (
      <div className="survey-builder__limits">
        <label className="survey-q__choice">
          <input
            type="checkbox"
            checked={Boolean(q.long)}
            onChange={(e) => onChange({ ...q, long: e.target.checked })}
          />{" "}
          {st("staff.builder.long")}
        </label>
        {numberInput("maxLength", st("staff.builder.maxLength"), q.maxLength)}
      </div>
    );
  return null;
}
