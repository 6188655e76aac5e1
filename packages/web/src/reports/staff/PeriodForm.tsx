import { type FormEvent, useState } from "react";
import type { BriefLanguage } from "../api.js";
import { useRt } from "../i18n/index.js";

export const LANGUAGES: BriefLanguage[] = ["fi", "sv", "en"];

export interface Period {
  from: string;
  to: string;
}

/** From 1 January `yearsBack` years ago to today (Helsinki's date). */
export function yearsToToday(yearsBack: number): Period {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
  return { from: `${Number(today.slice(0, 4)) - yearsBack}-01-01`, to: today };
}

/** The days and the language of a report; the period applies when the form is sent. */
export function PeriodForm({
  id,
  initial,
  lang,
  onLang,
  onPeriod,
}: {
  id: string;
  initial: Period;
  lang: BriefLanguage;
  onLang: (lang: BriefLanguage) => void;
  onPeriod: (period: Period) => void;
}) {
  const { rt } = useRt();
  const [draft, setDraft] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPeriod(draft);
  };
  return (
    <form className="report-controls" onSubmit={submit}>
      <label htmlFor={`${id}-from`}>{rt("period.from")}</label>
      <input
        id={`${id}-from`}
        type="date"
        required
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <label htmlFor={`${id}-to`}>{rt("period.to")}</label>
      <input
        id={`${id}-to`}
        type="date"
        required
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <label htmlFor={`${id}-language`}>{rt("language")}</label>
      <select
        id={`${id}-language`}
        value={lang}
        onChange={(e) => onLang(e.target.value as BriefLanguage)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {rt(`languages.${l}`)}
          </option>
        ))}
      </select>
      <button type="submit">{rt("period.make")}</button>
    </form>
  );
}
