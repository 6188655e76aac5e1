import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDate } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { juryEndpoints } from "./api.js";
import { useJt } from "./i18n/index.js";
import { inLanguage } from "./JurySpacePage.js";

/** A jury's public page: the question, the published statement and the decision-makers' response beside it. */
export function PublicJuryPage() {
  const { jt, language } = useJt();
  const { slug = "", juryId = "" } = useParams();
  const page = useQuery({
    queryKey: ["jury-page", slug, juryId],
    queryFn: () => juryEndpoints.page(slug, juryId),
  });
  const p = page.data;
  useDocumentTitle(p?.title ?? jt("space.title"));
  if (!p) return <div className="page" />;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{p.title}</h1>
      <p className="lead">{inLanguage(p.question, language)}</p>
      <p>
        {p.audience ? `${p.audience} · ` : ""}
        {jt("public.jurors", { count: p.jurors })} · {jt(`phases.${p.phase}`)}
      </p>
      <section aria-labelledby="jury-statement">
        <h2 id="jury-statement">{jt("public.statement")}</h2>
        {p.statementId ? (
          <ul>
            <li>
              <Link to={`/${slug}/statements/${p.statementId}`}>{jt("public.openStatement")}</Link>
            </li>
            <li>
              <a
                href={`/api/orgs/${slug}/deliberation/public/${p.statementId}/statement.pdf?lang=${language}`}
              >
                {jt("public.pdf")}
              </a>
            </li>
          </ul>
        ) : (
          <p>{jt("public.noStatement")}</p>
        )}
      </section>
      {p.decisionResponse ? (
        <section aria-labelledby="jury-response">
          <h2 id="jury-response">{jt("public.response")}</h2>
          <p>
            {jt("public.responseBy", {
              body: p.decisionResponse.body,
              date: formatDate(p.decisionResponse.date, language),
            })}
          </p>
          <p style={{ whiteSpace: "pre-line" }}>{inLanguage(p.decisionResponse.text, language)}</p>
        </section>
      ) : null}
    </div>
  );
}
