import { SelectField, TextField } from "../../components/form.js";
import { usePt } from "../i18n/index.js";
import { EMPTY_TEXT, type Localized, LocalizedFields } from "./LocalizedFields.js";

let lastUid = 0;
/** A key for a list item that stays while the item moves (never sent to the server). */
export const nextUid = () => ++lastUid;

export interface QuestionDraft {
  uid: number;
  key: string;
  label: Localized;
  why: Localized;
  type: "choice" | "yes_no" | "text";
  required: boolean;
  options: { key: string; label: Localized }[];
}

export interface ThemeDraft {
  uid: number;
  key: string;
  label: Localized;
}

/** Options as lines "key = suomeksi | på svenska | in English". */
export function optionsToText(options: QuestionDraft["options"]): string {
  return options.map((o) => `${o.key} = ${o.label.fi} | ${o.label.sv} | ${o.label.en}`).join("\n");
}

export function textToOptions(text: string): QuestionDraft["options"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [key = "", rest = ""] = line.split("=").map((s) => s.trim());
      const [fi = "", sv = "", en = ""] = rest.split("|").map((s) => s.trim());
      return { key, label: { fi, sv, en } };
    });
}

/** The organization's background questions, in order, with why each is asked. */
export function QuestionsEditor({
  questions,
  onChange,
}: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
}) {
  const { pt } = usePt();
  const update = (i: number, q: Partial<QuestionDraft>) =>
    onChange(questions.map((old, j) => (j === i ? { ...old, ...q } : old)));
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{pt("settings.questions")}</h2>
      {questions.map((q, i) => (
        <fieldset className="pool-group" key={q.uid}>
          <legend>{pt("settings.question", { n: i + 1 })}</legend>
          <TextField
            id={`q${i}-key`}
            label={pt("settings.key")}
            hint={pt("settings.keyHint")}
            value={q.key}
            onChange={(key) => update(i, { key })}
            maxLength={40}
            required
          />
          <LocalizedFields
            id={`q${i}-label`}
            label={pt("settings.label")}
            value={q.label}
            onChange={(label) => update(i, { label })}
          />
          <LocalizedFields
            id={`q${i}-why`}
            label={pt("settings.why")}
            value={q.why}
            onChange={(why) => update(i, { why })}
          />
          <SelectField
            id={`q${i}-type`}
            label={pt("settings.type")}
            value={q.type}
            onChange={(type) => update(i, { type: type as QuestionDraft["type"] })}
            options={(["choice", "yes_no", "text"] as const).map((v) => ({
              value: v,
              label: pt(`settings.types.${v}`),
            }))}
          />
          <div className="checkbox">
            <input
              id={`q${i}-required`}
              type="checkbox"
              checked={q.required}
              onChange={(e) => update(i, { required: e.target.checked })}
            />
            <label htmlFor={`q${i}-required`}>{pt("settings.required")}</label>
          </div>
          {q.type === "choice" ? (
            <div className="field">
              <label htmlFor={`q${i}-options`}>{pt("settings.options")}</label>
              <p id={`q${i}-options-hint`} className="field__hint">
                {pt("settings.optionsHint")}
              </p>
              <textarea
                id={`q${i}-options`}
                rows={4}
                aria-describedby={`q${i}-options-hint`}
                defaultValue={optionsToText(q.options)}
                onBlur={(e) => update(i, { options: textToOptions(e.target.value) })}
              />
            </div>
          ) : null}
          <div className="pool-actions">
            <button
              type="button"
              className="button button--quiet"
              disabled={i === 0}
              onClick={() =>
                onChange(
                  questions.map((x, j) => (j === i - 1 ? q : j === i ? questions[i - 1]! : x)),
                )
              }
            >
              {pt("settings.up")}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(questions.filter((_, j) => j !== i))}
            >
              {pt("settings.remove")}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          onChange([
            ...questions,
            {
              uid: nextUid(),
              key: "",
              label: EMPTY_TEXT,
              why: EMPTY_TEXT,
              type: "yes_no",
              required: false,
              options: [],
            },
          ])
        }
      >
        {pt("settings.addQuestion")}
      </button>
    </section>
  );
}

/** The themes members may say they are interested in. */
export function ThemesEditor({
  themes,
  onChange,
}: {
  themes: ThemeDraft[];
  onChange: (themes: ThemeDraft[]) => void;
}) {
  const { pt } = usePt();
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{pt("settings.themes")}</h2>
      {themes.map((th, i) => (
        <fieldset className="pool-group" key={th.uid}>
          <legend>{pt("settings.theme", { n: i + 1 })}</legend>
          <TextField
            id={`t${i}-key`}
            label={pt("settings.key")}
            value={th.key}
            onChange={(key) => onChange(themes.map((x, j) => (j === i ? { ...x, key } : x)))}
            maxLength={40}
            required
          />
          <LocalizedFields
            id={`t${i}-label`}
            label={pt("settings.label")}
            value={th.label}
            onChange={(label) => onChange(themes.map((x, j) => (j === i ? { ...x, label } : x)))}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(themes.filter((_, j) => j !== i))}
          >
            {pt("settings.remove")}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange([...themes, { uid: nextUid(), key: "", label: EMPTY_TEXT }])}
      >
        {pt("settings.addTheme")}
      </button>
    </section>
  );
}
