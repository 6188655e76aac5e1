import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { actionStaffEndpoints, type ImportInput } from "../api.js";
import { useAt } from "../i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.title": "actions-title",
  "body.file": "actions-file",
};

/** The bytes of a file as base64, for the JSON body. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The organization's action tables and a form to import one from a CSV file. */
export function TablesPage() {
  const { at, language } = useAt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(at("staff.title"));
  const client = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const { errors, attempt, fail, failWith, fieldError } = useFormErrors((path) =>
    path.startsWith("file") ? "actions-file" : FIELDS[path],
  );
  const tables = useQuery({
    queryKey: ["actions", org.slug, "tables"],
    queryFn: () => actionStaffEndpoints.tables(org.slug),
  });
  const importTable = useMutation({
    mutationFn: async () => {
      const json: ImportInput = { title, file: await base64Of(file!), publish };
      return actionStaffEndpoints.importTable(org.slug, json);
    },
    onSuccess: async (table) => {
      await client.invalidateQueries({ queryKey: ["actions", org.slug, "tables"] });
      navigate(table.id);
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      fail([{ field: "actions-file", message: at("staff.file") }]);
      return;
    }
    importTable.mutate();
  };
  return (
    <div className="page actions-page">
      <h1 tabIndex={-1}>{at("staff.title")}</h1>
      {tables.data?.tables.length === 0 ? <p>{at("staff.none")}</p> : null}
      <ul className="actions-tables">
        {tables.data?.tables.map((table) => (
          <li key={table.id}>
            <Link to={table.id}>{table.title}</Link> –{" "}
            {table.published ? at("staff.published") : at("staff.draft")},{" "}
            {formatDate(table.updatedAt, language)}
          </li>
        ))}
      </ul>
      {can(membership, "actions.manage") ? (
        <form onSubmit={submit} noValidate aria-labelledby="actions-import-heading">
          <h2 id="actions-import-heading">{at("staff.import")}</h2>
          <p id="actions-import-hint">{at("staff.importHint")}</p>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="actions-title"
            label={at("staff.tableTitle")}
            value={title}
            onChange={setTitle}
            error={fieldError("actions-title")}
            maxLength={200}
            required
          />
          <div className={fieldError("actions-file") ? "field field--invalid" : "field"}>
            <label htmlFor="actions-file">{at("staff.file")}</label>
            <input
              id="actions-file"
              type="file"
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="actions-import-hint"
              aria-invalid={fieldError("actions-file") ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={publish}
                onChange={(e) => setPublish(e.target.checked)}
              />{" "}
              {at("staff.publishNow")}
            </label>
          </div>
          <button type="submit" disabled={importTable.isPending}>
            {at("staff.importButton")}
          </button>
          {importTable.isSuccess ? <Status>{at("staff.imported")}</Status> : null}
        </form>
      ) : null}
    </div>
  );
}
