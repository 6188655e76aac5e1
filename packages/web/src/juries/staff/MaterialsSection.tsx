import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints, PHASES, type Phase } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder, inLanguage, LANGUAGES, TextAreaField } from "./fields.js";

const KINDS = ["text", "image", "video", "link"] as const;
type Kind = (typeof KINDS)[number];
const three = () => ({ fi: "", sv: "", en: "" });
const fieldFor = fieldsUnder("material");

/** The jury's materials per phase and adding one (text, image, video or link). */
export function MaterialsSection({ juryId, mayAdd }: { juryId: string; mayAdd: boolean }) {
  const { jt, language } = useJt();
  const { org } = useStaffContext();
  const key = ["juries", org.slug, juryId, "materials"];
  const materials = useQuery({
    queryKey: key,
    queryFn: () => juryStaffEndpoints.materials(org.slug, juryId),
  });
  const [phase, setPhase] = useState<Phase>("get_to_know");
  const [kind, setKind] = useState<Kind>("text");
  const [title, setTitle] = useState(three());
  const [body, setBody] = useState("");
  const [plainBody, setPlainBody] = useState("");
  const [url, setUrl] = useState("");
  const [altText, setAltText] = useState("");
  const [captionsUrl, setCaptionsUrl] = useState("");
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldFor);
  const add = useMutation({
    mutationFn: () =>
      juryStaffEndpoints.addMaterial(org.slug, juryId, {
        phase,
        kind,
        title,
        body: { fi: kind === "text" ? body : "" },
        plainBody: { fi: kind === "text" ? plainBody : "" },
        url: kind === "text" ? null : url.trim() || null,
        altText: { fi: kind === "image" ? altText : "" },
        captionsUrl: kind === "video" ? captionsUrl.trim() || null : null,
      }),
    onSuccess: async () => {
      clear();
      setDone(jt("staff.materialAdded", { title: title.fi }));
      setTitle(three());
      setBody("");
      setPlainBody("");
      setUrl("");
      setAltText("");
      setCaptionsUrl("");
      await materials.refetch();
    },
    onError: failWith,
  });
  return (
    <section aria-labelledby="jury-materials">
      <h2 id="jury-materials">{jt("staff.materials")}</h2>
      {materials.data?.materials.length === 0 ? <p>{jt("staff.noMaterials")}</p> : null}
      <ul>
        {materials.data?.materials.map((m) => (
          <li key={m.id}>
            {inLanguage(language, m.title)} – {jt(`staff.kinds.${m.kind}`)},{" "}
            {jt(`phases.${m.phase}`)}
          </li>
        ))}
      </ul>
      {mayAdd ? (
        <form
          noValidate
          aria-labelledby="material-heading"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <h3 id="material-heading">{jt("staff.addMaterial")}</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <SelectField
            id="material-phase"
            label={jt("staff.materialPhase")}
            value={phase}
            onChange={(v) => setPhase(v as Phase)}
            options={PHASES.map((p) => ({ value: p, label: jt(`phases.${p}`) }))}
          />
          <SelectField
            id="material-kind"
            label={jt("staff.kind")}
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            options={KINDS.map((k) => ({ value: k, label: jt(`staff.kinds.${k}`) }))}
          />
          {LANGUAGES.map((l) => (
            <TextField
              key={l}
              id={`material-title-${l}`}
              label={jt(`staff.materialTitle.${l}`)}
              value={title[l]}
              onChange={(v) => setTitle({ ...title, [l]: v })}
              error={fieldError(`material-title-${l}`)}
              maxLength={300}
              required={l === "fi"}
              lang={l}
            />
          ))}
          {kind === "text" ? (
            <>
              <TextAreaField
                id="material-body-fi"
                label={jt("staff.body")}
                value={body}
                onChange={setBody}
                error={fieldError("material-body-fi")}
                maxLength={20_000}
                required
              />
              <TextAreaField
                id="material-plainBody-fi"
                label={jt("staff.plainBody")}
                value={plainBody}
                onChange={setPlainBody}
                error={fieldError("material-plainBody-fi")}
                maxLength={20_000}
              />
            </>
          ) : (
            <TextField
              id="material-url"
              label={jt("staff.url")}
              hint="https://…"
              type="url"
              value={url}
              onChange={setUrl}
              error={fieldError("material-url")}
              maxLength={2000}
              required
            />
          )}
          {kind === "image" ? (
            <TextField
              id="material-altText-fi"
              label={jt("staff.altText")}
              value={altText}
              onChange={setAltText}
              error={fieldError("material-altText-fi")}
              maxLength={1000}
              required
            />
          ) : null}
          {kind === "video" ? (
            <TextField
              id="material-captionsUrl"
              label={jt("staff.captionsUrl")}
              hint="https://…"
              type="url"
              value={captionsUrl}
              onChange={setCaptionsUrl}
              error={fieldError("material-captionsUrl")}
              maxLength={2000}
              required
            />
          ) : null}
          <button type="submit" disabled={add.isPending}>
            {jt("staff.addMaterial")}
          </button>
          {done ? <Status>{done}</Status> : null}
        </form>
      ) : null}
    </section>
  );
}
