import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import type { PanelDetail } from "../api.js";
import { usePt } from "../i18n/index.js";
import { type Material, type MaterialInput, sessionStaffEndpoints } from "../sessions-api.js";

const empty = { kind: "talk", fi: "", sv: "", en: "", sessionId: "", url: "", captionUrl: "" };

/** (body.)title.fi → material-title-fi; the PDF upload's errors go to the file field. */
function fieldFor(path: string): string | undefined {
  const p = path.replace(/^body\.?/, "");
  if (p === "" || p.startsWith("pdf")) return "material-pdf";
  return `material-${p.replace(/\./g, "-")}`;
}

/** On the panel page: the panel's materials (talks, reading packs, videos with captions, PDFs). */
export function MaterialsSection({ panel, manage }: { panel: PanelDetail; manage: boolean }) {
  const { pt, language } = usePt();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const key = ["panels", org.slug, panel.id, "materials"];
  const list = useQuery({
    queryKey: key,
    queryFn: () => sessionStaffEndpoints.materials(org.slug, panel.id),
  });
  const [form, setForm] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldFor);
  const set = (k: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [k]: value }));
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const add = useMutation({
    mutationFn: async () => {
      const input: MaterialInput = {
        kind: form.kind as MaterialInput["kind"],
        title: { fi: form.fi, sv: form.sv, en: form.en },
        sessionId: form.sessionId || null,
        url: form.url.trim(),
        captionUrl: form.captionUrl.trim() || null,
      };
      const saved = await sessionStaffEndpoints.addMaterial(org.slug, panel.id, input);
      if (file) await sessionStaffEndpoints.uploadPdf(org.slug, panel.id, saved.id, file);
      return saved;
    },
    onSuccess: (saved) => {
      clear();
      setForm(empty);
      setFile(null);
      setFileKey((k) => k + 1);
      setDone(pt("materials.added", { title: saved.title.fi }));
      void refresh();
    },
    onError: (error) => {
      void refresh();
      failWith(error);
    },
  });
  const remove = useMutation({
    mutationFn: (m: Material) => sessionStaffEndpoints.removeMaterial(org.slug, panel.id, m.id),
    onSuccess: (_r, m) => {
      setDone(pt("materials.removed", { title: m.title.fi }));
      void refresh();
    },
    onError: failWith,
  });
  const sessionName = (id: string | null) => {
    const s = panel.sessions.find((x) => x.id === id);
    return s ? formatDate(s.date, language) : pt("materials.wholePanel");
  };
  const kinds = ["talk", "reading", "video"] as const;
  return (
    <section aria-labelledby="panel-materials-heading">
      <h2 id="panel-materials-heading">{pt("materials.heading")}</h2>
      {done ? <Status>{done}</Status> : null}
      {list.data && list.data.materials.length === 0 ? <p>{pt("materials.none")}</p> : null}
      <ul className="material-list">
        {list.data?.materials.map((m) => (
          <li key={m.id}>
            <a
              href={m.pdf ? sessionStaffEndpoints.pdfUrl(org.slug, panel.id, m.id) : (m.url ?? "#")}
              lang={m.title[language as "fi"] ? language : "fi"}
            >
              {m.title[language as "fi"] || m.title.fi}
            </a>{" "}
            ({pt(`materials.kinds.${m.kind}`)}, {sessionName(m.sessionId)}
            {m.pdf ? ", PDF" : ""})
            {m.captionUrl ? (
              <>
                {" · "}
                <a href={m.captionUrl}>{pt("materials.captions")}</a>
              </>
            ) : null}
            {manage ? (
              <>
                {" "}
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(m)}
                >
                  {pt("materials.remove", { title: m.title.fi })}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {manage ? (
        <form
          noValidate
          aria-labelledby="panel-material-add"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <h3 id="panel-material-add">{pt("materials.add")}</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <SelectField
            id="material-kind"
            label={pt("materials.kind")}
            value={form.kind}
            onChange={set("kind")}
            options={kinds.map((k) => ({ value: k, label: pt(`materials.kinds.${k}`) }))}
            error={fieldError("material-kind")}
          />
          {(["fi", "sv", "en"] as const).map((l) => (
            <TextField
              key={l}
              id={`material-title-${l}`}
              label={pt(`materials.title.${l}`)}
              value={form[l]}
              onChange={set(l)}
              lang={l}
              maxLength={300}
              required={l === "fi"}
              error={fieldError(`material-title-${l}`)}
            />
          ))}
          <SelectField
            id="material-sessionId"
            label={pt("materials.session")}
            value={form.sessionId}
            onChange={set("sessionId")}
            options={[
              { value: "", label: pt("materials.wholePanel") },
              ...panel.sessions.map((s) => ({
                value: s.id,
                label: `${formatDate(s.date, language)} ${s.startTime}`,
              })),
            ]}
            error={fieldError("material-sessionId")}
          />
          <TextField
            id="material-url"
            label={pt("materials.url")}
            hint={pt("materials.urlHint")}
            type="url"
            inputMode="url"
            value={form.url}
            onChange={set("url")}
            maxLength={2000}
            required
            error={fieldError("material-url")}
          />
          <TextField
            id="material-captionUrl"
            label={pt("materials.captionUrl")}
            hint={pt("materials.captionHint")}
            type="url"
            inputMode="url"
            value={form.captionUrl}
            onChange={set("captionUrl")}
            maxLength={2000}
            required={form.kind === "video"}
            error={fieldError("material-captionUrl")}
          />
          <div className={fieldError("material-pdf") ? "field field--invalid" : "field"}>
            <label htmlFor="material-pdf">{pt("materials.pdf")}</label>
            <p id="material-pdf-hint" className="field__hint">
              {pt("materials.pdfHint")}
            </p>
            {fieldError("material-pdf") ? (
              <p id="material-pdf-error" className="field__error">
                {fieldError("material-pdf")}
              </p>
            ) : null}
            <input
              key={fileKey}
              id="material-pdf"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={
                fieldError("material-pdf")
                  ? "material-pdf-hint material-pdf-error"
                  : "material-pdf-hint"
              }
              aria-invalid={fieldError("material-pdf") ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" disabled={add.isPending}>
            {pt("materials.submit")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
