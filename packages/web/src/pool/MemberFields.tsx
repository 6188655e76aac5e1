import { CheckboxGroup, SelectField, TextField } from "../components/form.js";
import { localized } from "../lib/language.js";
import type { PoolForm } from "./api.js";
import { CHANNELS, GENDERS, type MemberDraft, MOTHER_TONGUES } from "./draft.js";
import { usePt } from "./i18n/index.js";

interface Props {
  form: PoolForm;
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  fieldError: (id: string) => string | undefined;
}

/** The member's own fields, shared by the join page and staff's sign-up entry. */
export function MemberFields({ form, draft, onChange, fieldError }: Props) {
  const { pt, language } = usePt();
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const choose = { value: "", label: pt("form.choose") };
  return (
    <>
      <fieldset className="pool-group">
        <legend>{pt("form.contact")}</legend>
        <p className="field__hint">{pt("form.contactHint")}</p>
        <TextField
          id="pool-email"
          type="email"
          label={pt("form.email")}
          value={draft.email}
          onChange={(v) => set("email", v)}
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          error={fieldError("pool-email")}
        />
        <TextField
          id="pool-phone"
          type="tel"
          label={pt("form.phone")}
          hint={pt("form.phoneHint")}
          value={draft.phone}
          onChange={(v) => set("phone", v)}
          autoComplete="tel"
          inputMode="tel"
          maxLength={30}
          error={fieldError("pool-phone")}
        />
      </fieldset>
      <SelectField
        id="pool-municipality"
        label={pt("form.municipality")}
        value={draft.municipality}
        onChange={(v) => set("municipality", v)}
        options={[
          choose,
          ...form.municipalities.map((m) => ({
            value: m.code,
            label: language === "sv" ? m.name.sv : m.name.fi,
          })),
        ]}
        error={fieldError("pool-municipality")}
      />
      <TextField
        id="pool-birth-year"
        label={pt("form.birthYear")}
        hint={pt("form.birthYearHint")}
        value={draft.birthYear}
        onChange={(v) => set("birthYear", v.replace(/\D/g, "").slice(0, 4))}
        inputMode="numeric"
        autoComplete="bday-year"
        maxLength={4}
        error={fieldError("pool-birth-year")}
      />
      <SelectField
        id="pool-gender"
        label={pt("form.gender")}
        value={draft.gender}
        onChange={(v) => set("gender", v)}
        options={[choose, ...GENDERS.map((g) => ({ value: g, label: pt(`gender.${g}`) }))]}
        error={fieldError("pool-gender")}
      />
      <SelectField
        id="pool-mother-tongue"
        label={pt("form.motherTongue")}
        value={draft.motherTongue}
        onChange={(v) => set("motherTongue", v)}
        options={[choose, ...MOTHER_TONGUES.map((m) => ({ value: m, label: pt(`tongue.${m}`) }))]}
        error={fieldError("pool-mother-tongue")}
      />
      {form.questions.map((q) => {
        const id = `pool-q-${q.key}`;
        const label = `${localized(q.label, language)}${q.required ? "" : ` (${pt("form.optional")})`}`;
        const hint = `${pt("form.why")} ${localized(q.why, language)}`;
        const value = draft.answers[q.key] ?? "";
        const answer = (v: string) => set("answers", { ...draft.answers, [q.key]: v });
        if (q.type === "text") {
          return (
            <TextField
              key={q.key}
              id={id}
              label={label}
              hint={hint}
              value={value}
              onChange={answer}
              maxLength={500}
              error={fieldError(id)}
            />
          );
        }
        const options =
          q.type === "yes_no"
            ? [
                { value: "yes", label: pt("form.yes") },
                { value: "no", label: pt("form.no") },
              ]
            : q.options.map((o) => ({ value: o.key, label: localized(o.label, language) }));
        return (
          <SelectField
            key={q.key}
            id={id}
            label={label}
            hint={hint}
            value={value}
            onChange={answer}
            options={[choose, ...options]}
            error={fieldError(id)}
          />
        );
      })}
      {form.themes.length > 0 ? (
        <CheckboxGroup
          id="pool-interests"
          legend={`${pt("form.interests")} (${pt("form.optional")})`}
          options={form.themes.map((th) => ({
            value: th.key,
            label: localized(th.label, language),
          }))}
          value={draft.interests}
          onChange={(v) => set("interests", v)}
          error={fieldError("pool-interests")}
        />
      ) : null}
      <CheckboxGroup
        id="pool-channels"
        legend={`${pt("form.channels")} (${pt("form.optional")})`}
        options={CHANNELS.map((c) => ({ value: c, label: pt(`channel.${c}`) }))}
        value={draft.channels}
        onChange={(v) => set("channels", v)}
        error={fieldError("pool-channels")}
      />
    </>
  );
}
