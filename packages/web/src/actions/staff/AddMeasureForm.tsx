import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { actionStaffEndpoints, type TableDetail } from "../api.js";
import { useAt } from "../i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.recommendationText": "add-recommendation-text",
  "body.text": "add-measure-text",
  "body.schedule": "add-measure-schedule",
  "body.unit": "add-measure-unit",
};

/** Adding a measure under a recommendation, or with a new recommendation at the end. */
export function AddMeasureForm(props: { slug: string; table: TableDetail; onAdded: () => void }) {
  const { at } = useAt();
  const [recommendation, setRecommendation] = useState("");
  const [recommendationText, setRecommendationText] = useState("");
  const [text, setText] = useState("");
  const [schedule, setSchedule] = useState("");
  const [unit, setUnit] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => FIELDS[path]);
  const add = useMutation({
    mutationFn: () =>
      actionStaffEndpoints.addMeasure(props.slug, props.table.id, {
        ...(recommendation ? { recommendationId: recommendation } : { recommendationText }),
        text,
        schedule,
        unit,
      }),
    onSuccess: () => {
      setText("");
      setSchedule("");
      setRecommendationText("");
      props.onAdded();
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="add-measure-heading"
      className="actions-edit"
    >
      <h2 id="add-measure-heading">{at("staff.addMeasure")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SelectField
        id="add-measure-recommendation"
        label={at("public.recommendation")}
        value={recommendation}
        onChange={setRecommendation}
        options={[
          { value: "", label: at("staff.newRecommendation") },
          ...props.table.recommendations.map((r) => ({
            value: r.id,
            label: `${r.number}. ${r.text}`,
          })),
        ]}
      />
      {recommendation ? null : (
        <TextField
          id="add-recommendation-text"
          label={at("staff.newRecommendationText")}
          value={recommendationText}
          onChange={setRecommendationText}
          error={fieldError("add-recommendation-text")}
          maxLength={5000}
          required
        />
      )}
      <TextField
        id="add-measure-text"
        label={at("public.measure")}
        value={text}
        onChange={setText}
        error={fieldError("add-measure-text")}
        maxLength={5000}
        required
      />
      <TextField
        id="add-measure-schedule"
        label={at("public.schedule")}
        value={schedule}
        onChange={setSchedule}
        maxLength={500}
      />
      <TextField
        id="add-measure-unit"
        label={at("public.unit")}
        value={unit}
        onChange={setUnit}
        maxLength={200}
      />
      <button type="submit" disabled={add.isPending}>
        {at("staff.addButton")}
      </button>
    </form>
  );
}
