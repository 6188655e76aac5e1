import { useQuery } from "@tanstack/react-query";
import { call } from "../../api/client.js";
import { SelectField } from "../../components/form.js";
import { localized } from "../../lib/language.js";
import { useAt } from "../i18n/index.js";

/** What the picker has chosen: the activity, (for a theme) the question, and the item. */
export interface Picked {
  sourceId: string;
  questionId: string;
  itemId: string;
}

interface PickerProps {
  slug: string;
  value: Picked;
  onChange: (value: Picked) => void;
}

/** A conversation, then one of its approved statements. */
export function StatementPicker({ slug, value, onChange }: PickerProps) {
  const { at, language } = useAt();
  const list = useQuery({
    queryKey: ["actions", slug, "trail", "conversations"],
    queryFn: () => call("get", "/api/orgs/{slug}/conversations", { params: { slug } }),
  });
  const statements = useQuery({
    queryKey: ["actions", slug, "trail", "statements", value.sourceId],
    enabled: Boolean(value.sourceId),
    queryFn: () =>
      call("get", "/api/orgs/{slug}/conversations/{id}/statements", {
        params: { slug, id: value.sourceId },
        query: { status: "approved" },
      }),
  });
  return (
    <>
      <SelectField
        id="trail-conversation"
        label={at("sources.conversation")}
        value={value.sourceId}
        onChange={(sourceId) => onChange({ sourceId, questionId: "", itemId: "" })}
        options={[
          { value: "", label: at("sources.choose") },
          ...(list.data?.conversations ?? []).map((c) => ({
            value: c.id,
            label: localized(c.title, language),
          })),
        ]}
      />
      {value.sourceId ? (
        <SelectField
          id="trail-statement"
          label={at("sources.statement")}
          value={value.itemId}
          onChange={(itemId) => onChange({ ...value, itemId })}
          options={[
            { value: "", label: at("sources.choose") },
            ...(statements.data?.statements ?? []).map((s) => ({
              value: String(s.tid),
              label: `${s.tid}. ${s.text}`,
            })),
          ]}
        />
      ) : null}
    </>
  );
}

/** A survey, one of its questions with a signed-off analysis, then a theme of it. */
export function ThemePicker({ slug, value, onChange }: PickerProps) {
  const { at, language } = useAt();
  const surveys = useQuery({
    queryKey: ["actions", slug, "trail", "surveys"],
    queryFn: () => call("get", "/api/orgs/{slug}/surveys", { params: { slug } }),
  });
  const questions = useQuery({
    queryKey: ["actions", slug, "trail", "analyses", value.sourceId],
    enabled: Boolean(value.sourceId),
    queryFn: () =>
      call("get", "/api/orgs/{slug}/surveys/{surveyId}/analyses", {
        params: { slug, surveyId: value.sourceId },
      }),
  });
  const themes = useQuery({
    queryKey: ["actions", slug, "trail", "themes", value.sourceId, value.questionId],
    enabled: Boolean(value.sourceId && value.questionId),
    queryFn: () =>
      call("get", "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis", {
        params: { slug, surveyId: value.sourceId, questionId: value.questionId },
      }),
  });
  const signed = (questions.data?.items ?? []).filter((q) => q.analysis?.signedOffAt);
  return (
    <>
      <SelectField
        id="trail-survey"
        label={at("sources.survey")}
        value={value.sourceId}
        onChange={(sourceId) => onChange({ sourceId, questionId: "", itemId: "" })}
        options={[
          { value: "", label: at("sources.choose") },
          ...(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
        ]}
      />
      {value.sourceId ? (
        <SelectField
          id="trail-question"
          label={at("sources.question")}
          hint={signed.length === 0 ? at("sources.noSignedOff") : undefined}
          value={value.questionId}
          onChange={(questionId) => onChange({ ...value, questionId, itemId: "" })}
          options={[
            { value: "", label: at("sources.choose") },
            ...signed.map((q) => ({
              value: q.questionId,
              label: q.text[language] ?? Object.values(q.text)[0] ?? q.questionId,
            })),
          ]}
        />
      ) : null}
      {value.questionId ? (
        <SelectField
          id="trail-theme"
          label={at("sources.theme")}
          value={value.itemId}
          onChange={(itemId) => onChange({ ...value, itemId })}
          options={[
            { value: "", label: at("sources.choose") },
            ...(themes.data?.themes ?? []).map((th) => ({ value: th.id, label: th.label })),
          ]}
        />
      ) : null}
    </>
  );
}
