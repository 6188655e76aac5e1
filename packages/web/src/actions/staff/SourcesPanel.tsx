import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { actionStaffEndpoints, type NewSource, type SourceLink } from "../api.js";
import { useAt } from "../i18n/index.js";
import { type Picked, StatementPicker, ThemePicker } from "./SourcePicker.js";

const KINDS = [
  "conversation_statement",
  "survey_theme",
  "statement_recommendation",
  "round_table_proposal",
  "other",
] as const;
type Kind = (typeof KINDS)[number];
const EMPTY: Picked = { sourceId: "", questionId: "", itemId: "" };

/** A recommendation's sources for staff: the list with unlinking, and linking a new one. */
export function SourcesPanel(props: {
  slug: string;
  recommendationId: string;
  sources: SourceLink[];
  mayEdit: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { at } = useAt();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>("conversation_statement");
  const [picked, setPicked] = useState<Picked>(EMPTY);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const textId = `trail-text-${props.recommendationId}`;
  const { errors, attempt, failWith, clear, fieldError } = useFormErrors((path) =>
    path === "body.text" ? textId : undefined,
  );
  const link = useMutation({
    mutationFn: (json: NewSource) =>
      actionStaffEndpoints.linkSource(props.slug, props.recommendationId, json),
    onSuccess: async () => {
      setOpen(false);
      setPicked(EMPTY);
      setText("");
      setTitle("");
      clear();
      await props.onChanged();
    },
    onError: failWith,
  });
  const unlink = useMutation({
    mutationFn: (id: string) => actionStaffEndpoints.unlinkSource(props.slug, id),
    onSuccess: () => props.onChanged(),
  });
  const picking = kind === "conversation_statement" || kind === "survey_theme";
  const submit = () =>
    link.mutate(
      picking
        ? { kind, ...picked }
        : {
            kind,
            text,
            ...(title ? { title } : {}),
            ...(picked.sourceId ? { sourceId: picked.sourceId } : {}),
          },
    );
  return (
    <div className="actions-sources">
      <h3>{at("sources.title")}</h3>
      {props.sources.length === 0 ? <p>{at("sources.none")}</p> : null}
      <ul>
        {props.sources.map((s) => (
          <li key={s.id}>
            {at(`kinds.${s.kind}`)}
            {s.snapshot.title ? ` (${s.snapshot.title})` : ""}: “{s.snapshot.text}”{" "}
            {props.mayEdit ? (
              <button type="button" onClick={() => unlink.mutate(s.id)} disabled={unlink.isPending}>
                {at("sources.unlink")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {props.mayEdit && !open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {at("sources.link")}
        </button>
      ) : null}
      {open ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <ErrorSummary errors={errors} attempt={attempt} />
          <SelectField
            id={`trail-kind-${props.recommendationId}`}
            label={at("sources.kind")}
            value={kind}
            onChange={(k) => {
              setKind(k as Kind);
              setPicked(EMPTY);
            }}
            options={KINDS.map((k) => ({ value: k, label: at(`kinds.${k}`) }))}
          />
          {kind === "conversation_statement" ? (
            <StatementPicker slug={props.slug} value={picked} onChange={setPicked} />
          ) : kind === "survey_theme" ? (
            <ThemePicker slug={props.slug} value={picked} onChange={setPicked} />
          ) : (
            <>
              <TextField
                id={textId}
                label={at("sources.text")}
                error={fieldError(textId)}
                value={text}
                onChange={setText}
                maxLength={2000}
                required
              />
              <TextField
                id={`trail-title-${props.recommendationId}`}
                label={at("sources.activity")}
                value={title}
                onChange={setTitle}
                maxLength={200}
              />
              <TextField
                id={`trail-ref-${props.recommendationId}`}
                label={at("sources.reference")}
                value={picked.sourceId}
                onChange={(sourceId) => setPicked({ ...picked, sourceId })}
                maxLength={100}
              />
            </>
          )}
          <button type="submit" disabled={link.isPending || (picking && !picked.itemId)}>
            {at("sources.linkButton")}
          </button>{" "}
          <button type="button" onClick={() => setOpen(false)}>
            {at("staff.cancel")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
