import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { localized } from "../../lib/language.js";
import {
  actionStaffEndpoints,
  type Measure,
  type MeasureChanges,
  type TableDetail,
} from "../api.js";
import { useAt } from "../i18n/index.js";

const FIELD_IDS = ["status", "statusReason", "schedule", "unit", "notes"] as const;

/** Editing one measure: status (with a reason where needed), schedule, unit, notes, a decision. */
export function MeasureEditor(props: {
  slug: string;
  table: TableDetail;
  measure: Measure;
  onDone: (saved: boolean) => void;
}) {
  const { at, language } = useAt();
  const { measure } = props;
  const id = (field: string) => `measure-${measure.id}-${field}`;
  const [values, setValues] = useState({
    status: measure.status,
    statusReason: measure.statusReason,
    schedule: measure.schedule,
    unit: measure.unit,
    notes: measure.notes,
  });
  const first = measure.decisions[0];
  const [decision, setDecision] = useState({
    body: first?.body ?? "",
    date: first?.date ?? "",
    section: first?.section ?? "",
    minutesUrl: first?.minutesUrl ?? "",
  });
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => {
    const field = path.replace(/^body\./, "");
    if (field.startsWith("decisions")) return id("decision-body");
    return (FIELD_IDS as readonly string[]).includes(field) ? id(field) : undefined;
  });
  const save = useMutation({
    mutationFn: (json: MeasureChanges) =>
      actionStaffEndpoints.editMeasure(props.slug, measure.id, json),
    onSuccess: () => props.onDone(true),
    onError: failWith,
  });
  const needsReason =
    props.table.statuses.find((s) => s.key === values.status)?.needsReason ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const decisions = decision.body.trim()
      ? [decision, ...measure.decisions.slice(1)]
      : measure.decisions.slice(1);
    save.mutate({ ...values, decisions });
  };
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const setD = (field: keyof typeof decision) => (value: string) =>
    setDecision((d) => ({ ...d, [field]: value }));
  return (
    <form
      className="actions-edit"
      onSubmit={submit}
      noValidate
      aria-label={`${at("staff.edit")} ${measure.number}`}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <SelectField
        id={id("status")}
        label={at("public.status")}
        value={values.status}
        onChange={set("status")}
        options={props.table.statuses.map((s) => ({
          value: s.key,
          label: localized(s.label, language),
        }))}
        error={fieldError(id("status"))}
      />
      {needsReason ? (
        <TextField
          id={id("statusReason")}
          label={at("staff.statusReason")}
          value={values.statusReason}
          onChange={set("statusReason")}
          error={fieldError(id("statusReason"))}
          maxLength={2000}
          required
        />
      ) : null}
      <TextField
        id={id("schedule")}
        label={at("public.schedule")}
        value={values.schedule}
        onChange={set("schedule")}
        maxLength={500}
      />
      <TextField
        id={id("unit")}
        label={at("public.unit")}
        value={values.unit}
        onChange={set("unit")}
        error={fieldError(id("unit"))}
        maxLength={200}
      />
      <TextField
        id={id("notes")}
        label={at("public.notes")}
        value={values.notes}
        onChange={set("notes")}
        maxLength={5000}
      />
      <fieldset>
        <legend>{at("staff.decision")}</legend>
        <TextField
          id={id("decision-body")}
          label={at("staff.decisionBody")}
          value={decision.body}
          onChange={setD("body")}
          error={fieldError(id("decision-body"))}
          maxLength={200}
        />
        <div className="field">
          <label htmlFor={id("decision-date")}>{at("staff.decisionDate")}</label>
          <input
            id={id("decision-date")}
            type="date"
            value={decision.date}
            onChange={(e) => setD("date")(e.target.value)}
          />
        </div>
        <TextField
          id={id("decision-section")}
          label={at("staff.decisionSection")}
          value={decision.section}
          onChange={setD("section")}
          maxLength={40}
        />
        <TextField
          id={id("decision-link")}
          type="url"
          label={at("staff.decisionLink")}
          value={decision.minutesUrl}
          onChange={setD("minutesUrl")}
          maxLength={2000}
        />
      </fieldset>
      <button type="submit" disabled={save.isPending}>
        {at("staff.save")}
      </button>{" "}
      <button type="button" onClick={() => props.onDone(false)}>
        {at("staff.cancel")}
      </button>
    </form>
  );
}
