import type { Condition, DefinitionInput } from "@kuulo/survey";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError, type FieldProblem } from "../../api/problem.js";
import { Status, TextField } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage, fieldMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { kioskLink } from "../answers.js";
import { surveyStaffEndpoints } from "../api.js";
import { useSt } from "../i18n/index.js";
import { useTt } from "../results/i18n/index.js";
import { ConditionPicker } from "./ConditionPicker.js";
import { freshKey, move, newQuestion, questionsBeforePage } from "./draft.js";
import { InvitationsPanel } from "./InvitationsPanel.js";
import { QuestionEditor } from "./QuestionEditor.js";
import { SharePanel } from "./SharePanel.js";

/** One survey: its builder (pages and questions), publishing, opening and closing. */
export function SurveyPage() {
  const { surveyId = "" } = useParams();
  const { st, t } = useSt();
  const { tt } = useTt();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const key = ["surveys", org.slug, surveyId];
  const survey = useQuery({
    queryKey: key,
    queryFn: () => surveyStaffEndpoints.get(org.slug, surveyId),
  });
  const [draft, setDraft] = useState<DefinitionInput | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [eventName, setEventName] = useState("");
  const kiosk = useMutation({
    mutationFn: () => surveyStaffEndpoints.kiosk(org.slug, surveyId, eventName),
  });
  useEffect(() => {
    if (survey.data && !draft) setDraft(survey.data.draft as unknown as DefinitionInput);
  }, [survey.data, draft]);
  useDocumentTitle(survey.data?.title ?? st("staff.title"));
  const refresh = (data: unknown) => client.setQueryData(key, data);
  const save = useMutation({
    mutationFn: () =>
      surveyStaffEndpoints.update(org.slug, surveyId, {
        definition: draft as unknown as Record<string, unknown>,
      }),
    onSuccess: (data) => {
      refresh(data);
      setNotice(st("staff.saved"));
    },
  });
  const publish = useMutation({
    mutationFn: async () => {
      await surveyStaffEndpoints.update(org.slug, surveyId, {
        definition: draft as unknown as Record<string, unknown>,
      });
      return surveyStaffEndpoints.publish(org.slug, surveyId);
    },
    onSuccess: async (res) => {
      await survey.refetch();
      setNotice(st("staff.published", { n: res.version }));
    },
  });
  const status = useMutation({
    mutationFn: (next: "open" | "closed") =>
      surveyStaffEndpoints.setStatus(org.slug, surveyId, next),
    onSuccess: refresh,
  });
  if (!survey.data || !draft) return <Status>{t("common.loading")}</Status>;
  const s = survey.data;
  const mayEdit = can(membership, "survey.edit");
  const failed = save.error ?? publish.error ?? status.error;
  const problems: FieldProblem[] = failed instanceof ApiError ? failed.problem.errors : [];
  const problemsAt = (prefix: string) =>
    problems.filter((p) => p.path.replace(/^body\./, "").startsWith(prefix));
  const setPages = (pages: DefinitionInput["pages"]) => setDraft({ ...draft, pages });

  return (
    <div className="page survey-builder">
      <h1 tabIndex={-1}>{s.title}</h1>
      <p>
        {st(`staff.status.${s.status}`)} ·{" "}
        {s.version ? st("staff.version", { n: s.version }) : st("staff.noVersion")} ·{" "}
        {st("staff.responses", { count: s.responses.complete })}
      </p>
      {s.unpublishedChanges && s.version ? (
        <p className="notice">{st("staff.unpublished")}</p>
      ) : null}
      {notice && !failed ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {failed ? (
        <div className="notice notice--error" role="alert">
          <p>{errorMessage(failed, t)}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.code}>
                {p.path.replace(/^body\.definition\./, "")}: {fieldMessage(p, t)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {mayEdit ? (
        <p className="survey-builder__actions">
          <button
            type="button"
            className="button"
            onClick={() => save.mutate()}
            disabled={save.isPending}
          >
            {st("staff.save")}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => publish.mutate()}
            disabled={publish.isPending}
          >
            {st("staff.publish")}
          </button>
          {s.version ? (
            <button
              type="button"
              className="button"
              onClick={() => status.mutate(s.status === "open" ? "closed" : "open")}
            >
              {s.status === "open" ? st("staff.close") : st("staff.reopen")}
            </button>
          ) : null}
        </p>
      ) : null}
      {s.version && s.kioskAllowed && mayEdit ? (
        <form
          className="survey-builder__kiosk"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            kiosk.mutate();
          }}
        >
          <h2>{st("staff.kiosk")}</h2>
          <TextField
            id="kiosk-event"
            label={st("staff.kioskEvent")}
            value={eventName}
            onChange={setEventName}
            required
            maxLength={200}
          />
          <button type="submit" className="button" disabled={kiosk.isPending}>
            {st("staff.kioskStart")}
          </button>
          {kiosk.error ? (
            <p className="notice notice--error" role="alert">
              {errorMessage(kiosk.error, t)}
            </p>
          ) : null}
          {kiosk.data ? (
            <p role="status">
              {st("staff.kioskHint")}{" "}
              <a href={kioskLink(window.location.origin, org.slug, s.slug, kiosk.data.token)}>
                {st("staff.kiosk")}
              </a>
            </p>
          ) : null}
        </form>
      ) : null}
      {s.version ? (
        <SharePanel
          orgSlug={org.slug}
          surveyId={surveyId}
          surveySlug={s.slug}
          title={s.title}
          embedOrigins={s.embedOrigins}
          mayEdit={mayEdit}
          onSaved={refresh}
        />
      ) : null}
      {s.version ? (
        <InvitationsPanel orgSlug={org.slug} surveyId={surveyId} mayEdit={mayEdit} />
      ) : null}
      {s.version && can(membership, "survey.responses.enter") ? (
        <p>
          <Link to="entry">{st("staff.enter")}</Link>
        </p>
      ) : null}
      {s.version && can(membership, "survey.results.read") ? (
        <p>
          <Link to="results">{st("staff.results")}</Link>
        </p>
      ) : null}
      {s.version && can(membership, "reports.read") ? (
        <p>
          <Link to={`/${org.slug}/staff/reports/surveys/${surveyId}`}>{st("staff.brief")}</Link>
        </p>
      ) : null}
      {s.version && (can(membership, "survey.analyse") || can(membership, "survey.publish")) ? (
        <p>
          <Link to="themes">{tt("themes.link")}</Link>
        </p>
      ) : null}
      {draft.pages.map((page, p) => (
        <section key={page.id} className="survey-builder__page" aria-labelledby={`page-${p}`}>
          <h2 id={`page-${p}`}>{st("staff.builder.page", { n: p + 1 })}</h2>
          {p > 0 ? (
            <ConditionPicker
              id={`page-${page.id}`}
              label={st("staff.builder.pageShowIf")}
              value={page.showIf as Condition | undefined}
              earlier={questionsBeforePage(draft.pages, p)}
              onChange={(next) => {
                const { showIf: _drop, ...rest } = page;
                setPages(
                  draft.pages.map((pg, pi) =>
                    pi === p ? { ...rest, ...(next ? { showIf: next } : {}) } : pg,
                  ),
                );
              }}
            />
          ) : null}
          <ol>
            {page.questions.map((q, i) => (
              <li key={q.id}>
                <QuestionEditor
                  question={q}
                  label={st("staff.builder.question", { n: i + 1 })}
                  earlier={draft.pages.flatMap((pg, pi) =>
                    pi < p ? pg.questions : pi === p ? pg.questions.slice(0, i) : [],
                  )}
                  problems={problemsAt(`definition.pages.${p}.questions.${i}`)}
                  disabled={!mayEdit}
                  onChange={(next) =>
                    setPages(
                      draft.pages.map((pg, pi) =>
                        pi === p
                          ? { ...pg, questions: pg.questions.map((x, xi) => (xi === i ? next : x)) }
                          : pg,
                      ),
                    )
                  }
                  onMove={(by) =>
                    setPages(
                      draft.pages.map((pg, pi) =>
                        pi === p ? { ...pg, questions: move(pg.questions, i, by) } : pg,
                      ),
                    )
                  }
                  onRemove={() =>
                    setPages(
                      draft.pages.map((pg, pi) =>
                        pi === p
                          ? { ...pg, questions: pg.questions.filter((_, xi) => xi !== i) }
                          : pg,
                      ),
                    )
                  }
                />
              </li>
            ))}
          </ol>
          {mayEdit ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                setPages(
                  draft.pages.map((pg, pi) =>
                    pi === p
                      ? {
                          ...pg,
                          questions: [...pg.questions, newQuestion("single", freshKey(draft, "q"))],
                        }
                      : pg,
                  ),
                )
              }
            >
              {st("staff.builder.addQuestion")}
            </button>
          ) : null}
        </section>
      ))}
      {mayEdit ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            setPages([
              ...draft.pages,
              { id: freshKey(draft, "p"), questions: [newQuestion("text", freshKey(draft, "q"))] },
            ])
          }
        >
          {st("staff.builder.addPage")}
        </button>
      ) : null}
    </div>
  );
}
