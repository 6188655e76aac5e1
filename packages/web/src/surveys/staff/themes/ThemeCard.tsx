import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { TextField } from "../../../components/form.js";
import { useTt } from "../../results/i18n/index.js";
import type { Analysis } from "./api.js";
import { themeEndpoints } from "./api.js";

type Theme = Analysis["themes"][number];
type Target = { slug: string; surveyId: string; questionId: string };

interface Props {
  target: Target;
  theme: Theme;
  excluded: ReadonlySet<string>;
  selected: boolean;
  mayEdit: boolean;
  onSelect: (on: boolean) => void;
  /** Runs an edit and shows the analysis it answers. */
  edit: (fn: () => Promise<Analysis>) => void;
}

/** One theme: size, keywords, indicative sentiment, quotes, and the analyst's edits. */
export function ThemeCard({ target, theme, excluded, selected, mayEdit, onSelect, edit }: Props) {
  const { tt } = useTt();
  const [label, setLabel] = useState(theme.label);
  const [open, setOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  const answers = useQuery({
    queryKey: ["theme-answers", target, theme.id, offset],
    queryFn: () => themeEndpoints.answers(target, theme.id, offset),
    enabled: open,
  });
  const quoted = theme.quotes.map((q) => q.id);
  const s = theme.sentiment;
  const headingId = `theme-${theme.id}`;
  return (
    <li className="theme-row" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {mayEdit ? (
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={tt("themes.select", { label: theme.label })}
          />
        ) : null}{" "}
        {theme.isOther ? tt("themes.other") : theme.label}{" "}
        <span>({tt("themes.answers", { count: theme.count })})</span>
      </h3>
      <p>
        {tt("themes.keywords")}: {theme.keywords.join(", ")}
        {theme.alsoCount ? ` · ${tt("themes.also", { count: theme.alsoCount })}` : ""}
      </p>
      {s && s.scored > 0 ? (
        <p>
          {tt("themes.sentiment", {
            positive: s.positive,
            neutral: s.neutral,
            negative: s.negative,
          })}
        </p>
      ) : null}
      <h4>{tt("themes.quotes")}</h4>
      {theme.quotes.length ? (
        theme.quotes.map((q) => <blockquote key={q.id}>{q.text}</blockquote>)
      ) : (
        <p>{tt("themes.noQuotes")}</p>
      )}
      {mayEdit ? (
        <div className="theme-actions">
          <TextField
            id={`label-${theme.id}`}
            label={tt("themes.newLabel")}
            value={label}
            onChange={setLabel}
            maxLength={120}
          />
          <button
            type="button"
            onClick={() => edit(() => themeEndpoints.rename(target, theme.id, label))}
          >
            {tt("themes.rename")}
          </button>
          <button
            type="button"
            onClick={() => edit(() => themeEndpoints.split(target, theme.id))}
            disabled={theme.count < 4}
          >
            {tt("themes.split")}
          </button>
          {theme.quotesPicked ? (
            <button
              type="button"
              onClick={() => edit(() => themeEndpoints.quotes(target, theme.id, []))}
            >
              {tt("themes.unpick")}
            </button>
          ) : null}
        </div>
      ) : null}
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? tt("themes.hideAnswers") : tt("themes.showAnswers")}
      </button>
      {open ? (
        <div>
          <p>{tt("themes.readLogged")}</p>
          <ul>
            {answers.data?.items.map((a) => (
              <li key={a.id} id={`answer-${a.id}`}>
                <p>
                  {a.text}
                  {excluded.has(a.id) ? ` (${tt("themes.excluded")})` : ""}
                </p>
                {mayEdit ? (
                  <div className="theme-actions">
                    <button
                      type="button"
                      onClick={() =>
                        edit(() => themeEndpoints.exclude(target, a.id, !excluded.has(a.id)))
                      }
                    >
                      {excluded.has(a.id) ? tt("themes.include") : tt("themes.exclude")}
                    </button>
                    {!quoted.includes(a.id) && !excluded.has(a.id) ? (
                      <button
                        type="button"
                        onClick={() =>
                          edit(() =>
                            themeEndpoints.quotes(target, theme.id, [...quoted, a.id].slice(-10)),
                          )
                        }
                      >
                        {tt("themes.pickQuote")}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {answers.data && offset + 50 < answers.data.total ? (
            <button type="button" onClick={() => setOffset(offset + 50)}>
              {tt("themes.more")}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
