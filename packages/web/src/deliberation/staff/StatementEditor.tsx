import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import {
  deliberationStaffEndpoints,
  type StatementDetail,
  type StatementStatus,
  type SupportResult,
} from "../api.js";
import { useDt } from "../i18n/index.js";
import { ClosingSection } from "./ClosingSection.js";
import { ProposalsSection } from "./ProposalsSection.js";
import { RecommendationCard } from "./RecommendationCard.js";
import { detailKey, useStatementWrite } from "./useStatementWrite.js";

const WORKING: StatementStatus[] = ["drafting", "amending", "support_check"];

/** While the support check runs: the results pushed over SSE replace the page's figures. */
function useLiveSupport(slug: string, s: StatementDetail | undefined) {
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  const active = s?.status === "support_check";
  const id = s?.id;
  useEffect(() => {
    if (!active || !id || typeof EventSource === "undefined") return;
    const source = new EventSource(deliberationStaffEndpoints.liveUrl(slug, id));
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener("results", (event) => {
      const { results } = JSON.parse((event as MessageEvent<string>).data) as {
        results: SupportResult[];
      };
      client.setQueryData<StatementDetail>(detailKey(slug, id), (old) =>
        old
          ? {
              ...old,
              recommendations: old.recommendations.map((r) => ({
                ...r,
                support: results.find((x) => x.recommendationId === r.id) ?? r.support,
              })),
            }
          : old,
      );
    });
    return () => source.close();
  }, [active, id, slug, client]);
  return live && active;
}

/** `/:slug/staff/statements/:statementId`: the statement editor. */
export function StatementEditor() {
  const { statementId = "" } = useParams();
  const { dt } = useDt();
  const { org, membership } = useStaffContext();
  const mayEdit = can(membership, "statement.edit");
  const data = useQuery({
    queryKey: detailKey(org.slug, statementId),
    queryFn: () => deliberationStaffEndpoints.detail(org.slug, statementId),
  });
  const s = data.data;
  useDocumentTitle(s?.title ?? dt("staff.title"));
  const live = useLiveSupport(org.slug, s);
  const status = useStatementWrite(org.slug, statementId, "status", (to: StatementStatus) =>
    deliberationStaffEndpoints.status(org.slug, statementId, to),
  );
  /** The preamble as edited; null until a field is changed (the saved one is shown). */
  const [edited, setPreamble] = useState<Record<string, string> | null>(null);
  const preamble: Record<string, string> = edited ?? s?.preamble ?? {};
  const edit = useStatementWrite(
    org.slug,
    statementId,
    "preamble",
    (input: Record<string, string>) =>
      deliberationStaffEndpoints.edit(org.slug, statementId, { preamble: input }),
  );
  if (data.isPending) return <p className="status">{dt("staff.loading")}</p>;
  if (!s) {
    return (
      <p className="notice notice--error" role="alert">
        {dt("staff.notFound")}
      </p>
    );
  }
  const step = WORKING.indexOf(s.status);
  const editable = mayEdit && step >= 0;
  const savePreamble = (e: FormEvent) => {
    e.preventDefault();
    edit.mutation.mutate(preamble);
  };
  return (
    <div className="page deliberation-page deliberation-staff">
      <p>
        <Link to="..">{dt("staff.back")}</Link>
      </p>
      <h1 tabIndex={-1}>{s.title}</h1>
      <p>
        {dt(`owners.${s.ownerKind}`)} {s.ownerId} · {dt(`scales.${s.supportScale}`)} ·{" "}
        <strong>{dt(`status.${s.status}`)}</strong>
      </p>
      {editable ? (
        <fieldset className="deliberation-choices">
          <legend>{dt("editor.stage")}</legend>
          <ErrorSummary errors={status.errors} attempt={status.attempt} />
          {step > 0 ? (
            <button type="button" onClick={() => status.mutation.mutate(WORKING[step - 1]!)}>
              {dt("editor.backTo", { status: dt(`status.${WORKING[step - 1]!}`) })}
            </button>
          ) : null}{" "}
          {step < WORKING.length - 1 ? (
            <button type="button" onClick={() => status.mutation.mutate(WORKING[step + 1]!)}>
              {dt("editor.moveTo", { status: dt(`status.${WORKING[step + 1]!}`) })}
            </button>
          ) : null}
        </fieldset>
      ) : null}
      {live ? <Status>{dt("editor.live")}</Status> : null}
      <section aria-labelledby="preamble-heading">
        <h2 id="preamble-heading">{dt("public.preamble")}</h2>
        {editable ? (
          <form onSubmit={savePreamble} noValidate aria-labelledby="preamble-heading">
            <ErrorSummary errors={edit.errors} attempt={edit.attempt} />
            {org.languages.map((language) => (
              <div className="field" key={language}>
                <label htmlFor={`preamble-${language}`}>{dt(`languages.${language}`)}</label>
                <textarea
                  id={`preamble-${language}`}
                  lang={language}
                  rows={4}
                  maxLength={10_000}
                  value={preamble[language] ?? ""}
                  onChange={(e) => setPreamble({ ...preamble, [language]: e.target.value })}
                />
              </div>
            ))}
            <button type="submit" disabled={edit.mutation.isPending}>
              {dt("editor.save")}
            </button>
          </form>
        ) : (
          org.languages.map((language) =>
            s.preamble[language] ? (
              <p key={language} lang={language} className="deliberation-preamble">
                {s.preamble[language]}
              </p>
            ) : null,
          )
        )}
      </section>
      <ProposalsSection slug={org.slug} s={s} mayEdit={mayEdit} />
      <section aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{dt("public.recommendations")}</h2>
        {s.recommendations.length === 0 ? <p>{dt("editor.noRecommendations")}</p> : null}
        {s.recommendations.map((r) => (
          <RecommendationCard
            key={`${r.id}-${r.version}`}
            slug={org.slug}
            s={s}
            r={r}
            mayEdit={mayEdit}
          />
        ))}
      </section>
      <ClosingSection slug={org.slug} s={s} mayEdit={mayEdit} />
      {s.participants.length > 0 ? (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">
            {dt("editor.participants", { count: s.participants.length })}
          </h2>
          <p>{s.participants.map((p) => p.label).join(", ")}</p>
        </section>
      ) : null}
    </div>
  );
}
