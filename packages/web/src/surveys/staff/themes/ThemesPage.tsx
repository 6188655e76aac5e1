import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { ApiError } from "../../../api/problem.js";
import { Status, TextField } from "../../../components/form.js";
import { can, useStaffContext } from "../../../components/StaffContext.js";
import { errorMessage } from "../../../lib/errors.js";
import { useDocumentTitle } from "../../../lib/useDocumentTitle.js";
import { useTt } from "../../results/i18n/index.js";
import { type Analysis, themeEndpoints } from "./api.js";
import { LlmSummaries } from "./LlmSummaries.js";
import { ThemeCard } from "./ThemeCard.js";

/** `staff/surveys/:surveyId/themes/:questionId`: analyse, edit, quote and sign off the themes. */
export function ThemesPage() {
  const { surveyId = "", questionId = "" } = useParams();
  const { tt, t, language } = useTt();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const target = { slug: org.slug, surveyId, questionId };
  const key = ["survey-analysis", target];
  const analysis = useQuery({
    queryKey: key,
    queryFn: () => themeEndpoints.get(target),
    retry: false,
    // The analysis and the language model's summaries run as jobs: polled while running.
    refetchInterval: (q) =>
      q.state.data?.status === "running" || q.state.data?.llm.status === "running" ? 1000 : false,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeLabel, setMergeLabel] = useState("");
  const mutation = useMutation({
    mutationFn: (fn: () => Promise<Analysis>) => fn(),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      void client.invalidateQueries({ queryKey: ["theme-answers"] });
      setSelected([]);
    },
  });
  useDocumentTitle(tt("themes.title"));
  const mayEdit = can(membership, "survey.analyse");
  const a = analysis.data;
  const missing = analysis.error instanceof ApiError && analysis.error.status === 404;
  if (!a && !missing) return <Status>{t("common.loading")}</Status>;
  const edit = (fn: () => Promise<Analysis>) => mutation.mutate(fn);
  const excluded = new Set(a?.excludedQuotes ?? []);
  return (
    <div className="page survey-themes">
      <h1 tabIndex={-1}>
        {tt("themes.title")}: {questionId}
      </h1>
      {a?.llm.available ? null : <p>{tt("themes.llmNone")}</p>}
      {mayEdit ? (
        <button
          type="button"
          onClick={() => edit(() => themeEndpoints.run(target))}
          disabled={a?.status === "running"}
        >
          {a ? tt("themes.rerun") : tt("themes.run")}
        </button>
      ) : null}
      <div role="status" aria-live="polite">
        {a?.status === "running"
          ? tt("themes.running", { step: a.step ?? "", done: a.done, total: a.total })
          : null}
        {a?.status === "failed" ? tt("themes.failed", { error: a.error ?? "" }) : null}
        {mutation.error ? errorMessage(mutation.error, t) : null}
        {!a ? tt("themes.notAnalysed") : null}
      </div>
      {a?.status === "done" ? (
        <>
          <p>
            {a.signedOff
              ? tt("themes.signedOff", {
                  by: a.signedOff.by ?? tt("themes.demo"),
                  at: new Date(a.signedOff.at).toLocaleString(language),
                })
              : tt("themes.notSignedOff")}
          </p>
          {mayEdit ? (
            <div className="theme-actions">
              <button
                type="button"
                onClick={() => edit(() => themeEndpoints.signOff(target))}
                disabled={!!a.signedOff}
              >
                {tt("themes.signOff")}
              </button>
              <TextField
                id="merge-label"
                label={tt("themes.mergeLabel")}
                value={mergeLabel}
                onChange={setMergeLabel}
                maxLength={120}
              />
              <button
                type="button"
                disabled={selected.length < 2}
                onClick={() =>
                  edit(() => themeEndpoints.merge(target, selected, mergeLabel.trim() || undefined))
                }
              >
                {tt("themes.merge")}
              </button>
            </div>
          ) : null}
          {a.llm.available ? (
            <LlmSummaries
              analysis={a}
              mayEdit={mayEdit}
              pending={mutation.isPending}
              onSummarise={() => edit(() => themeEndpoints.summarise(target))}
            />
          ) : null}
          <ul className="theme-list">
            {a.themes.map((theme) => (
              <ThemeCard
                key={`${theme.id}-${theme.label}`}
                target={target}
                theme={theme}
                excluded={excluded}
                selected={selected.includes(theme.id)}
                mayEdit={mayEdit}
                onSelect={(on) =>
                  setSelected(
                    on ? [...selected, theme.id] : selected.filter((id) => id !== theme.id),
                  )
                }
                edit={edit}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
