import { type Answers, parseDefinition } from "@kuulo/survey";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/problem.js";
import { SelectField, Status, TextField } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { problemsByQuestion, visiblePages } from "../answers.js";
import { type StaffEntry, surveyEndpoints, surveyStaffEndpoints } from "../api.js";
import { useSt } from "../i18n/index.js";
import { PageQuestions } from "../PageQuestions.js";

const CHANNELS = ["paper", "interview", "phone", "event"] as const;

/** Staff enter a paper form or an interview with the residents' renderer, all pages at once. */
export function EntryPage() {
  const { surveyId = "" } = useParams();
  const { st, t } = useSt();
  const { org } = useStaffContext();
  useDocumentTitle(st("staff.entryTitle"));
  const survey = useQuery({
    queryKey: ["surveys", org.slug, surveyId],
    queryFn: () => surveyStaffEndpoints.get(org.slug, surveyId),
  });
  const published = useQuery({
    queryKey: ["survey", org.slug, survey.data?.slug],
    queryFn: () => surveyEndpoints.survey(org.slug, survey.data!.slug),
    enabled: Boolean(survey.data?.version),
  });
  const definition = useMemo(
    () => (published.data ? parseDefinition(published.data.definition) : undefined),
    [published.data],
  );
  const [answers, setAnswers] = useState<Answers>({});
  const [channel, setChannel] = useState<StaffEntry["channel"]>("paper");
  const [sourceNote, setSourceNote] = useState("");
  const enter = useMutation({
    mutationFn: () =>
      surveyStaffEndpoints.enter(org.slug, surveyId, { channel, sourceNote, answers }),
    onSuccess: () => {
      setAnswers({});
      setSourceNote("");
    },
  });
  if (!definition) return <Status>{t("common.loading")}</Status>;
  const problems =
    enter.error instanceof ApiError ? problemsByQuestion(enter.error.problem.errors) : {};
  const noteError =
    enter.error instanceof ApiError
      ? enter.error.problem.errors.find((e) => e.path.endsWith("sourceNote"))
      : undefined;
  return (
    <div className="page page--narrow survey-page">
      <p>
        <Link to="..">{survey.data?.title}</Link>
      </p>
      <h1 tabIndex={-1}>{st("staff.entryTitle")}</h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          enter.mutate();
        }}
      >
        <SelectField
          id="entry-channel"
          label={st("staff.channel")}
          value={channel}
          onChange={(v) => setChannel(v as StaffEntry["channel"])}
          options={CHANNELS.map((c) => ({ value: c, label: st(`staff.channels.${c}`) }))}
        />
        <TextField
          id="entry-source"
          label={st("staff.sourceNote")}
          hint={st("staff.sourceHint")}
          value={sourceNote}
          onChange={setSourceNote}
          required
          maxLength={500}
          error={noteError ? st("answer.fixErrors") : undefined}
        />
        {visiblePages(definition, answers).map(({ page, questions }) => (
          <section key={page.id}>
            <PageQuestions
              questions={questions}
              answers={answers}
              setAnswers={setAnswers}
              problems={problems}
              languages={definition.languages}
              municipalityName={(code) => published.data?.municipalities[code]?.fi ?? code}
            />
          </section>
        ))}
        {enter.error ? (
          <p className="notice notice--error" role="alert">
            {Object.keys(problems).length ? st("answer.fixErrors") : errorMessage(enter.error, t)}
          </p>
        ) : null}
        {enter.isSuccess ? (
          <p className="notice" role="status">
            {st("staff.entered")}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={enter.isPending}>
          {st("staff.saveEntry")}
        </button>
      </form>
    </div>
  );
}
