import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorSummary, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";

const FIELDS: Record<string, string> = {
  "title.fi": "rt-title-fi",
  "title.sv": "rt-title-sv",
  "title.en": "rt-title-en",
  theme: "rt-theme",
  organizerUnit: "rt-unit",
};

/** The organization's round-table processes and a form to create one. */
export function RoundTablesPage() {
  const { rt, language } = useRt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(rt("staff.title"));
  const navigate = useNavigate();
  const [title, setTitle] = useState({ fi: "", sv: "", en: "" });
  const [theme, setTheme] = useState("");
  const [unit, setUnit] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors(
    (path) => FIELDS[path.replace(/^body\./, "")],
  );
  const list = useQuery({
    queryKey: ["roundtables", org.slug, "list"],
    queryFn: () => roundTableStaffEndpoints.list(org.slug),
  });
  const create = useMutation({
    mutationFn: () =>
      roundTableStaffEndpoints.create(org.slug, { title, theme, organizerUnit: unit }),
    onSuccess: (made) => navigate(made.id),
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="page roundtable-staff">
      <h1 tabIndex={-1}>{rt("staff.title")}</h1>
      {list.data?.roundTables.length === 0 ? <p>{rt("staff.none")}</p> : null}
      <ul>
        {list.data?.roundTables.map((r) => (
          <li key={r.id}>
            <Link to={r.id}>{localized(r.title, language)}</Link> – {rt(`status.${r.status}`)}
          </li>
        ))}
      </ul>
      {can(membership, "roundtable.manage") ? (
        <form onSubmit={submit} noValidate aria-labelledby="rt-new-heading">
          <h2 id="rt-new-heading">{rt("staff.new")}</h2>
          <ErrorSummary errors={errors} attempt={attempt} />
          {(["fi", "sv", "en"] as const).map((lang) => (
            <TextField
              key={lang}
              id={`rt-title-${lang}`}
              label={rt(`staff.title${lang === "fi" ? "Fi" : lang === "sv" ? "Sv" : "En"}`)}
              value={title[lang]}
              onChange={(v) => setTitle({ ...title, [lang]: v })}
              error={fieldError(`rt-title-${lang}`)}
              maxLength={300}
              lang={lang}
              required={lang === "fi"}
            />
          ))}
          <TextField
            id="rt-theme"
            label={rt("staff.theme")}
            value={theme}
            onChange={setTheme}
            error={fieldError("rt-theme")}
            maxLength={2000}
          />
          <TextField
            id="rt-unit"
            label={rt("staff.organizerUnit")}
            value={unit}
            onChange={setUnit}
            error={fieldError("rt-unit")}
            maxLength={200}
          />
          <button type="submit" disabled={create.isPending}>
            {rt("staff.create")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
