import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary, TextField, useFormErrors } from "../../components/form.js";
import { AdminOnly, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import { staffEndpoints } from "./api.js";
import { type PolisFiles, sortPolisFiles } from "./polisFiles.js";
import { conversationsPath, staffKeys } from "./shared.js";

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Import a Polis export folder's files as a closed conversation. */
export function ImportPage() {
  const { ct } = useCt();
  const { org, isAdmin } = useStaffContext();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [files, setFiles] = useState<PolisFiles<File>>({});
  const [ignored, setIgnored] = useState<string[]>([]);
  const form = useFormErrors((path) =>
    path.startsWith("files") ? "imp-files" : path === "title" ? "imp-title" : undefined,
  );
  const upload = useMutation({
    mutationFn: async (chosen: { title: string; comments: File; votes: File }) =>
      staffEndpoints.import(org.slug, {
        ...(chosen.title ? { title: chosen.title } : {}),
        files: {
          comments: await readText(chosen.comments),
          votes: await readText(chosen.votes),
          ...(files.participantsVotes
            ? { participantsVotes: await readText(files.participantsVotes) }
            : {}),
          ...(files.summary ? { summary: await readText(files.summary) } : {}),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.list(org.slug) }),
  });
  const busy = upload.isPending;
  useDocumentTitle(ct("staff.import.title"));
  if (!isAdmin) return <AdminOnly />;

  const choose = (list: FileList | null) => {
    const sorted = sortPolisFiles([...(list ?? [])]);
    setFiles(sorted.files);
    setIgnored(sorted.ignored.map((f) => f.name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!files.comments || !files.votes) {
      form.fail([{ field: "imp-files", message: ct("staff.import.missing") }]);
      return;
    }
    upload.mutate(
      { title: title.trim(), comments: files.comments, votes: files.votes },
      {
        onSuccess: (created) => navigate(`${conversationsPath(org.slug)}/${created.id}`),
        onError: form.failWith,
      },
    );
  };

  const fileError = form.fieldError("imp-files");
  return (
    <div>
      <h1 tabIndex={-1}>{ct("staff.import.title")}</h1>
      <p>{ct("staff.import.intro")}</p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <TextField
          id="imp-title"
          label={ct("staff.import.titleLabel")}
          hint={ct("staff.import.titleHint")}
          maxLength={200}
          value={title}
          onChange={setTitle}
          error={form.fieldError("imp-title")}
        />
        <div className={fileError ? "field field--invalid" : "field"}>
          <label htmlFor="imp-files">{ct("staff.import.filesLabel")}</label>
          <p className="field__hint" id="imp-files-hint">
            {ct("staff.import.filesHint")}
          </p>
          {fileError ? (
            <p className="field__error" id="imp-files-error">
              {fileError}
            </p>
          ) : null}
          <input
            id="imp-files"
            type="file"
            multiple
            accept=".csv,text/csv"
            onChange={(e) => choose(e.target.files)}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "imp-files-hint imp-files-error" : "imp-files-hint"}
          />
        </div>
        <ul className="conv-filelist" aria-live="polite">
          {(["comments", "votes", "participantsVotes", "summary"] as const).map((key) => (
            <li key={key}>
              {ct(`staff.import.file.${key}`)}: {files[key]?.name ?? ct("staff.import.notChosen")}
            </li>
          ))}
          {ignored.length > 0 ? (
            <li>{ct("staff.import.ignored", { names: ignored.join(", ") })}</li>
          ) : null}
        </ul>
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? ct("staff.import.busy") : ct("staff.import.submit")}
        </button>
      </form>
    </div>
  );
}
