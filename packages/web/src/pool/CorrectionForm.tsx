import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, Status, useFormErrors } from "../components/form.js";
import { type MyData, poolEndpoints } from "./api.js";
import { ContactFields } from "./ContactFields.js";
import { usePt } from "./i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.email": "fix-email",
  "body.phone": "fix-phone",
  "body.municipality": "fix-municipality",
};

/** Correcting the contact data and the home municipality. */
export function CorrectionForm({
  slug,
  session,
  member,
  onSaved,
}: {
  slug: string;
  session: string;
  member: MyData["member"];
  onSaved: () => void;
}) {
  const { pt } = usePt();
  const [email, setEmail] = useState(member.email ?? "");
  const [phone, setPhone] = useState(member.phone ?? "");
  const { errors, attempt, failWith, clear, fieldError } = useFormErrors(
    (p) => FIELDS[p.startsWith("body.") ? p : `body.${p}`],
  );
  const save = useMutation({
    mutationFn: () =>
      poolEndpoints.correct(slug, session, { email: email.trim(), phone: phone.trim() }),
    onSuccess: () => {
      clear();
      onSaved();
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="fix-heading">
      <h2 id="fix-heading">{pt("me.correct")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ContactFields
        idPrefix="fix"
        email={email}
        phone={phone}
        onEmail={setEmail}
        onPhone={setPhone}
        fieldError={fieldError}
      />
      {save.isSuccess ? <Status>{pt("me.saved")}</Status> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {pt("me.save")}
      </button>
    </form>
  );
}
