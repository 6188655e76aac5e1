import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints, type Member } from "../api.js";
import { useJt } from "../i18n/index.js";
import { dayFromNow, fieldsUnder, LANGUAGES } from "./fields.js";
import { PanelJurorsForm } from "./PanelJurorsForm.js";

type Props = { juryId: string; members: Member[]; onChanged: () => unknown };
const optional = (v: string) => (v.trim() ? v.trim() : undefined);

/** Jury set-up for managers: add jurors (with a guardian) and experts, consents, invitations. */
export function MembersSection(props: Props) {
  const { jt } = useJt();
  const { membership } = useStaffContext();
  return (
    <section aria-labelledby="jury-members-setup">
      <h2 id="jury-members-setup">{jt("staff.membersSetup")}</h2>
      {props.members
        .filter((m) => m.guardianConsentNeeded && !m.guardianConsentAt)
        .map((m) => (
          <ConsentForm key={m.id} member={m} {...props} />
        ))}
      {can(membership, "panel.read") ? (
        <PanelJurorsForm juryId={props.juryId} onChanged={props.onChanged} />
      ) : null}
      <JurorForm {...props} />
      <ExpertForm {...props} />
      <InviteForm {...props} />
    </section>
  );
}

function JurorForm({ juryId, onChanged }: Props) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const empty = { name: "", email: "", phone: "", age: "", gName: "", gEmail: "", gPhone: "" };
  const [f, setF] = useState(empty);
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number]>("fi");
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldsUnder("juror"));
  const add = useMutation({
    mutationFn: () =>
      juryStaffEndpoints.addJuror(org.slug, juryId, {
        contact: { name: f.name, email: optional(f.email), phone: optional(f.phone) },
        language,
        age: f.age.trim() ? Number(f.age) : null,
        guardian:
          f.gName || f.gEmail || f.gPhone
            ? { name: f.gName, email: optional(f.gEmail), phone: optional(f.gPhone) }
            : null,
      }),
    onSuccess: async (member) => {
      clear();
      setF(empty);
      setDone(jt("staff.added", { label: member.label }));
      await onChanged();
    },
    onError: failWith,
  });
  const field = (key: keyof typeof empty, id: string, label: string, type?: "email" | "tel") => (
    <TextField
      id={`juror-${id}`}
      label={label}
      value={f[key]}
      onChange={(v) => setF({ ...f, [key]: v })}
      error={fieldError(`juror-${id}`)}
      type={type}
      maxLength={key.endsWith("mail") ? 320 : 200}
    />
  );
  return (
    <form
      noValidate
      aria-labelledby="juror-heading"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h3 id="juror-heading">{jt("staff.addJuror")}</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      {field("name", "contact-name", jt("staff.name"))}
      {field("email", "contact-email", jt("staff.email"), "email")}
      {field("phone", "contact-phone", jt("staff.phone"), "tel")}
      {field("age", "age", jt("staff.age"))}
      <SelectField
        id="juror-language"
        label={jt("staff.language")}
        value={language}
        onChange={(v) => setLanguage(v as (typeof LANGUAGES)[number])}
        options={LANGUAGES.map((l) => ({ value: l, label: jt(`staff.languages.${l}`) }))}
      />
      <fieldset id="juror-guardian" tabIndex={-1} aria-describedby="juror-guardian-hint">
        <legend>{jt("staff.guardian")}</legend>
        <p id="juror-guardian-hint" className="field__hint">
          {jt("staff.guardianHint")}
        </p>
        {fieldError("juror-guardian") ? (
          <p className="field__error">{fieldError("juror-guardian")}</p>
        ) : null}
        {field("gName", "guardian-name", jt("staff.guardianName"))}
        {field("gEmail", "guardian-email", jt("staff.email"), "email")}
        {field("gPhone", "guardian-phone", jt("staff.phone"), "tel")}
      </fieldset>
      <button type="submit" disabled={add.isPending}>
        {jt("staff.addJuror")}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}

function ExpertForm({ juryId, onChanged }: Props) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const [f, setF] = useState({ name: "", title: "", email: "" });
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldsUnder("expert"));
  const add = useMutation({
    mutationFn: () => juryStaffEndpoints.addExpert(org.slug, juryId, f),
    onSuccess: async (member) => {
      clear();
      setF({ name: "", title: "", email: "" });
      setDone(jt("staff.added", { label: member.label }));
      await onChanged();
    },
    onError: failWith,
  });
  return (
    <form
      noValidate
      aria-labelledby="expert-heading"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h3 id="expert-heading">{jt("staff.addExpert")}</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      {(["name", "title", "email"] as const).map((k) => (
        <TextField
          key={k}
          id={`expert-${k}`}
          label={jt(`staff.expert.${k}`)}
          value={f[k]}
          onChange={(v) => setF({ ...f, [k]: v })}
          error={fieldError(`expert-${k}`)}
          type={k === "email" ? "email" : "text"}
          required={k !== "title"}
          maxLength={k === "email" ? 320 : 200}
        />
      ))}
      <button type="submit" disabled={add.isPending}>
        {jt("staff.addExpert")}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}

function ConsentForm({ juryId, onChanged, member }: Props & { member: Member }) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const [on, setOn] = useState(dayFromNow(0));
  const [how, setHow] = useState("");
  const prefix = `consent-${member.id}`;
  const { errors, attempt, failWith, fieldError } = useFormErrors(fieldsUnder(prefix));
  const record = useMutation({
    mutationFn: () => juryStaffEndpoints.consent(org.slug, juryId, member.id, on, how),
    onSuccess: onChanged,
    onError: failWith,
  });
  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        record.mutate();
      }}
    >
      <h3 id={`${prefix}-heading`}>{jt("staff.consentFor", { label: member.label })}</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={`${prefix}-consentGivenOn`}
        label={jt("staff.consentOn")}
        value={on}
        onChange={setOn}
        error={fieldError(`${prefix}-consentGivenOn`)}
        maxLength={10}
      />
      <TextField
        id={`${prefix}-how`}
        label={jt("staff.consentHow")}
        hint={jt("staff.consentHowHint")}
        value={how}
        onChange={setHow}
        error={fieldError(`${prefix}-how`)}
        maxLength={300}
        required
      />
      <button type="submit" disabled={record.isPending}>
        {jt("staff.recordConsent")}
      </button>
    </form>
  );
}

function InviteForm({ juryId, onChanged }: Props) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const [until, setUntil] = useState(dayFromNow(30));
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors(fieldsUnder("invite"));
  const send = useMutation({
    mutationFn: () => juryStaffEndpoints.invite(org.slug, juryId, until),
    onSuccess: async (r) => {
      setDone(jt("staff.invited", { n: r.invited, waiting: r.waitingForConsent }));
      await onChanged();
    },
    onError: failWith,
  });
  return (
    <form
      noValidate
      aria-labelledby="invite-heading"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <h3 id="invite-heading">{jt("staff.invite")}</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="invite-expiresOn"
        label={jt("staff.expiresOn")}
        value={until}
        onChange={setUntil}
        error={fieldError("invite-expiresOn")}
        maxLength={10}
      />
      <button type="submit" disabled={send.isPending}>
        {jt("staff.sendInvitations")}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}
