import { allQuestions, type Definition, type Lang, pickText } from "@kuulo/survey";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SelectField } from "../../../components/form.js";
import { errorMessage } from "../../../lib/errors.js";
import { type ResultFilter, surveyResultEndpoints } from "./api.js";
import { pct } from "./charts.js";
import { useRt } from "./i18n/index.js";

const CLOSED = new Set(["single", "multiple", "scale", "likert", "municipality"]);
const BACKGROUND = new Set(["single", "municipality", "scale", "likert"]);

/** Picks a closed question and a background question and shows their cross-tab, "< 5" where suppressed. */
export function CrosstabPanel(props: {
  slug: string;
  surveyId: string;
  definition: Definition;
  filter: ResultFilter;
  lang: Lang;
}) {
  const { rt, t, language } = useRt();
  const questions = allQuestions(props.definition).map(({ question }) => question);
  const text = (id: string) => {
    const q = questions.find((x) => x.id === id);
    return q ? (pickText(q.text, props.lang, props.definition.languages)?.text ?? id) : id;
  };
  const closed = questions.filter((q) => CLOSED.has(q.type));
  const background = questions.filter(
    (q) => BACKGROUND.has(q.type) || (q.type === "number" && q.attribute === "birthYear"),
  );
  const [question, setQuestion] = useState(closed[0]?.id ?? "");
  const [by, setBy] = useState(background.find((q) => q.attribute)?.id ?? background[0]?.id ?? "");
  const [shown, setShown] = useState<{ question: string; by: string } | null>(null);
  const tab = useQuery({
    queryKey: ["survey-crosstab", props.slug, props.surveyId, shown, props.filter],
    queryFn: () =>
      surveyResultEndpoints.crosstab(props.slug, props.surveyId, { ...props.filter, ...shown! }),
    enabled: shown !== null,
  });
  if (closed.length === 0 || background.length === 0) return null;
  const cell = (category: string, group: string) =>
    tab.data?.cells.find((c) => c.category === category && c.group === group);
  const weighted = props.filter.weighted && tab.data?.weights?.available;
  return (
    <section aria-labelledby="crosstab-title">
      <h2 id="crosstab-title">{rt("results.crosstab")}</h2>
      <form
        className="result-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setShown({ question, by });
        }}
      >
        <SelectField
          id="crosstab-question"
          label={rt("results.crosstabQuestion")}
          value={question}
          onChange={setQuestion}
          options={closed.map((q) => ({ value: q.id, label: text(q.id) }))}
        />
        <SelectField
          id="crosstab-by"
          label={rt("results.crosstabBy")}
          value={by}
          onChange={setBy}
          options={background.map((q) => ({ value: q.id, label: text(q.id) }))}
        />
        <button type="submit" className="button">
          {rt("results.crosstabShow")}
        </button>
      </form>
      {tab.error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(tab.error, t)}
        </p>
      ) : null}
      {tab.data ? (
        <>
          <p id="suppression-note">{rt("results.suppressionNote")}</p>
          <div className="table-scroll">
            <table aria-describedby="suppression-note">
              <caption>
                {text(tab.data.question)} × {text(tab.data.by)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{rt("results.value")}</th>
                  {tab.data.groups.map((g) => (
                    <th scope="col" key={g.group}>
                      {g.group} (
                      {g.suppressed || g.size === null ? rt("results.suppressed") : g.size})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tab.data.categories.map((category) => (
                  <tr key={category}>
                    <th scope="row">{category}</th>
                    {tab.data!.groups.map((g) => {
                      const c = cell(category, g.group);
                      if (!c || c.suppressed || c.count === null)
                        return (
                          <td key={g.group} className="result-suppressed">
                            {rt("results.suppressed")}
                          </td>
                        );
                      const share = weighted ? (c.weightedShare as number | null) : c.share;
                      return (
                        <td key={g.group}>
                          {c.count} ({pct(share, language)})
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {tab.data.unknownGroup ? (
            <p>{rt("results.unknownGroup", { count: tab.data.unknownGroup })}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
