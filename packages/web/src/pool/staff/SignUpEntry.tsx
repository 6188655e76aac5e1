import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorSummary, SelectField, Status, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { isLanguage } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { poolEndpoints, poolStaffEndpoints } from "../api.js";
import { ConsentFields } from "../ConsentFields.js";
import { EMPTY_DRAFT, fieldOf, type MemberDraft, missingFields, toJoinInput } from "../draft.js";
import { usePt } from "../i18n/index.js";
import { MemberFields } from "../MemberFields.js";

const SOURCES = ["paper", "phone", "event"] as const;

/** Staff enter a sign-up from a paper form, a phone call or an event. */
export function SignUpEntry() {
  const { pt, t, language } = usePt();
  const { org } = useStaffContext();
  useDocumentTitle(pt("staff.enter"));
  const form = useQuery({
    queryKey: ["pool-form", org.slug],
    queryFn: () => poolEndpoints.form(org.slug),
  });
  const [draft, setDraft] = useState<MemberDraft>(EMPTY_DRAFT);
  const [source, setSource] = useState<(typeof SOURCES)[number]>("paper");
  const { errors, attempt, fail, failWith, clear, fieldError } = useFormErrors(fieldOf);
  const create = useMutation({
    mutationFn: () =>
      poolStaffEndpoints.create(org.slug, {
        ...toJoinInput(draft, isLanguage(language) ? language : "fi"),
        source,
      }),
    onSuccess: () => {
      clear();
      setDraft(EMPTY_DRAFT);
    },
    onError: failWith,
  });
  if (form.isPending) return <Status>{t("common.loading")}</Status>;
  if (form.error) return <p className="notice notice--error">{errorMessage(form.error, t)}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(draft);
    if (missing.length > 0) {
      fail(missing.map((field) => ({ field, message: t("errors.fields.required") })));
      return;
    }
    create.mutate();
  };
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("staff.enter")}</h1>
      <p>
        <Link to="..">{pt("staff.back")}</Link>
      </p>
      {create.data ? <Status>{pt(`staff.created.${create.data.status}`)}</Status> : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} attempt={attempt} />
        <SelectField
          id="pool-source"
          label={pt("staff.source")}
          value={source}
          onChange={(v) => setSource(v as typeof source)}
          options={SOURCES.map((s) => ({ value: s, label: pt(`source.${s}`) }))}
          hint={pt("staff.sourceHint")}
        />
        <MemberFields form={form.data} draft={draft} onChange={setDraft} fieldError={fieldError} />
        <ConsentFields form={form.data} draft={draft} onChange={setDraft} fieldError={fieldError} />
        <button type="submit" className="button" disabled={create.isPending}>
          {pt("staff.save")}
        </button>
      </form>
    </div>
  );
}
