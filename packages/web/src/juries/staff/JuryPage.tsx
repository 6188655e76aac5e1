import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { juryStaffEndpoints, PHASES, type Post } from "../api.js";
import { useJt } from "../i18n/index.js";
import { HearingsSection } from "./HearingsSection.js";
import { MaterialsSection } from "./MaterialsSection.js";
import { MembersSection } from "./MembersSection.js";
import { ResponseSection } from "./ResponseSection.js";
import { SetupSection } from "./SetupSection.js";
import { StatementSection } from "./StatementSection.js";

/**
 * One jury for staff: starting it, the phase and moving it, editing its set-up, the members,
 * materials, hearings, the moderation queue, summaries, the statement and the decision-makers'
 * response.
 */
export function JuryPage() {
  const { jt } = useJt();
  const { juryId = "" } = useParams();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const key = ["juries", org.slug, juryId];
  const jury = useQuery({
    queryKey: key,
    queryFn: () => juryStaffEndpoints.jury(org.slug, juryId),
  });
  const members = useQuery({
    queryKey: [...key, "members"],
    queryFn: () => juryStaffEndpoints.members(org.slug, juryId),
  });
  const facilitator = can(membership, "jury.facilitate");
  const manager = can(membership, "jury.manage");
  const posts = useQuery({
    queryKey: [...key, "posts"],
    queryFn: () => juryStaffEndpoints.posts(org.slug, juryId),
    enabled: facilitator,
  });
  useDocumentTitle(jury.data?.title ?? jt("staff.title"));
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const move = useMutation({
    mutationFn: (phase: (typeof PHASES)[number]) =>
      juryStaffEndpoints.phase(org.slug, juryId, phase),
    onSuccess: refresh,
    onError: failWith,
  });
  const start = useMutation({
    mutationFn: () => juryStaffEndpoints.status(org.slug, juryId, "running"),
    onSuccess: refresh,
    onError: failWith,
  });
  const j = jury.data;
  if (!j) return <div className="page" />;
  const at = PHASES.indexOf(j.phase);
  const next = PHASES[at + 1];
  const previous = PHASES[at - 1];
  return (
    <div className="page">
      <h1 tabIndex={-1}>{j.title}</h1>
      <ErrorSummary errors={errors} attempt={attempt} />
      <p>
        {jt(`staff.statuses.${j.status}`)} ·{" "}
        <Link to={`/${org.slug}/juries/${j.id}`}>{jt("staff.publicPage")}</Link>
        {can(membership, "reports.read") ? (
          <>
            {" · "}
            <Link to={`/${org.slug}/staff/reports/juries/${j.id}`}>{jt("staff.brief")}</Link>
          </>
        ) : null}
      </p>
      {manager && j.status === "draft" ? (
        <button type="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {jt("staff.start")}
        </button>
      ) : null}
      <p role="status">{jt("staff.phase", { phase: jt(`phases.${j.phase}`) })}</p>
      {facilitator && j.status === "running" ? (
        <div className="button-row">
          {previous ? (
            <button type="button" onClick={() => move.mutate(previous)} disabled={move.isPending}>
              {jt("staff.moveTo", { phase: jt(`phases.${previous}`) })}
            </button>
          ) : null}
          {next ? (
            <button type="button" onClick={() => move.mutate(next)} disabled={move.isPending}>
              {jt("staff.moveTo", { phase: jt(`phases.${next}`) })}
            </button>
          ) : null}
        </div>
      ) : null}
      {manager && j.status !== "finished" ? (
        <SetupSection key={`setup-${j.id}`} slug={org.slug} jury={j} onSaved={refresh} />
      ) : null}
      <h2>{jt("staff.members")}</h2>
      <ul>
        {members.data?.members.map((m) => (
          <li key={m.id}>
            {m.label}
            {m.active ? "" : ` (${jt("staff.awaitingConsent")})`}
          </li>
        ))}
      </ul>
      {manager && members.data ? (
        <MembersSection juryId={juryId} members={members.data.members} onChanged={refresh} />
      ) : null}
      <MaterialsSection juryId={juryId} mayAdd={facilitator} />
      <HearingsSection juryId={juryId} members={members.data?.members ?? []} mayAdd={facilitator} />
      {facilitator && posts.data ? (
        <Moderation
          posts={posts.data.posts}
          juryId={juryId}
          onChanged={refresh}
          onError={failWith}
        />
      ) : null}
      <StatementSection slug={org.slug} jury={j} mayStart={manager} />
      <ResponseSection
        key={`response-${j.id}`}
        slug={org.slug}
        jury={j}
        mayRecord={manager}
        onSaved={refresh}
      />
    </div>
  );
}

function Moderation(props: {
  posts: Post[];
  juryId: string;
  onChanged: () => unknown;
  onError: (e: unknown) => void;
}) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState("");
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "approve" | "hide" | "pin" }) =>
      juryStaffEndpoints.moderate(org.slug, props.juryId, id, action, reasons[id] ?? ""),
    onSuccess: props.onChanged,
    onError: props.onError,
  });
  const write = useMutation({
    mutationFn: () => juryStaffEndpoints.summary(org.slug, props.juryId, summary),
    onSuccess: () => {
      setSummary("");
      return props.onChanged();
    },
    onError: props.onError,
  });
  const waiting = props.posts.filter((p) => p.status === "pending");
  return (
    <section aria-labelledby="jury-moderation">
      <h2 id="jury-moderation">{jt("staff.moderation")}</h2>
      {waiting.length === 0 ? <p>{jt("staff.queueEmpty")}</p> : null}
      <ul>
        {props.posts.map((p) => (
          <li key={p.id} className="card">
            <p>
              <strong>{p.author}</strong>: {p.body}
            </p>
            {p.flags.length > 0 ? <p>{jt("staff.flags", { flags: p.flags.join(", ") })}</p> : null}
            {p.status === "hidden" ? (
              <p>{jt("staff.hidden", { reason: p.moderationReason })}</p>
            ) : null}
            {p.status !== "hidden" ? (
              <div className="button-row">
                {p.status === "pending" ? (
                  <button type="button" onClick={() => act.mutate({ id: p.id, action: "approve" })}>
                    {jt("staff.approve")}
                  </button>
                ) : (
                  <button type="button" onClick={() => act.mutate({ id: p.id, action: "pin" })}>
                    {jt("staff.pin")}
                  </button>
                )}
                <label htmlFor={`reason-${p.id}`}>{jt("staff.reason")}</label>
                <input
                  id={`reason-${p.id}`}
                  value={reasons[p.id] ?? ""}
                  onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })}
                  maxLength={500}
                />
                <button type="button" onClick={() => act.mutate({ id: p.id, action: "hide" })}>
                  {jt("staff.hide")}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (summary.trim()) write.mutate();
        }}
      >
        <label htmlFor="jury-summary">{jt("staff.summary")}</label>
        <textarea
          id="jury-summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          maxLength={8000}
          rows={4}
        />
        <button type="submit">{jt("staff.publish")}</button>
      </form>
    </section>
  );
}
