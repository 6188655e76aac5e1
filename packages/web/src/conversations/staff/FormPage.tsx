import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { AdminOnly, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { isLanguage, type Language } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import type { ConversationInput } from "../types.js";
import { staffEndpoints } from "./api.js";
import { CheckboxField, InputField, TextArea } from "./fields.js";
import {
  type ConversationDraft,
  checkDraft,
  draftFrom,
  emptyDraft,
  fieldIdFor,
  seedLines,
  toInput,
} from "./formDraft.js";
import { ConversationNav, conversationsPath, staffKeys, useStaffConversation } from "./shared.js";

const LANGS = ["fi", "sv", "en"] as const;

/** Create (`/new`) or edit (`/:id/edit`) a conversation. */
export function ConversationFormPage() {
  const { ct, t } = useCt();
  const { org, isAdmin } = useStaffContext();
  const { id, query } = useStaffConversation();
  const editing = id !== "";
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ConversationDraft>(emptyDraft);
  const [loaded, setLoaded] = useState(!editing);
  const [saved, setSaved] = useState(false);
  const [seedLanguage, setSeedLanguage] = useState<Language>(
    isLanguage(org.defaultLanguage) ? org.defaultLanguage : "fi",
  );
  const form = useFormErrors(fieldIdFor);
  const save = useMutation({
    mutationFn: async ({ input, seeds }: { input: ConversationInput; seeds: string[] }) => {
      if (!editing)
        return staffEndpoints.create(org.slug, { ...input, seedStatements: seeds, seedLanguage });
      const updated = await staffEndpoints.update(org.slug, id, input);
      if (seeds.length > 0) await staffEndpoints.addSeeds(org.slug, id, seeds, seedLanguage);
      return updated;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.list(org.slug) }),
  });
  useDocumentTitle(editing ? ct("staff.form.editTitle") : ct("staff.form.newTitle"));

  useEffect(() => {
    if (editing && query.data && !loaded) {
      setDraft(draftFrom(query.data));
      setLoaded(true);
    }
  }, [editing, query.data, loaded]);

  if (!isAdmin) return <AdminOnly />;
  if (editing && query.error)
    return <p className="notice notice--error">{errorMessage(query.error, t)}</p>;
  if (!loaded) return <Status>{t("common.loading")}</Status>;

  const set = <K extends keyof ConversationDraft>(key: K, value: ConversationDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const setText = (key: "title" | "description", lang: (typeof LANGS)[number], value: string) =>
    setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: value } }));
  const setSegment = (
    i: number,
    change: (s: ConversationDraft["segments"][number]) => ConversationDraft["segments"][number],
  ) => setDraft((d) => ({ ...d, segments: d.segments.map((s, j) => (j === i ? change(s) : s)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkDraft(draft);
    if (problems.length > 0) {
      form.fail(
        problems.map(([path, code]) => ({
          field: fieldIdFor(path),
          message: ct(`staff.form.problem.${code}`),
        })),
      );
      return;
    }
    save.mutate(
      { input: toInput(draft), seeds: seedLines(draft.seeds) },
      {
        onSuccess: (conversation) => {
          if (!editing) {
            navigate(`${conversationsPath(org.slug)}/${conversation.id}`);
            return;
          }
          setDraft((d) => ({ ...d, seeds: "" }));
          form.clear();
          setSaved(true);
        },
        onError: form.failWith,
      },
    );
  };

  const langName = (l: (typeof LANGS)[number]) => t(`languages.${l}`);
  return (
    <div>
      {editing ? <ConversationNav id={id} current="edit" /> : null}
      <h1 tabIndex={-1}>{editing ? ct("staff.form.editTitle") : ct("staff.form.newTitle")}</h1>
      {saved ? (
        <p className="notice notice--success" role="status">
          {ct("staff.form.saved")}
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <fieldset className="group">
          <legend>{ct("staff.form.titleGroup")}</legend>
          {LANGS.map((l) => (
            <TextField
              key={l}
              id={`cf-title-${l}`}
              label={ct("staff.form.titleIn", { language: langName(l) })}
              hint={l === "fi" ? undefined : ct("staff.form.fallbackHint")}
              required={l === "fi"}
              maxLength={200}
              lang={l}
              value={draft.title[l]}
              onChange={(v) => setText("title", l, v)}
              error={form.fieldError(`cf-title-${l}`)}
            />
          ))}
          {LANGS.map((l) => (
            <TextArea
              key={l}
              id={`cf-description-${l}`}
              label={ct("staff.form.descriptionIn", { language: langName(l) })}
              lang={l}
              value={draft.description[l]}
              onChange={(v) => setText("description", l, v)}
              error={form.fieldError(`cf-description-${l}`)}
            />
          ))}
        </fieldset>

        <fieldset className="group">
          <legend>{ct("staff.form.statementsGroup")}</legend>
          <TextArea
            id="cf-seeds"
            label={editing ? ct("staff.form.seedsAdd") : ct("staff.form.seeds")}
            hint={ct("staff.form.seedsHint")}
            rows={6}
            value={draft.seeds}
            onChange={(v) => set("seeds", v)}
            error={form.fieldError("cf-seeds")}
          />
          {org.languages.length > 1 ? (
            <SelectField
              id="cf-seed-language"
              label={ct("staff.form.seedLanguage")}
              hint={ct("staff.form.seedLanguageHint")}
              value={seedLanguage}
              onChange={(v) => {
                if (isLanguage(v)) setSeedLanguage(v);
              }}
              options={org.languages.map((l) => ({
                value: l,
                label: ct(`translate.language.${l}`),
              }))}
            />
          ) : null}
          <CheckboxField
            id="cf-allow"
            label={ct("staff.form.allowStatements")}
            checked={draft.allowStatements}
            onChange={(v) => set("allowStatements", v)}
          />
          <SelectField
            id="cf-moderation"
            label={ct("staff.form.moderationMode")}
            value={draft.moderationMode}
            onChange={(v) => set("moderationMode", v as ConversationDraft["moderationMode"])}
            options={[
              { value: "pre", label: ct("staff.moderationMode.pre") },
              { value: "post", label: ct("staff.moderationMode.post") },
            ]}
            error={form.fieldError("cf-moderation")}
          />
          <InputField
            id="cf-length"
            type="number"
            min={20}
            max={1000}
            label={ct("staff.form.maxLength")}
            hint={ct("staff.form.maxLengthHint")}
            value={draft.statementMaxLength}
            onChange={(v) => set("statementMaxLength", v)}
            error={form.fieldError("cf-length")}
          />
        </fieldset>

        <fieldset className="group">
          <legend>{ct("staff.form.whenGroup")}</legend>
          <InputField
            id="cf-opens"
            type="datetime-local"
            label={ct("staff.form.opensAt")}
            hint={ct("staff.form.opensHint")}
            value={draft.opensAt}
            onChange={(v) => set("opensAt", v)}
            error={form.fieldError("cf-opens")}
          />
          <InputField
            id="cf-closes"
            type="datetime-local"
            label={ct("staff.form.closesAt")}
            hint={ct("staff.form.closesHint")}
            value={draft.closesAt}
            onChange={(v) => set("closesAt", v)}
            error={form.fieldError("cf-closes")}
          />
          <SelectField
            id="cf-visibility"
            label={ct("staff.form.visibility")}
            value={draft.visibility}
            onChange={(v) => set("visibility", v as ConversationDraft["visibility"])}
            options={[
              { value: "public", label: ct("staff.visibility.public") },
              { value: "invite", label: ct("staff.visibility.invite") },
            ]}
            error={form.fieldError("cf-visibility")}
          />
          <CheckboxField
            id="cf-results-public"
            label={ct("staff.form.resultsPublic")}
            checked={draft.resultsPublic}
            onChange={(v) => set("resultsPublic", v)}
          />
        </fieldset>

        <fieldset className="group" id="cf-segments" tabIndex={-1}>
          <legend>{ct("staff.form.segmentsGroup")}</legend>
          <p className="field__hint">{ct("staff.form.segmentsHint")}</p>
          {form.fieldError("cf-segments") ? (
            <p className="field__error">{form.fieldError("cf-segments")}</p>
          ) : null}
          {draft.segments.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments being typed have no id yet; their order is their identity
            <fieldset className="group conv-segment-edit" key={i}>
              <legend>{ct("staff.form.segmentN", { n: i + 1 })}</legend>
              <TextField
                id={`cf-segment-${i}-key`}
                label={ct("staff.form.segmentKey")}
                hint={ct("staff.form.segmentKeyHint")}
                required
                maxLength={40}
                spellCheck={false}
                value={s.key}
                onChange={(v) => setSegment(i, (x) => ({ ...x, key: v }))}
                error={form.fieldError(`cf-segment-${i}-key`)}
              />
              {LANGS.map((l) => (
                <TextField
                  key={l}
                  id={`cf-segment-${i}-name-${l}`}
                  label={ct("staff.form.segmentNameIn", { language: langName(l) })}
                  required={l === "fi"}
                  maxLength={100}
                  lang={l}
                  value={s.name[l]}
                  onChange={(v) => setSegment(i, (x) => ({ ...x, name: { ...x.name, [l]: v } }))}
                  error={form.fieldError(`cf-segment-${i}-name-${l}`)}
                />
              ))}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() =>
                  set(
                    "segments",
                    draft.segments.filter((_, j) => j !== i),
                  )
                }
              >
                {ct("staff.form.segmentRemove", { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set("segments", [...draft.segments, { key: "", name: { fi: "", sv: "", en: "" } }])
            }
          >
            {ct("staff.form.segmentAdd")}
          </button>
        </fieldset>

        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {editing ? ct("staff.form.save") : ct("staff.form.create")}
        </button>
      </form>
    </div>
  );
}
