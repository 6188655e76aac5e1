import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { deliberationEndpoints } from "./api.js";
import { useDt } from "./i18n/index.js";
import { Outcomes } from "./Outcomes.js";
import { SupportTable } from "./SupportTable.js";
import "./deliberation.css";

/** `/:slug/statements/:statementId`: a published statement, its support and hand-over. */
export function PublicStatementPage() {
  const { slug = "", statementId = "" } = useParams();
  const { dt, t, language } = useDt();
  const data = useQuery({
    queryKey: ["deliberation", slug, "public", statementId],
    queryFn: () => deliberationEndpoints.statement(slug, statementId),
  });
  useDocumentTitle(data.data?.title ?? dt("public.title"));
  if (data.isPending) return <p className="page status">{t("common.loading")}</p>;
  if (data.isError || !data.data) {
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {dt("public.notFound")}
        </p>
      </div>
    );
  }
  const s = data.data;
  const preamble = localized(s.preamble, language);
  const general = s.minorityOpinions.filter((m) => !m.recommendationId);
  return (
    <div className="page deliberation-page">
      <p className="deliberation-kicker">{dt(`kinds.${s.kind}`)}</p>
      <h1 tabIndex={-1}>{s.title}</h1>
      <p>
        <a href={deliberationEndpoints.pdfUrl(slug, s.id, language)}>{dt("public.pdf")}</a>
      </p>
      {preamble ? (
        <section aria-labelledby="statement-preamble">
          <h2 id="statement-preamble">{dt("public.preamble")}</h2>
          <p className="deliberation-preamble">{preamble}</p>
        </section>
      ) : null}
      <section aria-labelledby="statement-recommendations">
        <h2 id="statement-recommendations">{dt("public.recommendations")}</h2>
        <p>{dt(`support.explain.${s.supportScale}`)}</p>
        {s.recommendations.map((r) => (
          <article
            key={r.id}
            aria-labelledby={`rec-${r.id}`}
            className="deliberation-recommendation"
          >
            <h3 id={`rec-${r.id}`}>
              {r.number}. {r.title}
            </h3>
            <p>{r.text}</p>
            {r.rationale ? (
              <>
                <h4>{dt("public.rationale")}</h4>
                <p>{r.rationale}</p>
              </>
            ) : null}
            <h4>{dt("public.support")}</h4>
            <SupportTable id={`support-${r.id}`} scale={s.scale} support={r.support} />
            <Outcomes id={`outcomes-${r.id}`} outcomes={r.outcomes} />
            {s.minorityOpinions
              .filter((m) => m.recommendationId === r.id)
              .map((m) => (
                <aside
                  key={m.id}
                  className="deliberation-minority"
                  aria-label={dt("public.minority")}
                >
                  <p>
                    <strong>{dt("public.minorityOne", { count: m.supporters })}</strong> {m.text}
                  </p>
                </aside>
              ))}
          </article>
        ))}
      </section>
      {general.length > 0 ? (
        <section aria-labelledby="statement-minority">
          <h2 id="statement-minority">{dt("public.minority")}</h2>
          {general.map((m) => (
            <p key={m.id}>
              <strong>{dt("public.minorityOne", { count: m.supporters })}</strong> {m.text}
            </p>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="statement-adoption">
        <h2 id="statement-adoption">{dt("public.adoption")}</h2>
        <dl className="deliberation-facts">
          <dt>{dt("public.adopted")}</dt>
          <dd>
            {formatDate(s.adoptedAt, language)} – {s.adoptedHow}
          </dd>
          <dt>{dt("public.handedOver")}</dt>
          <dd>
            {s.handedOverOn
              ? `${formatDate(s.handedOverOn, language)} – ${s.handedOverTo}${s.handoverNote ? `. ${s.handoverNote}` : ""}`
              : dt("public.notHandedOver")}
          </dd>
        </dl>
      </section>
    </div>
  );
}
