import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../api/problem.js";
import { Status, TextField } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage, fieldMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { surveyStaffEndpoints } from "../api.js";
import { useSt } from "../i18n/index.js";
import { starterDefinition } from "./draft.js";

/** The organization's surveys, and a new one from a one-question start. */
export function SurveysPage() {
  const { st, t } = useSt();
  const { org, membership } = useStaffContext();
  const navigate = useNavigate();
  const client = useQueryClient();
  useDocumentTitle(st("staff.title"));
  const list = useQuery({
    queryKey: ["surveys", org.slug],
    queryFn: () => surveyStaffEndpoints.list(org.slug),
  });
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const create = useMutation({
    mutationFn: () =>
      surveyStaffEndpoints.create(org.slug, { slug, title, definition: starterDefinition(title) }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ["surveys", org.slug] });
      navigate(created.id);
    },
  });
  const fieldError = (path: string) => {
    const e =
      create.error instanceof ApiError
        ? create.error.problem.errors.find((p) => p.path === path)
        : undefined;
    return e ? fieldMessage(e, t) : undefined;
  };
  return (
    <div className="page">
      <h1 tabIndex={-1}>{st("staff.title")}</h1>
      {list.isPending ? <Status>{t("common.loading")}</Status> : null}
      {list.data?.items.length === 0 ? <p>{st("staff.none")}</p> : null}
      <ul className="survey-list">
        {list.data?.items.map((s) => (
          <li key={s.id}>
            <Link to={s.id}>{s.title}</Link> — {st(`staff.status.${s.status}`)},{" "}
            {s.version ? st("staff.version", { n: s.version }) : st("staff.noVersion")},{" "}
            {st("staff.responses", { count: s.responses.complete })}
          </li>
        ))}
      </ul>
      {can(membership, "survey.edit") ? (
        <p>
          <Link to="import">{st("staff.import")}</Link>
        </p>
      ) : null}
      {can(membership, "survey.edit") ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <h2>{st("staff.new")}</h2>
          <TextField
            id="survey-title"
            label={st("staff.surveyTitle")}
            value={title}
            onChange={setTitle}
            required
            maxLength={200}
            error={fieldError("title")}
          />
          <TextField
            id="survey-slug"
            label={st("staff.slug")}
            hint={st("staff.slugHint")}
            value={slug}
            onChange={setSlug}
            required
            maxLength={63}
            error={fieldError("slug")}
          />
          {create.error && !fieldError("title") && !fieldError("slug") ? (
            <p className="notice notice--error" role="alert">
              {errorMessage(create.error, t)}
            </p>
          ) : null}
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {st("staff.create")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
