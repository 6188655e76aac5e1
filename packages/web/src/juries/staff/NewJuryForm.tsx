import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { type JuryInput, juryStaffEndpoints, PHASES, type Phase } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder, LANGUAGES, TextAreaField } from "./fields.js";

const SOURCES = ["pool", "open_call", "sortition"] as const;
const MODES = ["post", "pre"] as const;
type Plan = {
  prompt: Record<string, string>;
  plainPrompt: string;
  startsOn: string;
  endsOn: string;
};
const emptyPlan = (): Plan => ({
  prompt: { fi: "", sv: "", en: "" },
  plainPrompt: "",
  startsOn: "",
  endsOn: "",
});
const fieldFor = fieldsUnder("jury");

/** Setting up a jury: title, question in three languages, recruitment, age, moderation, phases. */
export function NewJuryForm() {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState<Record<string, string>>({ fi: "", sv: "", en: "" });
  const [source, setSource] = useState<(typeof SOURCES)[number]>("open_call");
  const [ref, setRef] = useState("");
  const [audience, setAudience] = useState("");
  const [minimumAge, setMinimumAge] = useState("13");
  const [mode, setMode] = useState<(typeof MODES)[number]>("post");
  const [plans, setPlans] = useState<Record<Phase, Plan>>(
    () => Object.fromEntries(PHASES.map((p) => [p, emptyPlan()])) as Record<Phase, Plan>,
  );
  const { errors, attempt, failWith, fieldError } = useFormErrors(fieldFor);
  const create = useMutation({
    mutationFn: () =>
      juryStaffEndpoints.create(org.slug, {
        title,
        question: { fi: question.fi!, sv: question.sv!, en: question.en! },
        recruitment: source,
        recruitmentRef: ref,
        audience,
        minimumAge: minimumAge.trim() === "" ? Number.NaN : Number(minimumAge),
        moderation: mode,
        phases: Object.fromEntries(
          PHASES.map((p) => {
            const plan = plans[p];
            return [
              p,
              {
                prompt: { fi: plan.prompt.fi!, sv: plan.prompt.sv!, en: plan.prompt.en! },
                plainPrompt: { fi: plan.plainPrompt },
                startsOn: plan.startsOn || null,
                endsOn: plan.endsOn || null,
              },
            ];
          }),
        ) as JuryInput["phases"],
      }),
    onSuccess: async (jury) => {
      await client.invalidateQueries({ queryKey: ["juries", org.slug] });
      navigate(jury.id);
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const setPlan = (phase: Phase, change: Partial<Plan>) =>
    setPlans({ ...plans, [phase]: { ...plans[phase], ...change } });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="jury-new-heading">
      <h2 id="jury-new-heading">{jt("staff.new")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="jury-title"
        label={jt("staff.juryTitle")}
        value={title}
        onChange={setTitle}
        error={fieldError("jury-title")}
        maxLength={200}
        required
      />
      {LANGUAGES.map((l) => (
        <TextAreaField
          key={l}
          id={`jury-question-${l}`}
          label={jt(`staff.question.${l}`)}
          value={question[l] ?? ""}
          onChange={(v) => setQuestion({ ...question, [l]: v })}
          error={fieldError(`jury-question-${l}`)}
          maxLength={2000}
          required={l === "fi"}
          lang={l}
        />
      ))}
      <SelectField
        id="jury-recruitment"
        label={jt("staff.source")}
        value={source}
        onChange={(v) => setSource(v as (typeof SOURCES)[number])}
        options={SOURCES.map((s) => ({ value: s, label: jt(`staff.sources.${s}`) }))}
      />
      <TextField
        id="jury-recruitmentRef"
        label={jt("staff.sourceRef")}
        value={ref}
        onChange={setRef}
        maxLength={200}
      />
      <TextField
        id="jury-audience"
        label={jt("staff.audience")}
        value={audience}
        onChange={setAudience}
        maxLength={300}
      />
      <TextField
        id="jury-minimumAge"
        label={jt("staff.minimumAge")}
        hint={jt("staff.minimumAgeHint")}
        value={minimumAge}
        onChange={setMinimumAge}
        inputMode="numeric"
        error={fieldError("jury-minimumAge")}
      />
      <SelectField
        id="jury-moderation"
        label={jt("staff.moderationMode")}
        value={mode}
        onChange={(v) => setMode(v as (typeof MODES)[number])}
        options={MODES.map((m) => ({ value: m, label: jt(`staff.modes.${m}`) }))}
      />
      {PHASES.map((p) => (
        <fieldset key={p}>
          <legend>{jt("staff.phasePlan", { phase: jt(`phases.${p}`) })}</legend>
          {LANGUAGES.map((l) => (
            <TextAreaField
              key={l}
              id={`jury-phases-${p}-prompt-${l}`}
              label={jt(`staff.prompt.${l}`)}
              value={plans[p].prompt[l] ?? ""}
              onChange={(v) => setPlan(p, { prompt: { ...plans[p].prompt, [l]: v } })}
              error={fieldError(`jury-phases-${p}-prompt-${l}`)}
              maxLength={2000}
              lang={l}
            />
          ))}
          <TextAreaField
            id={`jury-phases-${p}-plainPrompt-fi`}
            label={jt("staff.plainPrompt")}
            value={plans[p].plainPrompt}
            onChange={(v) => setPlan(p, { plainPrompt: v })}
            error={fieldError(`jury-phases-${p}-plainPrompt-fi`)}
            maxLength={2000}
            lang="fi"
          />
          <TextField
            id={`jury-phases-${p}-startsOn`}
            label={jt("staff.startsOn")}
            hint="2027-02-04"
            value={plans[p].startsOn}
            onChange={(v) => setPlan(p, { startsOn: v })}
            error={fieldError(`jury-phases-${p}-startsOn`)}
            maxLength={10}
          />
          <TextField
            id={`jury-phases-${p}-endsOn`}
            label={jt("staff.endsOn")}
            hint="2027-02-18"
            value={plans[p].endsOn}
            onChange={(v) => setPlan(p, { endsOn: v })}
            error={fieldError(`jury-phases-${p}-endsOn`)}
            maxLength={10}
          />
        </fieldset>
      ))}
      <button type="submit" disabled={create.isPending}>
        {jt("staff.create")}
      </button>
    </form>
  );
}
