import { type FormEvent, useState } from "react";
import { ErrorSummary, TextField } from "../../components/form.js";
import { formatDateTime } from "../../lib/format.js";
import {
  type DraftRecommendation,
  deliberationStaffEndpoints,
  type StatementDetail,
} from "../api.js";
import { useDt } from "../i18n/index.js";
import { SupportTable } from "../SupportTable.js";
import { useStatementWrite } from "./useStatementWrite.js";

const EDITABLE = ["drafting", "amending", "support_check"];

/** One amendment with the facilitator's accept / reject (with a reason). */
function AmendmentItem(props: {
  slug: string;
  s: StatementDetail;
  a: DraftRecommendation["amendments"][number];
  mayDecide: boolean;
}) {
  const { dt } = useDt();
  const { a } = props;
  const [reason, setReason] = useState("");
  const prefix = `decide-${a.id}`;
  const decide = useStatementWrite(
    props.slug,
    props.s.id,
    prefix,
    (decision: "accepted" | "rejected") =>
      deliberationStaffEndpoints.decide(props.slug, props.s.id, a.id, {
        decision,
        ...(reason ? { reason } : {}),
      }),
  );
  return (
    <li>
      <p>
        <strong>{a.participant}</strong> ({dt("editor.onVersion", { version: a.baseVersion })}):{" "}
        {a.proposedText ? <q>{a.proposedText}</q> : null} {a.comment}
      </p>
      <p>
        {dt(`amendmentStatus.${a.status}`)}
        {a.reason ? `: ${a.reason}` : ""}
      </p>
      {a.status === "proposed" && props.mayDecide ? (
        <div>
          <ErrorSummary errors={decide.errors} attempt={decide.attempt} />
          <TextField
            id={`${prefix}-reason`}
            label={dt("editor.rejectReason")}
            value={reason}
            onChange={setReason}
            error={decide.fieldError(`${prefix}-reason`)}
            maxLength={2000}
          />
          <button
            type="button"
            onClick={() => decide.mutation.mutate("accepted")}
            disabled={decide.mutation.isPending}
          >
            {dt("editor.accept")}
          </button>{" "}
          <button
            type="button"
            onClick={() => decide.mutation.mutate("rejected")}
            disabled={decide.mutation.isPending}
          >
            {dt("editor.reject")}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** A draft recommendation: edit, its versions, amendments and support result. */
export function RecommendationCard({
  slug,
  s,
  r,
  mayEdit,
}: {
  slug: string;
  s: StatementDetail;
  r: DraftRecommendation;
  mayEdit: boolean;
}) {
  const { dt, language } = useDt();
  const editable = mayEdit && EDITABLE.includes(s.status);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(r.title);
  const [text, setText] = useState(r.text);
  const [rationale, setRationale] = useState(r.rationale);
  const prefix = `rec-${r.id}`;
  const edit = useStatementWrite(
    slug,
    s.id,
    prefix,
    (changes: {
      title?: string;
      text?: string;
      rationale?: string;
      status?: "draft" | "withdrawn";
    }) => deliberationStaffEndpoints.editRecommendation(slug, s.id, r.id, changes),
    () => setEditing(false),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutation.mutate({ title, text, rationale });
  };
  return (
    <article className="deliberation-recommendation" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>
        {r.number}. {r.title} {r.status === "withdrawn" ? `(${dt("editor.withdrawn")})` : ""}
      </h3>
      <p>{r.text}</p>
      {r.rationale ? (
        <p>
          {dt("editor.rationale")}: {r.rationale}
        </p>
      ) : null}
      <p>{dt("editor.version", { version: r.version })}</p>
      {editable ? (
        <p>
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {dt("editor.edit")}
          </button>{" "}
          <button
            type="button"
            onClick={() =>
              edit.mutation.mutate({ status: r.status === "draft" ? "withdrawn" : "draft" })
            }
          >
            {r.status === "draft" ? dt("editor.withdraw") : dt("editor.restore")}
          </button>
        </p>
      ) : null}
      {editing ? (
        <form onSubmit={submit} noValidate aria-label={dt("editor.edit")}>
          <ErrorSummary errors={edit.errors} attempt={edit.attempt} />
          <TextField
            id={`${prefix}-title`}
            label={dt("editor.recTitle")}
            value={title}
            onChange={setTitle}
            error={edit.fieldError(`${prefix}-title`)}
            maxLength={300}
            required
          />
          <div className="field">
            <label htmlFor={`${prefix}-text`}>{dt("editor.recText")}</label>
            <textarea
              id={`${prefix}-text`}
              rows={4}
              value={text}
              maxLength={5000}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-rationale`}>{dt("editor.rationale")}</label>
            <textarea
              id={`${prefix}-rationale`}
              rows={3}
              value={rationale}
              maxLength={5000}
              onChange={(e) => setRationale(e.target.value)}
            />
          </div>
          <button type="submit" disabled={edit.mutation.isPending}>
            {dt("editor.save")}
          </button>
        </form>
      ) : null}
      <details>
        <summary>{dt("editor.versions", { count: r.versions.length })}</summary>
        <ol>
          {r.versions.map((v) => (
            <li key={v.version}>
              {dt(`versionCause.${v.cause as "created" | "edited" | "amendment"}`)}{" "}
              {formatDateTime(v.createdAt, language)}: {v.text}
            </li>
          ))}
        </ol>
      </details>
      <h4>{dt("editor.amendments")}</h4>
      {r.amendments.length === 0 ? <p>{dt("editor.noAmendments")}</p> : null}
      <ul className="deliberation-amendments">
        {r.amendments.map((a) => (
          <AmendmentItem
            key={a.id}
            slug={slug}
            s={s}
            a={a}
            mayDecide={mayEdit && (s.status === "amending" || s.status === "support_check")}
          />
        ))}
      </ul>
      <h4>{dt("editor.support")}</h4>
      <SupportTable id={`${prefix}-support`} scale={s.scale} support={r.support} />
      {r.support.notAnswered.length > 0 ? (
        <p>{dt("editor.notAnswered", { names: r.support.notAnswered.join(", ") })}</p>
      ) : null}
    </article>
  );
}
