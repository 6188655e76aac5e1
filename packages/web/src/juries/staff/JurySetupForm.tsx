import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { type Jury, type JuryInput, PHASES, type Phase } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder, LANGUAGES, TextAreaField } from "./fields.js";

const SOURCES = ["pool", "open_call", "sortition"] as const;
const MODES = ["post", "pre"] as const;
type Localized = { fi?: string; sv?: string; en?: string };
type Plan = {
  prompt: Localized;
  /** The plain-language prompt: Finnish edited here, Swedish and English kept as they were. */
  plainPrompt: Localized;
  startsOn: string;
  endsOn: string;
};
const planOf = (jury: Jury | undefined, phase: Phase): Plan => {
  const saved = jury?.phases[phase];
  return {
    prompt: { fi: "", sv: "", en: "", ...saved?.prompt },
    plainPrompt: { fi: "", sv: "", en: "", ...saved?.plainPrompt },
    startsOn: saved?.startsOn ?? "",
    endsOn: saved?.endsOn ?? "",
  };
};

interface Props {
  /** The jury being edited; absent: a new one. */
  jury?: Jury;
  /** Every field's id (and so its error's) starts with this prefix. */
  idPrefix: string;
  heading: string;
  /** h2 on its own (the default), h3 inside a section. */
  headingLevel?: 2 | 3;
  submitLabel: string;
  save: (input: JuryInput) => Promise<Jury>;
  onSaved: (jury: Jury) => unknown;
  /** Shown after a save (an edit stays on the page). */
  savedText?: string;
}

/**
 * A jury's set-up, new or edited: title, question in three languages, recruitment, age,
 * moderation, each phase's prompts and dates. Errors from the API at their fields.
 */
export function JurySetupForm(props: Props) {
  const { jt } = useJt();
  const j = props.jury;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const [title, setTitle] = useState(j?.title ?? "");
  const [question, setQuestion] = useState<Localized>({ fi: "", sv: "", en: "", ...j?.question });
  const [source, setSource] = useState<(typeof SOURCES)[number]>(j?.recruitment ?? "open_call");
  const [ref, setRef] = useState(j?.recruitmentRef ?? "");
  const [audience, setAudience] = useState(j?.audience ?? "");
  const [minimumAge, setMinimumAge] = useState(String(j?.minimumAge ?? 13));
  const [mode, setMode] = useState<(typeof MODES)[number]>(j?.moderation ?? "post");
  const [plans, setPlans] = useState<Record<Phase, Plan>>(
    () => Object.fromEntries(PHASES.map((p) => [p, planOf(j, p)])) as Record<Phase, Plan>,
  );
  const [saved, setSaved] = useState(false);
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(
    fieldsUnder(props.idPrefix),
  );
  const create = useMutation({
    mutationFn: () =>
      props.save({
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
                plainPrompt: {
                  fi: plan.plainPrompt.fi!,
                  sv: plan.plainPrompt.sv!,
                  en: plan.plainPrompt.en!,
                },
                startsOn: plan.startsOn || null,
                endsOn: plan.endsOn || null,
              },
            ];
          }),
        ) as JuryInput["phases"],
      }),
    onSuccess: async (jury) => {
      clear();
      setSaved(true);
      await props.onSaved(jury);
    },
    onError: (error) => {
      setSaved(false);
      failWith(error);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const setPlan = (phase: Phase, change: Partial<Plan>) =>
    setPlans({ ...plans, [phase]: { ...plans[phase], ...change } });
  return (
    <form onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <Heading id={id("heading")}>{props.heading}</Heading>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={id("title")}
        label={jt("staff.juryTitle")}
        value={title}
        onChange={setTitle}
        error={fieldError(id("title"))}
        maxLength={200}
        required
      />
      {LANGUAGES.map((l) => (
        <TextAreaField
          key={l}
          id={id(`question-${l}`)}
          label={jt(`staff.question.${l}`)}
          value={question[l] ?? ""}
          onChange={(v) => setQuestion({ ...question, [l]: v })}
          error={fieldError(id(`question-${l}`))}
          maxLength={2000}
          required={l === "fi"}
          lang={l}
        />
      ))}
      <SelectField
        id={id("recruitment")}
        label={jt("staff.source")}
        value={source}
        onChange={(v) => setSource(v as (typeof SOURCES)[number])}
        options={SOURCES.map((s) => ({ value: s, label: jt(`staff.sources.${s}`) }))}
      />
      <TextField
        id={id("recruitmentRef")}
        label={jt("staff.sourceRef")}
        value={ref}
        onChange={setRef}
        maxLength={200}
      />
      <TextField
        id={id("audience")}
        label={jt("staff.audience")}
        value={audience}
        onChange={setAudience}
        maxLength={300}
      />
      <TextField
        id={id("minimumAge")}
        label={jt("staff.minimumAge")}
        hint={jt("staff.minimumAgeHint")}
        value={minimumAge}
        onChange={setMinimumAge}
        inputMode="numeric"
        error={fieldError(id("minimumAge"))}
      />
      <SelectField
        id={id("moderation")}
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
              id={id(`phases-${p}-prompt-${l}`)}
              label={jt(`staff.prompt.${l}`)}
              value={plans[p].prompt[l] ?? ""}
              onChange={(v) => setPlan(p, { prompt: { ...plans[p].prompt, [l]: v } })}
              error={fieldError(id(`phases-${p}-prompt-${l}`))}
              maxLength={2000}
              lang={l}
            />
          ))}
          <TextAreaField
            id={id(`phases-${p}-plainPrompt-fi`)}
            label={jt("staff.plainPrompt")}
            value={plans[p].plainPrompt.fi ?? ""}
            onChange={(v) => setPlan(p, { plainPrompt: { ...plans[p].plainPrompt, fi: v } })}
            error={fieldError(id(`phases-${p}-plainPrompt-fi`))}
            maxLength={2000}
            lang="fi"
          />
          <TextField
            id={id(`phases-${p}-startsOn`)}
            label={jt("staff.startsOn")}
            hint="2027-02-04"
            value={plans[p].startsOn}
            onChange={(v) => setPlan(p, { startsOn: v })}
            error={fieldError(id(`phases-${p}-startsOn`))}
            maxLength={10}
          />
          <TextField
            id={id(`phases-${p}-endsOn`)}
            label={jt("staff.endsOn")}
            hint="2027-02-18"
            value={plans[p].endsOn}
            onChange={(v) => setPlan(p, { endsOn: v })}
            error={fieldError(id(`phases-${p}-endsOn`))}
            maxLength={10}
          />
        </fieldset>
      ))}
      <button type="submit" disabled={create.isPending}>
        {props.submitLabel}
      </button>
      {saved && props.savedText ? <Status>{props.savedText}</Status> : null}
    </form>
  );
}
