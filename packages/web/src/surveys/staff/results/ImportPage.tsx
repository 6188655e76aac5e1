import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { SelectField, TextField } from "../../../components/form.js";
import { useStaffContext } from "../../../components/StaffContext.js";
import { errorMessage } from "../../../lib/errors.js";
import { useDocumentTitle } from "../../../lib/useDocumentTitle.js";
import { surveyStaffEndpoints } from "../../api.js";
import { fileToBase64, surveyResultEndpoints } from "./api.js";
import { useRt } from "./i18n/index.js";
import { importableSurveys, importTarget, type TargetChoice } from "./import-target.js";
import { describeProblem, fileProblems } from "./problems.js";

/**
 * Upload a CSV or XLSX file → preview the proposed questions → import as a new survey, or add
 * the rows to an existing survey's newest version (`?survey=<id>` preselects it).
 */
export function ImportPage() {
  const { rt, t } = useRt();
  const { org } = useStaffContext();
  useDocumentTitle(rt("import.title"));
  const [file, setFile] = useState<string | null>(null);
  const preselected =
    typeof window === "undefined"
      ? ""
      : (new URLSearchParams(window.location.search).get("survey") ?? "");
  const [choice, setChoice] = useState<TargetChoice>({
    kind: preselected ? "existing" : "new",
    title: "",
    slug: "",
    surveyId: preselected,
  });
  const edit = (part: Partial<TargetChoice>) => setChoice((c) => ({ ...c, ...part }));
  const [attempted, setAttempted] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const surveys = useQuery({
    queryKey: ["surveys", org.slug],
    queryFn: () => surveyStaffEndpoints.list(org.slug),
  });
  const offered = importableSurveys(surveys.data?.items ?? []);
  const checked = importTarget(choice);
  const fieldError = (field: string) => {
    const e = attempted ? checked.errors.find((x) => x.field === field) : undefined;
    return e ? rt(e.key) : undefined;
  };
  const preview = useMutation({
    mutationFn: (base64: string) => surveyResultEndpoints.preview(org.slug, base64),
  });
  const run = useMutation({
    mutationFn: () =>
      surveyResultEndpoints.importFile(org.slug, {
        file: file!,
        skipInvalid,
        lang: "fi",
        target: checked.target!,
      }),
  });
  const problems = [...fileProblems(preview.error), ...fileProblems(run.error)];
  const listed = run.data?.problems ?? preview.data?.problems ?? [];
  return (
    <div className="page page--narrow">
      <p>
        <Link to="..">{rt("results.title")}</Link>
      </p>
      <h1 tabIndex={-1}>{rt("import.title")}</h1>
      <p>{rt("import.intro")}</p>
      <div className="field">
        <label htmlFor="import-file">{rt("import.file")}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={async (e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return;
            const base64 = await fileToBase64(chosen);
            setFile(base64);
            run.reset();
            preview.mutate(base64);
          }}
        />
      </div>
      {problems.length ? (
        <div className="notice notice--error" role="alert">
          <p>{rt("import.problems")}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.column}-${p.message}`}>{describeProblem(p, rt)}</li>
            ))}
          </ul>
        </div>
      ) : preview.error || run.error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(preview.error ?? run.error, t)}
        </p>
      ) : null}
      {preview.data ? (
        <section aria-labelledby="proposed-title">
          <h2 id="proposed-title">{rt("import.proposed")}</h2>
          <p>
            {rt("import.rows", { rows: preview.data.rows, importable: preview.data.importable })}
          </p>
          {preview.data.notice ? <p>{preview.data.notice}</p> : null}
          <div className="table-scroll">
            <table>
              <caption>{rt("import.proposed")}</caption>
              <thead>
                <tr>
                  <th scope="col">{rt("import.column")}</th>
                  <th scope="col">{rt("import.header")}</th>
                  <th scope="col">{rt("import.role")}</th>
                  <th scope="col">{rt("import.type")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.data.columns.map((c) => (
                  <tr key={c.column}>
                    <td>{c.letter}</td>
                    <th scope="row">{c.header}</th>
                    <td>{rt(`import.roles.${c.role}`)}</td>
                    <td>{c.type ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {listed.length ? (
            <ul>
              {listed.map((p) => (
                <li key={`${p.line}-${p.column}-${p.message}`}>
                  {describeProblem({ ...p, reason: p.code }, rt)}
                </li>
              ))}
            </ul>
          ) : null}
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setAttempted(true);
              if (checked.target) run.mutate();
            }}
          >
            <fieldset>
              <legend>{rt("import.target")}</legend>
              {(["new", "existing"] as const).map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name="import-target"
                    value={kind}
                    checked={choice.kind === kind}
                    onChange={() => edit({ kind })}
                  />{" "}
                  {rt(kind === "new" ? "import.toNew" : "import.toExisting")}
                </label>
              ))}
            </fieldset>
            {choice.kind === "new" ? (
              <>
                <TextField
                  id="import-title"
                  label={rt("import.surveyTitle")}
                  value={choice.title}
                  onChange={(title) => edit({ title })}
                  required
                  maxLength={200}
                  error={fieldError("import-title")}
                />
                <TextField
                  id="import-slug"
                  label={rt("import.slug")}
                  value={choice.slug}
                  onChange={(slug) => edit({ slug })}
                  required
                  maxLength={60}
                  error={fieldError("import-slug")}
                />
              </>
            ) : (
              <SelectField
                id="import-survey"
                label={rt("import.survey")}
                hint={rt("import.existingHint")}
                value={choice.surveyId}
                onChange={(surveyId) => edit({ surveyId })}
                options={[
                  { value: "", label: rt("import.chooseSurvey") },
                  ...offered.map((s) => ({ value: s.id, label: `${s.title} (${s.slug})` })),
                ]}
                error={fieldError("import-survey")}
              />
            )}
            <div className="field">
              <label>
                <input
                  type="checkbox"
                  checked={skipInvalid}
                  onChange={(e) => setSkipInvalid(e.target.checked)}
                />{" "}
                {rt("import.skipInvalid")}
              </label>
            </div>
            <button
              type="submit"
              className="button button--primary"
              disabled={run.isPending || !file}
            >
              {rt("import.import")}
            </button>
          </form>
        </section>
      ) : null}
      {run.data ? (
        <p className="notice" role="status">
          {rt("import.imported", { imported: run.data.imported, skipped: run.data.skipped })}{" "}
          <Link to={`../${run.data.surveyId}/results`}>{rt("import.openResults")}</Link>
        </p>
      ) : null}
    </div>
  );
}
