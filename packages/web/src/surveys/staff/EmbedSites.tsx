import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/problem.js";
import { errorMessage, fieldMessage } from "../../lib/errors.js";
import { surveyStaffEndpoints } from "../api.js";
import { useSt } from "../i18n/index.js";
import { originLines } from "./share.js";

/**
 * Staff's allow-list of sites that may embed the answering page (the server then names only
 * them in `frame-ancestors`); empty: any site may.
 */
export function EmbedSites(props: {
  orgSlug: string;
  surveyId: string;
  origins: string[];
  mayEdit: boolean;
  onSaved: (data: unknown) => void;
}) {
  const { st, t } = useSt();
  const [text, setText] = useState(props.origins.join("\n"));
  const save = useMutation({
    mutationFn: () =>
      surveyStaffEndpoints.update(props.orgSlug, props.surveyId, {
        embedOrigins: originLines(text),
      }),
    onSuccess: (data) => {
      setText(data.embedOrigins.join("\n"));
      props.onSaved(data);
    },
  });
  const lines = originLines(text);
  const problems = save.error instanceof ApiError ? save.error.problem.errors : [];
  const hint = props.origins.length
    ? st("staff.share.sitesOnly", { count: props.origins.length })
    : st("staff.share.sitesAny");
  if (!props.mayEdit) return <p>{hint}</p>;
  return (
    <form
      className="survey-share__sites"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor="survey-embed-sites">{st("staff.share.sites")}</label>
      <p id="survey-embed-sites-hint">
        {st("staff.share.sitesHint")} {hint}
      </p>
      <textarea
        id="survey-embed-sites"
        rows={3}
        value={text}
        aria-describedby="survey-embed-sites-hint"
        aria-invalid={problems.length > 0 || undefined}
        placeholder="https://www.kunta.fi"
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {save.error ? (
        <div className="notice notice--error" role="alert">
          <p>{errorMessage(save.error, t)}</p>
          <ul>
            {problems.map((p) => {
              const line = Number(/(?:^|\.)embedOrigins\.(\d+)$/.exec(p.path)?.[1] ?? Number.NaN);
              return (
                <li key={p.path + p.code}>
                  {Number.isNaN(line) ? "" : `${lines[line] ?? ""}: `}
                  {fieldMessage(p, t)}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {save.isSuccess && !save.isPending ? (
        <p role="status">{st("staff.share.sitesSaved")}</p>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={save.isPending}>
          {st("staff.share.sitesSave")}
        </button>
      </p>
    </form>
  );
}
