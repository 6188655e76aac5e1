import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField } from "../../components/form.js";
import { deliberationStaffEndpoints, type MergeInput, type StatementDetail } from "../api.js";
import { useDt } from "../i18n/index.js";
import { useStatementWrite } from "./useStatementWrite.js";

/** The tables' proposals: add one, choose several and merge them into a recommendation. */
export function ProposalsSection({
  slug,
  s,
  mayEdit,
}: {
  slug: string;
  s: StatementDetail;
  mayEdit: boolean;
}) {
  const { dt } = useDt();
  const open = mayEdit && (s.status === "drafting" || s.status === "amending");
  const [sourceLabel, setSourceLabel] = useState("");
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [into, setInto] = useState("new");
  const [title, setTitle] = useState("");
  const [recText, setRecText] = useState("");
  const [rationale, setRationale] = useState("");
  const add = useStatementWrite(
    slug,
    s.id,
    "proposal",
    (input: { sourceLabel: string; text: string }) =>
      deliberationStaffEndpoints.addProposal(slug, s.id, input),
    // Text typed while the proposal was being saved stays.
    (sent) => setText((now) => (now === sent.text ? "" : now)),
  );
  const merge = useStatementWrite(
    slug,
    s.id,
    "merge",
    (input: MergeInput) => deliberationStaffEndpoints.merge(slug, s.id, input),
    () => {
      setChosen([]);
      setTitle("");
      setRecText("");
      setRationale("");
    },
  );
  const title$ = (id: string | null) => s.recommendations.find((r) => r.id === id);
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{dt("editor.proposals")}</h2>
      {s.proposals.length === 0 ? <p>{dt("editor.noProposals")}</p> : null}
      <ul className="deliberation-proposals">
        {s.proposals.map((p) => {
          const merged = title$(p.recommendationId);
          return (
            <li key={p.id}>
              {open ? (
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(p.id)}
                    onChange={(e) =>
                      setChosen(
                        e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id),
                      )
                    }
                  />{" "}
                  <strong>{p.sourceLabel}</strong>: {p.text}
                </label>
              ) : (
                <>
                  <strong>{p.sourceLabel}</strong>: {p.text}
                </>
              )}{" "}
              {merged ? (
                <span>
                  ({dt("editor.mergedInto", { number: merged.number, title: merged.title })})
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {open ? (
        <>
          <form
            noValidate
            aria-labelledby="merge-heading"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              merge.mutation.mutate(
                into === "new"
                  ? { proposalIds: chosen, title, text: recText, rationale }
                  : { proposalIds: chosen, recommendationId: into },
              );
            }}
          >
            <h3 id="merge-heading">{dt("editor.merge")}</h3>
            <p>{dt("editor.chosen", { count: chosen.length })}</p>
            <ErrorSummary errors={merge.errors} attempt={merge.attempt} />
            <SelectField
              id="merge-into"
              label={dt("editor.mergeInto")}
              value={into}
              onChange={setInto}
              options={[
                { value: "new", label: dt("editor.newRecommendation") },
                ...s.recommendations.map((r) => ({
                  value: r.id,
                  label: `${r.number}. ${r.title}`,
                })),
              ]}
            />
            {into === "new" ? (
              <>
                <TextField
                  id="merge-title"
                  label={dt("editor.recTitle")}
                  value={title}
                  onChange={setTitle}
                  error={merge.fieldError("merge-title")}
                  maxLength={300}
                  required
                />
                <div className="field">
                  <label htmlFor="merge-text">{dt("editor.recText")}</label>
                  <textarea
                    id="merge-text"
                    rows={4}
                    value={recText}
                    maxLength={5000}
                    aria-invalid={merge.fieldError("merge-text") ? true : undefined}
                    onChange={(e) => setRecText(e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor="merge-rationale">{dt("editor.rationale")}</label>
                  <textarea
                    id="merge-rationale"
                    rows={3}
                    value={rationale}
                    maxLength={5000}
                    onChange={(e) => setRationale(e.target.value)}
                  />
                </div>
              </>
            ) : null}
            <button type="submit" disabled={merge.mutation.isPending || chosen.length === 0}>
              {dt("editor.mergeButton")}
            </button>
          </form>
          <form
            noValidate
            aria-labelledby="proposal-heading"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              add.mutation.mutate({ sourceLabel, text });
            }}
          >
            <h3 id="proposal-heading">{dt("editor.addProposal")}</h3>
            <ErrorSummary errors={add.errors} attempt={add.attempt} />
            <TextField
              id="proposal-sourceLabel"
              label={dt("editor.sourceLabel")}
              hint={dt("editor.sourceLabelHint")}
              value={sourceLabel}
              onChange={setSourceLabel}
              maxLength={200}
            />
            <div className={add.fieldError("proposal-text") ? "field field--invalid" : "field"}>
              <label htmlFor="proposal-text">{dt("editor.proposalText")}</label>
              <textarea
                id="proposal-text"
                rows={3}
                value={text}
                maxLength={5000}
                aria-invalid={add.fieldError("proposal-text") ? true : undefined}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <button type="submit" disabled={add.mutation.isPending}>
              {dt("editor.addProposalButton")}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
