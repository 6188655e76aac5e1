import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { deliberationStaffEndpoints, type NewStatement } from "../api.js";
import { useDt } from "../i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.title": "statement-title",
  "body.ownerId": "statement-owner-id",
};

/** The organization's statements and a form to start one. */
export function StatementsPage() {
  const { dt, language } = useDt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(dt("staff.title"));
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [ownerKind, setOwnerKind] = useState<NewStatement["ownerKind"]>("panel");
  const [ownerId, setOwnerId] = useState("");
  const [scale, setScale] = useState<NewStatement["supportScale"]>("gradients");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => FIELDS[path]);
  const list = useQuery({
    queryKey: ["deliberation", org.slug, "statements"],
    queryFn: () => deliberationStaffEndpoints.list(org.slug),
  });
  const create = useMutation({
    mutationFn: () =>
      deliberationStaffEndpoints.create(org.slug, {
        title,
        ownerKind,
        ownerId,
        kind: ownerKind === "round_table" ? "public_statement" : "final_statement",
        supportScale: scale,
      }),
    onSuccess: (made) => navigate(made.id),
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="page deliberation-page deliberation-staff">
      <h1 tabIndex={-1}>{dt("staff.title")}</h1>
      {list.data?.statements.length === 0 ? <p>{dt("staff.none")}</p> : null}
      <ul>
        {list.data?.statements.map((s) => (
          <li key={s.id}>
            <Link to={s.id}>{s.title}</Link> – {dt(`status.${s.status}`)},{" "}
            {formatDate(s.updatedAt, language)}
          </li>
        ))}
      </ul>
      {can(membership, "statement.edit") ? (
        <form onSubmit={submit} noValidate aria-labelledby="statement-new-heading">
          <h2 id="statement-new-heading">{dt("staff.new")}</h2>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="statement-title"
            label={dt("staff.statementTitle")}
            value={title}
            onChange={setTitle}
            error={fieldError("statement-title")}
            maxLength={300}
            required
          />
          <SelectField
            id="statement-owner-kind"
            label={dt("staff.ownerKind")}
            value={ownerKind}
            onChange={(v) => setOwnerKind(v as NewStatement["ownerKind"])}
            options={(["panel", "jury", "round_table"] as const).map((k) => ({
              value: k,
              label: dt(`owners.${k}`),
            }))}
          />
          <TextField
            id="statement-owner-id"
            label={dt("staff.ownerId")}
            hint={dt("staff.ownerIdHint")}
            value={ownerId}
            onChange={setOwnerId}
            error={fieldError("statement-owner-id")}
            maxLength={200}
            required
          />
          <SelectField
            id="statement-scale"
            label={dt("staff.scale")}
            value={scale}
            onChange={(v) => setScale(v as NewStatement["supportScale"])}
            options={(["gradients", "consent"] as const).map((k) => ({
              value: k,
              label: dt(`scales.${k}`),
            }))}
          />
          <button type="submit" disabled={create.isPending}>
            {dt("staff.create")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
