import type { Answer, Question } from "@kuulo/survey";
import type { ReactNode } from "react";
import type { useSt } from "./i18n/index.js";

/** Number, text and municipality: one labelled input. */
export function SingleInput(p: {
  q: Question;
  id: string;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  describedBy: string | undefined;
  errorText: ReactNode;
  help: ReactNode;
  text: (t: Question["text"]) => string;
  st: ReturnType<typeof useSt>["st"];
  municipalityName?: ((code: string) => string) | undefined;
}) {
  const { q, id } = p;
  const common = {
    id,
    name: id,
    "aria-describedby": p.describedBy,
    "aria-invalid": p.describedBy ? true : undefined,
  };
  const set = (s: string) => p.onChange(s.trim() === "" ? undefined : s);
  let input: ReactNode = null;
  if (q.type === "number") {
    input = (
      <input
        {...common}
        type="number"
        inputMode={q.integer ? "numeric" : "decimal"}
        min={q.min}
        max={q.max}
        step={q.integer ? 1 : "any"}
        value={typeof p.value === "number" ? p.value : ""}
        onChange={(e) => p.onChange(e.target.value === "" ? undefined : Number(e.target.value))}
      />
    );
  } else if (q.type === "text") {
    const v = typeof p.value === "string" ? p.value : "";
    input = q.long ? (
      <textarea
        {...common}
        rows={5}
        maxLength={q.maxLength}
        value={v}
        onChange={(e) => set(e.target.value)}
      />
    ) : (
      <input {...common} maxLength={q.maxLength} value={v} onChange={(e) => set(e.target.value)} />
    );
  } else if (q.type === "municipality") {
    input = (
      <select
        {...common}
        value={typeof p.value === "string" ? p.value : ""}
        onChange={(e) => set(e.target.value)}
      >
        <option value="">{p.st("answer.choose")}</option>
        {q.municipalities.map((code) => (
          <option key={code} value={code}>
            {p.municipalityName?.(code) ?? code}
          </option>
        ))}
        {q.other ? <option value="other">{p.st("answer.elsewhere")}</option> : null}
      </select>
    );
  }
  return (
    <div className={p.describedBy ? "field field--invalid survey-q" : "field survey-q"}>
      <label htmlFor={id}>
        {p.text(q.text)}
        {q.required ? <span className="field__required"> ({p.st("answer.required")})</span> : null}
      </label>
      {p.help}
      {p.errorText}
      {input}
    </div>
  );
}
