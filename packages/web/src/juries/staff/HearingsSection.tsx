import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints, type Member } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder, inLanguage, LANGUAGES } from "./fields.js";

const three = () => ({ fi: "", sv: "", en: "" });

/** The jury's expert hearings and adding one for an expert of the jury. */
export function HearingsSection(props: { juryId: string; members: Member[]; mayAdd: boolean }) {
  const { jt, language } = useJt();
  const { org } = useStaffContext();
  const hearings = useQuery({
    queryKey: ["juries", org.slug, props.juryId, "hearings"],
    queryFn: () => juryStaffEndpoints.hearings(org.slug, props.juryId),
  });
  const experts = props.members.filter((m) => m.kind === "expert");
  const [expertId, setExpertId] = useState("");
  const [subject, setSubject] = useState(three());
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldsUnder("hearing"));
  const add = useMutation({
    mutationFn: () =>
      juryStaffEndpoints.addHearing(org.slug, props.juryId, {
        expertId: expertId || experts[0]?.id || "",
        subject,
      }),
    onSuccess: async () => {
      clear();
      setSubject(three());
      await hearings.refetch();
    },
    onError: failWith,
  });
  return (
    <section aria-labelledby="jury-hearings">
      <h2 id="jury-hearings">{jt("staff.hearings")}</h2>
      <ul>
        {hearings.data?.hearings.map((h) => (
          <li key={h.id}>
            {inLanguage(language, h.subject)} – {h.expert}
          </li>
        ))}
      </ul>
      {props.mayAdd && experts.length === 0 ? <p>{jt("staff.noExperts")}</p> : null}
      {props.mayAdd && experts.length > 0 ? (
        <form
          noValidate
          aria-labelledby="hearing-heading"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <h3 id="hearing-heading">{jt("staff.addHearing")}</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <SelectField
            id="hearing-expertId"
            label={jt("staff.hearingExpert")}
            value={expertId || experts[0]!.id}
            onChange={setExpertId}
            error={fieldError("hearing-expertId")}
            options={experts.map((m) => ({ value: m.id, label: m.label }))}
          />
          {LANGUAGES.map((l) => (
            <TextField
              key={l}
              id={`hearing-subject-${l}`}
              label={jt(`staff.subject.${l}`)}
              value={subject[l]}
              onChange={(v) => setSubject({ ...subject, [l]: v })}
              error={fieldError(`hearing-subject-${l}`)}
              maxLength={300}
              required={l === "fi"}
              lang={l}
            />
          ))}
          <button type="submit" disabled={add.isPending}>
            {jt("staff.addHearing")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
