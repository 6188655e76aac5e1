import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { Status } from "../../../components/form.js";
import { can, useStaffContext } from "../../../components/StaffContext.js";
import { errorMessage } from "../../../lib/errors.js";
import { useDocumentTitle } from "../../../lib/useDocumentTitle.js";
import { surveyStaffEndpoints } from "../../api.js";
import { useTt } from "../../results/i18n/index.js";
import { themeEndpoints } from "./api.js";

/** `staff/surveys/:surveyId/themes`: the open questions' analyses and the results page. */
export function OverviewPage() {
  const { surveyId = "" } = useParams();
  const { tt, t, language } = useTt();
  const { org, membership } = useStaffContext();
  const survey = useQuery({
    queryKey: ["surveys", org.slug, surveyId],
    queryFn: () => surveyStaffEndpoints.get(org.slug, surveyId),
  });
  const list = useQuery({
    queryKey: ["survey-analyses", org.slug, surveyId],
    queryFn: () => themeEndpoints.list(org.slug, surveyId),
  });
  const mayPublish = can(membership, "survey.publish");
  const publication = useQuery({
    queryKey: ["survey-publication", org.slug, surveyId],
    queryFn: () => themeEndpoints.publication(org.slug, surveyId),
    enabled: mayPublish,
  });
  const [visibility, setVisibility] = useState<"public" | "link">("public");
  const [token, setToken] = useState<string | undefined>();
  const publish = useMutation({
    mutationFn: () => themeEndpoints.publish(org.slug, surveyId, visibility),
    onSuccess: async (res) => {
      setToken(res.token);
      await publication.refetch();
    },
  });
  const unpublish = useMutation({
    mutationFn: () => themeEndpoints.unpublish(org.slug, surveyId),
    onSuccess: async () => {
      setToken(undefined);
      await publication.refetch();
    },
  });
  useDocumentTitle(tt("themes.title"));
  if (!survey.data || !list.data) return <Status>{t("common.loading")}</Status>;
  const p = publication.data;
  const pagePath = `/${org.slug}/surveys/${survey.data.slug}/results`;
  const failed = publish.error ?? unpublish.error;
  return (
    <div className="page survey-themes">
      <h1 tabIndex={-1}>{survey.data.title}</h1>
      <h2>{tt("themes.questions")}</h2>
      <ul>
        {list.data.items.map((q) => (
          <li key={q.questionId}>
            <Link to={q.questionId}>{q.text[language] ?? q.text.fi ?? q.questionId}</Link> —{" "}
            {!q.analysis
              ? tt("themes.notAnalysed")
              : q.analysis.signedOffAt
                ? tt("themes.signedOff", {
                    by: "",
                    at: new Date(q.analysis.signedOffAt).toLocaleString(language),
                  })
                : q.analysis.status === "running"
                  ? tt("themes.running", {
                      step: "",
                      done: q.analysis.done,
                      total: q.analysis.total,
                    })
                  : tt("themes.notSignedOff")}
          </li>
        ))}
      </ul>
      {mayPublish ? (
        <section>
          <h2>{tt("publication.title")}</h2>
          <p>
            {p?.published && p.publishedAt
              ? tt("publication.published", {
                  at: new Date(p.publishedAt).toLocaleString(language),
                  visibility: tt(`publication.${p.visibility ?? "public"}`),
                })
              : tt("publication.notPublished")}
          </p>
          <p>{tt("publication.needsSignOff")}</p>
          <fieldset>
            <legend>{tt("publication.title")}</legend>
            {(["public", "link"] as const).map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name="visibility"
                  checked={visibility === v}
                  onChange={() => setVisibility(v)}
                />{" "}
                {tt(`publication.${v}`)}
              </label>
            ))}
          </fieldset>
          <div className="theme-actions">
            <button type="button" onClick={() => publish.mutate()}>
              {p?.published ? tt("publication.republish") : tt("publication.publish")}
            </button>
            {p?.published ? (
              <button type="button" onClick={() => unpublish.mutate()}>
                {tt("publication.unpublish")}
              </button>
            ) : null}
            {p?.published && p.visibility === "public" ? (
              <a href={pagePath}>{tt("publication.view")}</a>
            ) : null}
          </div>
          <div role="status" aria-live="polite">
            {failed ? errorMessage(failed, t) : null}
            {token ? (
              <p>
                {tt("publication.linkOnce")}{" "}
                <code>{`${window.location.origin}${pagePath}#${token}`}</code>
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
